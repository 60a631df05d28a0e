// Amount scanner: finds each number with a hand-written loop (no regex backtracking), then looks
// at a few characters before (currency sign) and after (scale word, currency word, ticker). Plain
// numbers without a currency are not amounts. Linear: each number is read once and every look-around
// is bounded.
import { FIAT, roundUsd, toUsd } from './rates';
import { CONNECTORS, PREFIX_CURRENCY, SCALES, SUFFIX_CURRENCY, TICKERS } from './units';
import { isWordChar } from './trie';
import { counters } from './metrics';

export interface AmountHit {
  /** Offsets in normalised text. */
  start: number;
  end: number;
  value: number;
  currency: string;
  usd?: number;
  /** Where `usd` came from. */
  usdFrom?: 'text' | 'rate';
  /** Index of the amount this one restates (the "$26.4 million" in "8,535 ETH (about $26.4 million)"). */
  equivalentOf?: number;
}

export type NumberStyle = 'en' | 'eu';

const MAX_NUMBER_CHARS = 24;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Parses a number token ("1,966", "61,263.41", "37,3", "1.234.567,8"). */
export function parseNumber(tok: string, style: NumberStyle = 'en'): number {
  // digits only (most tokens): no separator to read
  if (tok.indexOf(',') < 0 && tok.indexOf('.') < 0 && tok.indexOf(' ') < 0) return Number(tok);
  const s = tok.indexOf(' ') >= 0 ? tok.replace(/ /g, '') : tok;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let intPart = s;
  let frac = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = Math.max(lastComma, lastDot);
    intPart = s.slice(0, dec);
    frac = s.slice(dec + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    // the groups between separators, without splitting: the first, the last, more than two?
    const firstSep = s.indexOf(sep);
    const lastSep = lastComma >= 0 ? lastComma : lastDot;
    const last = s.slice(lastSep + 1);
    const thousands =
      firstSep !== lastSep ||
      (last.length === 3 && (sep === ',' ? style === 'en' || firstSep <= 3 : style === 'eu'));
    if (!thousands) {
      intPart = s.slice(0, firstSep);
      frac = last;
    }
  }
  const digits = withoutSeparators(intPart);
  return Number(frac ? `${digits}.${frac}` : digits);
}

/** `s` without its "." and "," (thousands separators). */
function withoutSeparators(s: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 44 || c === 46) {
      out += s.slice(from, k);
      from = k + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

function startsWithAt(lower: string, i: number, word: string): boolean {
  return lower.startsWith(word, i);
}

interface Suffix {
  end: number;
  /** End of the number + scale, without the currency word. */
  scaleEnd: number;
  factor: number;
  currency?: string;
  implies?: string;
}

const SCALE_KEYS = Object.keys(SCALES).sort((a, b) => b.length - a.length);
const SUFFIX_KEYS = Object.keys(SUFFIX_CURRENCY).sort((a, b) => b.length - a.length);
const PREFIX_KEYS = Object.keys(PREFIX_CURRENCY).sort((a, b) => b.length - a.length);

// The key lists above indexed by the UTF-16 unit a key must have at the position tried, so a
// lookup tries only the few keys that can match there, still in the lists' (longest-first) order.
type KeyIndex = Map<number, number[]>;
function indexKeys(keys: string[], at: (k: string) => number, keep = (_k: string) => true) {
  const m: KeyIndex = new Map();
  keys.forEach((k, idx) => {
    if (!keep(k)) return;
    const c = at(k);
    let list = m.get(c);
    if (!list) m.set(c, (list = []));
    list.push(idx);
  });
  return m;
}
const first = (k: string) => k.charCodeAt(0);
const NONE: number[] = [];
const SCALE_ATTACHED = indexKeys(SCALE_KEYS, first, (k) => !!SCALES[k]!.attached);
const SCALE_DETACHED = indexKeys(SCALE_KEYS, first, (k) => !SCALES[k]!.attached);
const SCALE_CJK = indexKeys(SCALE_KEYS, first, (k) => !!SCALES[k]!.cjk);
const SUFFIX_BY_FIRST = indexKeys(SUFFIX_KEYS, first);
const PREFIX_BY_LAST = indexKeys(PREFIX_KEYS, (k) => k.charCodeAt(k.length - 1));

function boundaryAfter(lower: string, j: number, key: string): boolean {
  if (j >= lower.length) return true;
  const lastKey = key.charCodeAt(key.length - 1);
  if (!isWordChar(lastKey)) return true;
  return !isWordChar(lower.charCodeAt(j));
}

function readCurrencyWord(
  norm: string,
  lower: string,
  i: number,
): { end: number; currency: string } | null {
  for (const idx of SUFFIX_BY_FIRST.get(lower.charCodeAt(i)) ?? NONE) {
    const k = SUFFIX_KEYS[idx]!;
    if (startsWithAt(lower, i, k) && boundaryAfter(lower, i + k.length, k)) {
      return { end: i + k.length, currency: SUFFIX_CURRENCY[k]! };
    }
  }
  // upper-case ticker
  let j = i;
  while (j < norm.length && j - i < 6) {
    const c = norm.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (j > i && isDigit(c)))) break;
    j++;
  }
  if (j > i && (j >= norm.length || !isWordChar(norm.charCodeAt(j)))) {
    const t = norm.slice(i, j);
    if (TICKERS.has(t)) return { end: j, currency: t };
  }
  return null;
}

