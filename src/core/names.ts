// Names the lexicon does not know, read from the words next to a theft pattern: "Orbit Chain was
// hacked", "the hack of Bitrue", "BingX's hot wallet". A name is a run of up to four capitalised or
// camel-cased tokens ("Crypto.com", "dYdX", "1inch", "Horizon Bridge").

/** Capitalised words that are not names on their own. */
const STOP_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our',
  'hackers', 'hacker', 'attackers', 'attacker', 'exploiter', 'thieves', 'crypto', 'cryptocurrency',
  'bitcoin', 'ethereum', 'defi', 'exchange', 'protocol', 'company', 'firm', 'platform', 'he', 'she',
  'they', 'we', 'in', 'on', 'at', 'according', 'last', 'earlier', 'north', 'korean', 'korea',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'ceo', 'cto', 'blockchain', 'users', 'investors', 'customers', 'funds', 'however',
  'meanwhile', 'after', 'before', 'when', 'while', 'since', 'as', 'and', 'but', 'or', 'if', 'also',
  'one', 'two', 'three', 'several', 'some', 'many', 'most', 'all', 'both', 'another', 'other',
  'what', 'who', 'which', 'why', 'how', 'there', 'here', 'then', 'so', 'yet', 'still', 'now',
  'today', 'yesterday', 'news', 'update', 'breaking', 'report', 'reports', 'exclusive', 'analysis',
  'opinion', 'read', 'related', 'more', 'hack', 'heist', 'exploit', 'theft', 'attack', 'breach',
  'hacked', 'stolen', 'million', 'billion', 'wallet', 'bridge', 'network', 'token', 'tokens',
  'security', 'police', 'authorities', 'government', 'state', 'group', 'team', 'nft', 'web3',
  'dao', 'dex', 'cex', 'usd', 'btc', 'eth', 'usdt', 'usdc', 'eur', 'fbi', 'doj', 'sec', 'un',
  'for', 'from', 'with', 'by', 'to', 'of', 'not', 'no', 'yes', 'was', 'is', 'has', 'had', 'will',
  'would', 'could', 'should', 'can', 'did', 'does', 'do', 'first', 'second', 'new', 'big', 'major',
  'largest', 'biggest', 'recent', 'latest', 'massive', 'huge', 'notorious', 'mr', 'ms', 'mrs',
  'chinese', 'russian', 'iranian', 'japanese', 'south', 'american', 'u.s.', 'us', 'uk', 'eu',
  'lazarus', 'dprk', 'pyongyang', 'victim', 'victims', 'hot', 'cold', 'private', 'key', 'keys',
  'binance-peg', 'mainnet', 'testnet', 'smart', 'contract', 'whale', 'trader', 'traders', 'user',
  'founder', 'co-founder', 'chief', 'executive', 'officer', 'spokesperson', 'said', 'says', 'told',
]); // prettier-ignore

/** Trailing words dropped from a name ("CoinsPaid Crypto" in "CoinsPaid Crypto Heist"). */
const TRAILING_GENERIC = new Set([
  'crypto', 'cryptocurrency', 'defi', 'hack', 'heist', 'exploit', 'theft', 'attack', 'breach',
  'security', 'users', 'hot', 'wallet', 'wallets', 'funds', 'hackers', 'exchange', 'platform',
  'ceo', 'founder', 'team', 'incident', 'drain', 'crypto-exchange',
]); // prettier-ignore

const LEADING_GENERIC = new Set(['the', 'a', 'an', 'crypto', 'cryptocurrency', 'defi', 'exchange', 'platform', 'protocol', 'popular', 'major', 'japanese', 'korean', 'singapore-based']); // prettier-ignore

