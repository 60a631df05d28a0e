// Country-only attributions ("North Korean hackers", "DPRK-linked actors"): kept as the country,
// never silently turned into a named group. Each pattern is a lower-case phrase; `needsActor` means
// an actor word (hackers, group, state-sponsored...) must follow within a few words, because
// "Russian" or "Chinese" alone says nothing about an attacker.

export interface CountryPattern {
  phrase: string;
  country: string;
  code: string;
  needsActor: boolean;
}

const NK = { country: 'North Korea', code: 'KP' };
const RU = { country: 'Russia', code: 'RU' };
const CN = { country: 'China', code: 'CN' };
const IR = { country: 'Iran', code: 'IR' };

export const COUNTRY_PATTERNS: CountryPattern[] = [
  { phrase: 'north korean', ...NK, needsActor: true },
  { phrase: 'north korea', ...NK, needsActor: false },
  { phrase: 'n. korean', ...NK, needsActor: true },
  { phrase: 'n. korea', ...NK, needsActor: false },
  { phrase: 'dprk', ...NK, needsActor: false },
  { phrase: 'pyongyang', ...NK, needsActor: false },
  { phrase: "democratic people's republic of korea", ...NK, needsActor: false },
  { phrase: 'norcorean*', ...NK, needsActor: false },
  { phrase: 'corea del norte', ...NK, needsActor: false },
  { phrase: 'coreia do norte', ...NK, needsActor: false },
  { phrase: 'norte-coreano*', ...NK, needsActor: false },
  { phrase: 'nord-coréen*', ...NK, needsActor: false },
  { phrase: 'corée du nord', ...NK, needsActor: false },
  { phrase: 'nordkorea*', ...NK, needsActor: false },
  { phrase: 'nordcorea*', ...NK, needsActor: false },
  { phrase: 'северокорейск*', ...NK, needsActor: false },
  { phrase: 'кндр', ...NK, needsActor: false },
  { phrase: '北朝鮮', ...NK, needsActor: false },
  { phrase: '북한', ...NK, needsActor: false },
  { phrase: 'उत्तर कोरिया*', ...NK, needsActor: false },
  { phrase: 'russian', ...RU, needsActor: true },
  { phrase: 'russia-linked', ...RU, needsActor: false },
  { phrase: 'chinese', ...CN, needsActor: true },
  { phrase: 'iranian', ...IR, needsActor: true },
];

/** Words after a country adjective that make it an attacker ("North Korean hackers"). */
export const ACTOR_WORDS = [
  'hacker', 'hackers', 'hacking', 'group', 'groups', 'state-sponsored', 'state-backed',
  'state sponsored', 'state backed', 'threat actor', 'threat actors', 'actors', 'cybercriminals',
  'attackers', 'operatives', 'it workers', 'regime', 'government-backed', 'government', 'apt',
  'cyber', 'thieves', 'linked', 'backed',
]; // prettier-ignore