function skipSpaces(s: string, i: number, max = 2): number {
  let k = 0;
  while (i < s.length && s[i] === ' ' && k < max) {
    i++;
    k++;
  }
  return i;
}

function readSuffix(norm: string, lower: string, i: number): Suffix {
  let factor = 1;
  let end = i;
  let implies: string | undefined;
  const j = skipSpaces(lower, i);
  // SCALE_KEYS in order, attached keys tried at i and the others at j
  const att = SCALE_ATTACHED.get(lower.charCodeAt(i)) ?? NONE;
  const det = SCALE_DETACHED.get(lower.charCodeAt(j)) ?? NONE;
  for (let p = 0, q = 0; p < att.length || q < det.length;) {
    const idx = q >= det.length || (p < att.length && att[p]! < det[q]!) ? att[p++]! : det[q++]!;
    const k = SCALE_KEYS[idx]!;
    const sc = SCALES[k]!;
    const at = sc.attached ? i : j;
    if (!startsWithAt(lower, at, k)) continue;
    if (!boundaryAfter(lower, at + k.length, k) && !sc.cjk) continue;
    // "m"/"b" attached to a number must not start a word ("5 months", "3bn" is fine)
    factor = sc.factor;
    implies = sc.implies;
    end = at + k.length;
    break;
  }
  // currency word / ticker, possibly after a connector
  let c = skipSpaces(lower, end);
  for (const con of CONNECTORS) {
    if (factor > 1 && startsWithAt(lower, c, con)) {
      const after = skipSpaces(lower, c + con.length);
      if (readCurrencyWord(norm, lower, after)) c = after;
      break;
    }
  }
  const cur = readCurrencyWord(norm, lower, c);
  if (cur)
    return {
      end: cur.end,
      scaleEnd: end,
      factor,
      currency: cur.currency,
      ...(implies ? { implies } : {}),
    };
  return { end, scaleEnd: end, factor, ...(implies ? { implies } : {}) };
}

function readPrefix(lower: string, numStart: number): { start: number; currency: string } | null {
  let p = numStart;
  if (p > 0 && lower[p - 1] === ' ') p--;
  for (const idx of PREFIX_BY_LAST.get(lower.charCodeAt(p - 1)) ?? NONE) {
    const k = PREFIX_KEYS[idx]!;
    const s = p - k.length;
    if (s < 0 || !lower.startsWith(k, s)) continue;
    if (isWordChar(k.charCodeAt(0)) && s > 0 && isWordChar(lower.charCodeAt(s - 1))) continue;
    // letter codes need no space or a single space; signs may be followed by one space
    return { start: s, currency: PREFIX_CURRENCY[k]! };
  }
  return null;
}

