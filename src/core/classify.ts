// Page classification: is this a story about a theft of crypto assets? Weighted evidence from the
// headline and lead (where a story says what it is about), the body, and the structure found by
// the other stages (a victim named by a theft pattern, a stolen amount, an attacker). Negatives:
// off-topic "hacks" (ransomware on non-crypto targets, hackathons, life hacks), lists and annual
// totals (not one story: see src/core/README.md), fraud/collapse, market, regulation and product news.
import type { Doc } from './document';
import { count, has } from './document';
import type { CueKind } from './vocabulary/index';

export interface Structure {
  /** A victim named by a theft pattern in the headline or lead. */
  leadVictim: boolean;
  /** Any victim chosen. */
  victim: boolean;
  /** A stolen-amount candidate outside tickers/offers. */
  stolenAmount: boolean;
  /** Stolen amount in the headline or lead. */
  leadAmount: boolean;
  attacker: boolean;
  /** Arrest/charge of an attacker (follow-up story). */
  arrest: boolean;
  /** Distinct victims of other incidents with their own amount. */
  otherIncidents: number;
  /** Organisation/actor named in the headline. */
  headlineEntity: boolean;
  /**
   * A long read whose lead is colour: the stolen amount sits in a theft sentence soon after the lead
   * (within four sentences) that also names the victim by a pattern.
   */
  earlyBodyTheft?: boolean;
  /** Organisations named by a victim pattern anywhere (this or other incidents). */
  victimsNamed?: number;
}

export interface Classification {
  isCryptoHack: boolean;
  score: number;
  reasons: string[];
}

const THEFT: CueKind[] = ['theft'];
const WEAK: CueKind[] = ['weak-theft', 'victim-after', 'theft-noun'];

/** A theft word, or a weak one ("attack", "lost") next to a crypto word in the same sentence. */
/** "hackers", "attackers": who, not what happened; a theft event needs more than the agent noun. */
const AGENT =
  /^(hackers?|attackers?|thie(f|ves)|exploiters?|perpetrators?|hacking group|хакер\w*|ハッカー|해커\S*|hacker\w*|piratas?)$/;

export function theftSentence(doc: Doc, s: number): boolean {
  let agentOnly = false;
  for (const c of doc.cues[s] ?? []) {
    if (c.kind !== 'theft') continue;
    if (!AGENT.test(doc.n.lower.slice(c.start, c.end))) return true;
    agentOnly = true;
  }
  if (
    agentOnly &&
    has(doc, s, 'crypto') &&
    (has(doc, s, 'victim-after') || has(doc, s, 'victim-before'))
  )
    return true;
  return has(doc, s, 'crypto') && WEAK.some((k) => has(doc, s, k));
}

function theftIn(doc: Doc, from: number, to: number): number {
  let k = 0;
  for (let s = Math.max(0, from); s < Math.min(to, doc.sentences.length); s++)
    if (theftSentence(doc, s)) k++;
  return k;
}

function range(doc: Doc, from: number, to: number, kinds: CueKind[]): number {
  let k = 0;
  for (let s = Math.max(0, from); s < Math.min(to, doc.sentences.length); s++)
    for (const kind of kinds) k += count(doc, s, kind);
  return k;
}

const ROUNDUP = /^(roundup|round-up)$/;

function roundups(doc: Doc, from: number, to: number): number {
  let k = 0;
  for (let s = Math.max(0, from); s < Math.min(to, doc.sentences.length); s++)
    for (const c of doc.cues[s] ?? [])
      if (c.kind === 'report' && ROUNDUP.test(doc.n.lower.slice(c.start, c.end))) k++;
  return k;
}

const PLURAL_HEAD = /\b(hacks|heists|thefts|exploits|attacks|breaches|hackers stole|losses)\b/;

/** Words for a break-in (hack, exploit, drain, breach), as opposed to "stole" alone, which scams use too. */
const TECHNICAL =
  /^(hack|exploit|drain|breach|heist|compromis|attacker|private key|hot wallet|flash loan|reentrancy|siphon|intrusion|pirat|phish|malicious permit|permit signature|address.poisoning|poisoning attack|lookalike address|look-alike address|sim.swap|взлом|хакер|ハッキング|ハッカー|不正流出|不正アクセス|流出|해킹|해커|탈취|gehackt|angriff|angreifer|attacc|ataque|hacke|invas|हैक|sicherheitslücke|faille|brecha)/;