function isNameToken(tok: string): boolean {
  if (!tok || tok.length > 30) return false;
  if (!/[A-Za-z]/.test(tok)) return false; // names in Latin letters (CJK text names them so too)
  const c = tok[0]!;
  if (/[\p{Lu}\d]/u.test(c)) return /^[\p{L}\d][\p{L}\d.&'_-]*$/u.test(tok);
  // camel case starting lower: dYdX, bZx, pNetwork, iEarn
  return /^\p{Ll}{1,2}\p{Lu}[\p{L}\d.]*$/u.test(tok);
}

function clean(tok: string): string {
  return tok
    .replace(/^["'(]+/, '')
    .replace(/[.,;:!?"')]+$/, '')
    .replace(/'s$/, '');
}

/** Demonyms, countries and contractions are not organisations ("Americans", "North Korea-linked", "JPEG'd"). */
function plausibleName(name: string, tokens: number): boolean {
  if (name.replace(/[^\p{L}\d]/gu, '').length < 2) return false;
  if (/\b(north korea|korea|korean|dprk|russia|russian|china|chinese|iran|iranian)\b/i.test(name))
    return false;
  if (tokens === 1 && /^\p{Lu}\p{Ll}+(ans|ians|eans|ese|ish)$/u.test(name)) return false;
  if (/'(?!s\b)\p{Ll}{1,2}\b/u.test(name)) return false;
  return true;
}

export interface NameSpan {
  start: number;
  end: number;
  name: string;
}

function tidy(tokens: { s: number; e: number; t: string }[]): NameSpan | null {
  // "The DAO": an article before a bare acronym is part of the name
  const theAcronym =
    tokens.length === 2 && tokens[0]!.t === 'The' && /^[A-Z]{3,5}$/.test(tokens[1]!.t);
  if (theAcronym) return { start: tokens[0]!.s, end: tokens[1]!.e, name: `The ${tokens[1]!.t}` };
  while (tokens.length && LEADING_GENERIC.has(tokens[0]!.t.toLowerCase())) tokens.shift();
  while (tokens.length && TRAILING_GENERIC.has(tokens[tokens.length - 1]!.t.toLowerCase()))
    tokens.pop();
  if (!tokens.length) return null;
  if (tokens.length === 1 && STOP_NAMES.has(tokens[0]!.t.toLowerCase())) return null;
  if (tokens.every((t) => STOP_NAMES.has(t.t.toLowerCase()))) return null;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const name = tokens.map((t) => t.t).join(' ');
  if (!plausibleName(name, tokens.length)) return null;
  return { start: first.s, end: last.e, name };
}

/** The name that ends just before `pos` (within the sentence that starts at `min`). */
/** Lower-case words that may sit between a name and its verb: "Nexbit exchange loses". */
const BETWEEN = new Set(['exchange', 'platform', 'protocol', 'bridge', 'wallet', 'users', 'customers', 'project', 'network', 'lender', 'app', 'dex', 'casino', 'treasury', 'vault', 'pool', 'hot', 'crypto']); // prettier-ignore

export function nameBefore(norm: string, pos: number, min: number): NameSpan | null {
  const tokens: { s: number; e: number; t: string }[] = [];
  let i = pos;
  for (let k = 0; k < 2; k++) {
    let j = i;
    while (j > min && norm[j - 1] === ' ') j--;
    let s0 = j;
    while (s0 > min && norm[s0 - 1] !== ' ' && norm[s0 - 1] !== '\n' && j - s0 < 16) s0--;
    if (s0 < j && BETWEEN.has(norm.slice(s0, j))) i = s0;
    else break;
  }
  while (tokens.length < 4) {
    while (i > min && norm[i - 1] === ' ') i--;
    let s = i;
    while (s > min && norm[s - 1] !== ' ' && norm[s - 1] !== '\n' && i - s < 32) s--;
    if (s === i) break;
    const raw = norm.slice(s, i);
    if (/[,;:)]$/.test(raw) && tokens.length) break;
    const t = clean(raw);
    if (!isNameToken(t)) break;
    const off = s + raw.indexOf(t);
    tokens.unshift({ s: off, e: off + t.length, t });
    if (/^["'(]/.test(raw)) break;
    i = s;
  }
  return tidy(tokens);
}

/** The name that starts after `pos`, skipping up to four lower-case descriptor words. */
export function nameAfter(norm: string, pos: number, max: number): NameSpan | null {
  let i = pos;
  let skipped = 0;
  const tokens: { s: number; e: number; t: string }[] = [];
  while (i < max && tokens.length < 4) {
    while (i < max && norm[i] === ' ') i++;
    let e = i;
    while (e < max && norm[e] !== ' ' && norm[e] !== '\n' && e - i < 32) e++;
    if (e === i) break;
    const raw = norm.slice(i, e);
    const t = clean(raw);
    const descriptor =
      /^[\p{Ll}-]+$/u.test(t) ||
      /^[\p{L}\d.]+-(based|linked|owned|focused|run|backed|native|compatible)$/u.test(t);
    if (!tokens.length && descriptor && skipped < 6 && !/[,;:]$/.test(raw)) {
      skipped++;
      i = e;
      continue;
    }
    if (!isNameToken(t)) break;
    const off = i + raw.indexOf(t);
    tokens.push({ s: off, e: off + t.length, t });
    if (/[.,;:!?)'"]$/.test(raw) && !/\.\w/.test(raw.slice(-2))) break;
    i = e;
  }
  return tidy(tokens);
}

/**
 * The subject before a verb at `pos`, skipping one appositive or relative clause ("Rivo Labs, which
 * runs the Rivo wallet app, said ..."). Bounded: the clause is at most 100 characters.
 */
export function subjectBefore(norm: string, pos: number, min: number): NameSpan | null {
  let i = pos;
  while (i > min && norm[i - 1] === ' ') i--;
  if (norm[i - 1] === ',') {
    const open = norm.lastIndexOf(',', i - 2);
    if (open > min && i - open <= 100) {
      const clause = norm.slice(open + 1, i - 1).trim();
      if (/^(which|who|that|a|an|the|one of|its|whose|based in)\b/.test(clause)) i = open;
    }
  }
  return nameBefore(norm, i, min);
}