/** Reads one number token from i (a digit). Returns its end. */
function readNumberToken(norm: string, i: number): number {
  const n = norm.length;
  let j = i;
  while (j < n) {
    counters.amountSteps++;
    const c = norm.charCodeAt(j);
    if (isDigit(c)) {
      j++;
      continue;
    }
    if ((c === 44 || c === 46) && j + 1 < n && isDigit(norm.charCodeAt(j + 1))) {
      j++;
      continue;
    }
    // "1 000 000" (space as thousands separator): exactly three digits after the space
    if (
      c === 32 &&
      j - i < 12 &&
      j + 3 < n &&
      isDigit(norm.charCodeAt(j + 1)) &&
      isDigit(norm.charCodeAt(j + 2)) &&
      isDigit(norm.charCodeAt(j + 3)) &&
      (j + 4 >= n || !isDigit(norm.charCodeAt(j + 4))) &&
      /^\d{1,3}( \d{3})*$/.test(norm.slice(i, j))
    ) {
      j += 4;
      continue;
    }
    break;
  }
  return j;
}

export function scanAmounts(norm: string, lower: string, style: NumberStyle = 'en'): AmountHit[] {
  const out: AmountHit[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    counters.amountSteps++;
    const c = norm.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    // a digit inside an alphanumeric word (APT38, 0x12ab, CRYPTOPOTATO50) is not an amount
    if (i > 0 && isWordChar(norm.charCodeAt(i - 1)) && !readPrefix(lower, i)) {
      while (i < n && isWordChar(norm.charCodeAt(i))) i++;
      continue;
    }
    const tokEnd = readNumberToken(norm, i);
    if (
      tokEnd - i > MAX_NUMBER_CHARS ||
      (tokEnd < n && /[\p{L}]/u.test(norm[tokEnd]!) && !suffixStartsHere(lower, tokEnd))
    ) {
      i = tokEnd;
      while (i < n && isWordChar(norm.charCodeAt(i))) i++;
      continue;
    }
    if (
      norm[tokEnd] === '%' ||
      lower.startsWith(' %', tokEnd) ||
      lower.startsWith(' percent', tokEnd)
    ) {
      i = tokEnd;
      continue;
    }
    let value = parseNumber(norm.slice(i, tokEnd), style);
    const prefix = readPrefix(lower, i);
    let currency: string | undefined;
    let end: number;
    const cjkNext =
      SCALES[lower.slice(tokEnd, tokEnd + 1)]?.cjk ||
      SCALES[lower.slice(tokEnd + 1, tokEnd + 2)]?.cjk;
    const chained = cjkNext ? readCjkChain(norm, lower, i, style) : null;
    if (chained) {
      // CJK chains: "1億2000万円", "1조 2000억원", "34만2000개" (counted tokens)
      value = chained.value;
      end = chained.end;
      currency = prefix?.currency ?? chained.currency;
      if (!currency) {
        const counted = countedToken(lower, i, chained.end);
        if (counted) [currency, end] = [counted.currency, counted.end];
      }
      currency ??= chained.implies;
    } else {
      let suffix = readSuffix(norm, lower, tokEnd);
      // range "$1.5-2 billion" / "$100 to $120 million": the scale after the range applies to both
      let rangeEnd = -1;
      if (suffix.factor === 1 && !suffix.currency) {
        const r = readRangeTail(norm, lower, tokEnd, style);
        if (r && r.suffix.factor > 1) {
          suffix = r.suffix;
          rangeEnd = r.suffix.end;
        }
      }
      // the sign before wins: "US$1.5bn in Ethereum" is dollars (and "in Ethereum" is not part of it)
      currency = prefix?.currency ?? suffix.currency ?? suffix.implies;
      end = Math.max(rangeEnd, prefix && suffix.currency ? suffix.scaleEnd : suffix.end);
      if (!currency) {
        const counted = countedToken(lower, i, suffix.end);
        if (counted) [currency, end] = [counted.currency, counted.end];
      }
      value *= suffix.factor;
    }
    if (!currency || !Number.isFinite(value) || value > 1e16 || value <= 0) {
      i = Math.max(tokEnd, i + 1);
      continue;
    }
    const hit: AmountHit = { start: prefix ? prefix.start : i, end, value, currency };
    const usd = toUsd(value, currency);
    if (usd !== undefined) {
      hit.usd = usd;
      hit.usdFrom = currency === 'USD' ? 'text' : 'rate';
    }
    out.push(hit);
    i = Math.max(end, tokEnd);
  }
  linkEquivalents(lower, out);
  propagateTextUsd(out);
  return out;
}