function technicalTheft(doc: Doc, from: number, to: number): boolean {
  for (let s = Math.max(0, from); s < Math.min(to, doc.sentences.length); s++) {
    for (const c of doc.cues[s] ?? []) {
      if (c.kind !== 'theft' && c.kind !== 'weak-theft' && c.kind !== 'victim-after') continue;
      if (TECHNICAL.test(doc.n.lower.slice(c.start, c.end))) return true;
    }
  }
  return false;
}

/** Fraud words, without the names of charges: "pleaded guilty to wire fraud" over a theft is no scam. */
function fraudWords(doc: Doc, from: number, to: number): number {
  let k = 0;
  for (let s = Math.max(0, from); s < Math.min(to, doc.sentences.length); s++)
    for (const c of doc.cues[s] ?? []) {
      if (c.kind !== 'fraud') continue;
      const before = doc.n.lower.slice(Math.max(0, c.start - 9), c.start);
      if (/(wire|computer) $/.test(before) && doc.n.lower.startsWith('fraud', c.start)) continue;
      k++;
    }
  return k;
}

const STRONG_FRAUD =
  /^(rug.?pull|exit scam|ponzi|pig.?butcher|pump.and.dump|pyramid|romance scam|investment scam|fake trading)/;

function strongFraud(doc: Doc, from: number, to: number): boolean {
  for (let s = Math.max(0, from); s < Math.min(to, doc.sentences.length); s++) {
    for (const c of doc.cues[s] ?? []) {
      if (c.kind === 'fraud' && STRONG_FRAUD.test(doc.n.lower.slice(c.start, c.end))) return true;
    }
  }
  return false;
}

const RECALL =
  /\b(defunct|now-defunct|years ago|which (lost|was hacked|suffered|was exploited)|in (a|the|its) (19|20)\d\d (hack|heist|exploit|theft|breach|attack))\b/;

/** Every theft sentence of the lead only recalls an earlier theft. */
function recallOnly(doc: Doc, from: number, to: number): boolean {
  let any = false;
  for (let s = from; s < Math.min(to, doc.sentences.length); s++) {
    if (!theftSentence(doc, s)) continue;
    any = true;
    const se = doc.sentences[s]!;
    if (!RECALL.test(doc.n.lower.slice(se.start, se.end))) return false;
  }
  return any;
}

