// Sentence and line splitting over normalised text. Every line break ends a sentence (headlines,
// bullets, sidebars and tickers are lines); inside a line, [.!?。！？] followed by a space ends one
// unless the word before is an abbreviation ("N. Korean", "U.S.", "Inc.") or an ordinal day before a month ("am 11. Juli").
import { isMonthName } from './dates';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the line (paragraph) it belongs to. */
  line: number;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'vs', 'etc', 'no', 'approx',
  'est', 'u.s', 'u.k', 'e.g', 'i.e', 'mio', 'mrd', 'rs', 'gov', 'dept', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'n', 's', 'u.s.a', 'cr', 'mln', 'bln',
  'sen', 'rep', 'mt', 'ft', 'ave', 'blvd', 'messrs', 'jr', 'no', 'gen', 'col', 'lt', 'prof', 'fig', 'ca', 'z.b', 'bzw', 'ggf', 'usw', 'sr', 'sra',
]); // prettier-ignore

/** Longest sentence kept whole (characters). */
export const MAX_SENTENCE = 1000;

export function splitSentences(norm: string): Sentence[] {
  const out: Sentence[] = [];
  const n = norm.length;
  let line = 0;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && (norm[s] === ' ' || norm[s] === '\n')) s++;
    while (e > s && norm[e - 1] === ' ') e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, line });
  };
  for (let i = 0; i < n; i++) {
    const ch = norm.charCodeAt(i);
    // scraper noise can run for pages without a stop: cap a sentence so per-sentence work stays bounded
    if (i - start >= MAX_SENTENCE) {
      let cut = i;
      while (cut > i - 200 && norm[cut] !== ' ') cut--;
      if (norm[cut] !== ' ') cut = i;
      push(start, cut);
      start = cut;
    }
    if (ch === 10) {
      push(start, i);
      start = i + 1;
      line++;
      continue;
    }
    if (ch === 0x3002 || ch === 0xff01 || ch === 0xff1f) {
      // 。！？
      push(start, i + 1);
      start = i + 1;
      continue;
    }
    if (ch !== 46 && ch !== 33 && ch !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < n && (norm[j] === '"' || norm[j] === "'" || norm[j] === ')')) j++;
    if (j < n && norm[j] !== ' ' && norm[j] !== '\n') continue;
    if (ch === 46) {
      // the word before the dot
      let k = i - 1;
      while (k >= start && k > i - 8 && /[\p{L}.]/u.test(norm[k]!)) k--;
      const word = norm.slice(k + 1, i).toLowerCase();
      if (ABBREV.has(word)) continue;
      if (/^\p{Lu}$/u.test(norm.slice(k + 1, i))) continue;
      // next word starts lower case: not a sentence end ("approx. $5m")
      let m = j;
      while (m < n && norm[m] === ' ') m++;
      if (m < n && /\p{Ll}/u.test(norm[m]!)) continue;
      // a German/Scandinavian ordinal day before a month: "am 11. Juli 2019"
      if (
        i - k - 1 === 0 &&
        i > 0 &&
        /\d/.test(norm[i - 1]!) &&
        (i < 3 || !/\d/.test(norm[i - 3]!))
      ) {
        let e = m;
        while (e < n && e - m < 12 && /\p{L}/u.test(norm[e]!)) e++;
        if (isMonthName(norm.slice(m, e).toLowerCase())) continue;
      }
    }
    push(start, j);
    start = j;
  }
  push(start, n);
  return out;
}

/** Index of the sentence containing norm offset `pos` (binary search). */
export function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (ans >= 0 && pos >= sentences[ans]!.end + 1 && ans + 1 < sentences.length) return ans;
  return Math.max(0, ans);
}