/** "¥48.2 billion" in the headline gets the "$308 million" the body gives for the same figure. */
function propagateTextUsd(hits: AmountHit[]): void {
  const known = new Map<string, number>();
  for (const h of hits)
    if (h.usdFrom === 'text' && h.currency !== 'USD') known.set(`${h.currency}:${h.value}`, h.usd!);
  if (!known.size) return;
  for (const h of hits) {
    if (h.usdFrom === 'text') continue;
    const usd = known.get(`${h.currency}:${h.value}`);
    if (usd !== undefined) {
      h.usd = usd;
      h.usdFrom = 'text';
    }
  }
}

/** Korean/Japanese counters: "이더리움 34만2000개", "ビットコイン4502.9枚" (token named just before). */
function countedToken(
  lower: string,
  numStart: number,
  numEnd: number,
): { currency: string; end: number } | null {
  let e = numEnd;
  if (lower[e] === ' ') e++;
  const counter = lower[e];
  if (counter !== '개' && counter !== '枚' && counter !== '个' && counter !== '個') return null;
  const before = lower.slice(Math.max(0, numStart - 12), numStart).trim();
  for (const k of SUFFIX_KEYS)
    if (before.endsWith(k)) return { currency: SUFFIX_CURRENCY[k]!, end: e + 1 };
  const tick = /([a-z]{2,6})\s*$/.exec(before);
  if (tick && TICKERS.has(tick[1]!.toUpperCase()))
    return { currency: tick[1]!.toUpperCase(), end: e + 1 };
  // Chinese names the token after the counter: "40.1万枚ETH", "85万枚比特币"
  const a = e + 1;
  for (const k of SUFFIX_KEYS)
    if (lower.startsWith(k, a) && !FIAT.has(SUFFIX_CURRENCY[k]!))
      return { currency: SUFFIX_CURRENCY[k]!, end: a + k.length };
  const after = /^[a-z]{2,6}/.exec(lower.slice(a, a + 7));
  if (
    after &&
    TICKERS.has(after[0].toUpperCase()) &&
    !isWordChar(lower.charCodeAt(a + after[0].length))
  )
    return { currency: after[0].toUpperCase(), end: a + after[0].length };
  return null;
}

function suffixStartsHere(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  for (const idx of SCALE_ATTACHED.get(c) ?? NONE)
    if (lower.startsWith(SCALE_KEYS[idx]!, i)) return true;
  for (const idx of SCALE_CJK.get(c) ?? NONE)
    if (lower.startsWith(SCALE_KEYS[idx]!, i)) return true;
  for (const idx of SUFFIX_BY_FIRST.get(c) ?? NONE)
    if (lower.startsWith(SUFFIX_KEYS[idx]!, i)) return true;
  return !(c >= 97 && c <= 122) && !isWordChar(c);
}

function readRangeTail(
  norm: string,
  lower: string,
  i: number,
  style: NumberStyle,
): { suffix: Suffix } | null {
  let j = skipSpaces(lower, i, 1);
  if (lower[j] === '-') j++;
  else if (lower.startsWith('to ', j)) j += 3;
  else if (lower.startsWith('and ', j)) j += 4;
  else return null;
  j = skipSpaces(lower, j, 1);
  if (lower[j] === '$') j++;
  if (!isDigit(lower.charCodeAt(j))) return null;
  const e = readNumberToken(norm, j);
  if (e - j > MAX_NUMBER_CHARS) return null;
  void parseNumber(norm.slice(j, e), style);
  return { suffix: readSuffix(norm, lower, e) };
}