export function classify(doc: Doc, st: Structure): Classification {
  const reasons: string[] = [];
  // without a headline (an excerpt that starts with its lead), the first sentence speaks for it
  const h = doc.headline >= 0 ? doc.headline : doc.lead[1] > doc.lead[0] ? doc.lead[0] : -1;
  const [l0, l1] = doc.lead;
  const headTheft = h >= 0 && theftSentence(doc, h);
  const headCrypto = h >= 0 && has(doc, h, 'crypto');
  const leadTheft = theftIn(doc, l0, l1) > 0;
  const leadCrypto = range(doc, l0, l1, ['crypto']) > 0;
  const total = doc.sentences.length;
  const theftAll = range(doc, 0, total, THEFT);
  const cryptoAll = range(doc, 0, total, ['crypto']);
  const topEnd = Math.max(l1, h + 1);
  const off = range(doc, 0, topEnd, ['offtopic']);
  const report = range(doc, 0, topEnd, ['report']);
  // a newsletter ("today's roundup") whose one theft item names its victim and amount is a story
  // about that theft; a roundup of many incidents stays a list
  const roundupOnly =
    report > 0 &&
    report === roundups(doc, 0, topEnd) &&
    st.otherIncidents === 0 &&
    (st.victimsNamed ?? 0) <= 1 &&
    st.victim &&
    st.stolenAmount;
  const headText = h >= 0 ? doc.n.lower.slice(doc.sentences[h]!.start, doc.sentences[h]!.end) : '';

  let score = 0.08;
  if (headTheft) {
    score += 0.28;
    reasons.push('headline speaks of a theft/hack');
  }
  if (leadTheft) {
    score += 0.2;
    reasons.push('lead describes a theft');
  }
  if (headCrypto || leadCrypto || st.victim) {
    score += 0.12;
    if (headCrypto || leadCrypto) reasons.push('crypto context in headline/lead');
  }
  score += Math.min(0.08, theftAll * 0.015);
  if (st.leadVictim) {
    score += 0.14;
    reasons.push('a victim is named by a theft pattern in the headline/lead');
  } else if (st.victim) score += 0.06;
  if (st.leadAmount) {
    score += 0.1;
    reasons.push('a stolen amount in the headline/lead');
  } else if (st.stolenAmount) score += 0.05;
  if (st.attacker) {
    score += 0.05;
    reasons.push('an attacker is named');
  }
  if (st.arrest && (headTheft || leadTheft)) score += 0.05;
  // "X pleads guilty", "thief agrees to forfeit bitcoin": a follow-up headline whose lead tells the theft
  // (not a fraud case: "sentenced for FTX fraud ... for stealing from customers")
  const followHead =
    h >= 0 &&
    !headTheft &&
    has(doc, h, 'arrest') &&
    leadTheft &&
    (headCrypto || leadCrypto) &&
    fraudWords(doc, Math.max(0, Math.min(h, l0)), Math.max(l1, h + 1)) === 0;
  if (followHead) {
    score += 0.15;
    reasons.push('a follow-up (arrest, plea, forfeiture) of the theft in the lead');
  }

  if (cryptoAll === 0 && !st.victim) {
    score -= 0.4;
    reasons.push('no crypto context: not a crypto theft');
  }
  if (off > 0) {
    const strong = (h >= 0 && has(doc, h, 'offtopic')) || off >= 2;
    score -= strong ? 0.6 : 0.3;
    reasons.push(
      'off-topic "hack" (ransomware/espionage on non-crypto targets, hackathon, bug bounty, life hack)',
    );
  }
  const plural = h >= 0 && PLURAL_HEAD.test(headText);
  if (roundupOnly) reasons.push('a roundup with one theft item');
  else if (
    (h >= 0 && has(doc, h, 'report')) ||
    report >= 2 ||
    (!st.headlineEntity && (report > 0 || plural))
  ) {
    score -= 0.45;
    reasons.push('a list or report of many thefts, not one story');
  } else if (report > 0) score -= 0.15;
  const early = !headTheft && !leadTheft && !!st.earlyBodyTheft;
  if (early) {
    score += 0.2;
    reasons.push('the theft is told right after a colour lead');
  }
  if (!st.headlineEntity && !st.leadVictim && !early) {
    score -= 0.1;
    reasons.push('no victim or attacker named up front');
  }
  if (st.otherIncidents >= 4 && !st.leadVictim) {
    score -= 0.25;
    reasons.push('many incidents, none the subject');
  }
  const technical = technicalTheft(doc, Math.max(0, Math.min(h, l0)), Math.max(l1, h + 1));
  const headTechnical = h >= 0 && technicalTheft(doc, h, h + 1);
  const fraudTop = fraudWords(doc, Math.max(0, Math.min(h, l0)), Math.max(l1, h + 1));
  if (strongFraud(doc, Math.max(0, Math.min(h, l0)), Math.max(l1, h + 1)) && !headTechnical) {
    score -= 0.45;
    reasons.push('a scam, rug pull or fraud by insiders, not a hack');
  } else if (fraudTop > 0 && !technical) {
    score -= 0.4;
    reasons.push('fraud or a scam without a hack');
  } else if (h >= 0 && has(doc, h, 'fraud') && !headTheft && !leadTheft) {
    score -= 0.25;
    reasons.push('fraud/collapse without a theft');
  } else if (range(doc, l0, l1, ['fraud']) >= 2 && !headTheft && !leadTheft) score -= 0.2;
  if (h >= 0 && !headTheft) {
    for (const k of ['market', 'regulation', 'product'] as CueKind[]) {
      if (has(doc, h, k)) {
        score -= 0.15;
        reasons.push(`headline is ${k} news`);
        break;
      }
    }
  }
  // market or product news that recalls an old theft in a relative clause ("which lost ... in a 2014 hack")
  if (!headTheft && leadTheft && recallOnly(doc, l0, l1)) {
    score -= 0.25;
    reasons.push('recalls an earlier theft in passing');
  }
  if (!headTheft && !leadTheft && !early) {
    score -= 0.15;
    reasons.push('theft only mentioned in passing');
  }
  score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  const isCryptoHack = score >= 0.5;
  if (!reasons.length) reasons.push(isCryptoHack ? 'theft story' : 'no sign of a crypto theft');
  return { isCryptoHack, score, reasons };
}