function readCjkChain(
  norm: string,
  lower: string,
  i: number,
  style: NumberStyle,
): { value: number; end: number; currency?: string; implies?: string } | null {
  let total = 0;
  let j = i;
  let any = false;
  let implies: string | undefined;
  for (let guard = 0; guard < 4; guard++) {
    if (!isDigit(lower.charCodeAt(j))) break;
    const e = readNumberToken(norm, j);
    const v = parseNumber(norm.slice(j, e), style);
    const k = lower[e] === ' ' && SCALES[lower[e + 1] ?? '']?.cjk ? e + 1 : e;
    const sc = SCALES[lower[k] ?? ''];
    if (!sc?.cjk) {
      // "34만2000개": a plain tail after a scale adds its units
      if (any) {
        total += v;
        j = e;
      }
      break;
    }
    // compound scales: "1천억" = 1 x 1,000 x 10^8, "3千万円" = 3 x 1,000 x 10^4
    let group = v * sc.factor;
    implies ??= sc.implies;
    j = k + 1;
    for (let g = 0; g < 2; g++) {
      const next = SCALES[lower[j] ?? ''];
      if (!next?.cjk || next.factor <= sc.factor) break;
      group *= next.factor;
      implies ??= next.implies;
      j++;
    }
    total += group;
    any = true;
    const nx = skipSpaces(lower, j, 1);
    if (isDigit(lower.charCodeAt(nx))) j = nx;
    else break;
  }
  if (!any) return null;
  const k = skipSpaces(lower, j, 1);
  const cur = readCurrencyWord(norm, lower, k);
  const imp = implies ? { implies } : {};
  if (cur) return { value: total, end: cur.end, currency: cur.currency, ...imp };
  return { value: total, end: j, ...imp };
}

const EQUIV_GAP =
  /^[\s([,:;—-]*(?:(?:worth|valued at|or|about|approximately|approx\.?|roughly|around|nearly|some|over|more than|almost|equivalent to|equal to|totaling|totalling|at the time|then|which is|i\.e\.|ca\.|約|약|около|environ|unos|cerca de|circa|rund|etwa|당시 시세|당시|시세|현재 시세|当時のレート|当時|時価|相当|por|de|d'environ|ou|oder|o|или|примерно|lo que equivale a|equivalente a|soit|pari a|cioè)[\s,]*|~|≈)*$/;

/** "8,535 ETH (about $26.4 million)": the USD figure the text gives becomes the first amount's usd. */
function linkEquivalents(lower: string, hits: AmountHit[]): void {
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k]!;
    const b = hits[k + 1]!;
    if (b.start - a.end > 40 || a.equivalentOf !== undefined) continue;
    const gap = lower.slice(a.end, b.start);
    if (!EQUIV_GAP.test(gap)) continue;
    if (gap.trim() === '' && !/[([]/.test(gap)) continue;
    if (a.currency === b.currency) continue;
    if (a.currency !== 'USD' && b.currency === 'USD') {
      a.usd = roundUsd(b.value);
      a.usdFrom = 'text';
      b.equivalentOf = k;
    } else if (a.currency === 'USD' && b.currency !== 'USD') {
      b.usd = roundUsd(a.value);
      b.usdFrom = 'text';
      b.equivalentOf = k;
    } else if (
      b.usd !== undefined &&
      (b.usdFrom === 'text' || (FIAT.has(b.currency) && !FIAT.has(a.currency)))
    ) {
      // "34만2000개 (당시 시세 약 580억원)": a token restated in local money; fiat rates are stable
      a.usd = b.usd;
      a.usdFrom = 'text';
      b.equivalentOf = k;
    } else if (a.usd !== undefined && FIAT.has(a.currency) && !FIAT.has(b.currency)) {
      b.usd = a.usd;
      b.usdFrom = 'text';
      b.equivalentOf = k;
    }
  }
}
