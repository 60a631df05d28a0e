// Sentence-level context shared by the role stages: is a sentence about another (earlier) incident,
// which years does it name, is a line a price ticker or a sponsored box.
import type { Doc } from './document';
import { has } from './document';

const YEAR_RE = /\b(?:19[89]\d|20[0-4]\d)\b/g;

// Per-sentence answers that later stages ask again and again (once per amount or mention): worked
// out once per document. A Doc's text and sentences never change after buildDoc.
interface SentenceMemo {
  years: (number[] | undefined)[];
  /** 0 = not yet known, 1 = no, 2 = yes. */
  sponsored: Uint8Array;
}
const memos = new WeakMap<Doc, SentenceMemo>();
function memoOf(doc: Doc): SentenceMemo {
  let m = memos.get(doc);
  if (!m) {
    m = { years: [], sponsored: new Uint8Array(doc.sentences.length) };
    memos.set(doc, m);
  }
  return m;
}

/** The years a sentence names (memoised; do not change the array). */
function yearsOf(doc: Doc, s: number): number[] {
  const se = doc.sentences[s];
  if (!se) return [];
  const memo = memoOf(doc);
  let years = memo.years[s];
  if (!years) {
    const text = doc.n.norm.slice(se.start, se.end);
    years = [...text.matchAll(YEAR_RE)].map((m) => Number(m[0]));
    memo.years[s] = years;
  }
  return years;
}

export function yearsIn(doc: Doc, s: number): number[] {
  return yearsOf(doc, s).slice();
}

/** A sentence about another incident: "in the past", "earlier heists", or a year before the story's. */
export function isPastSentence(doc: Doc, s: number, storyYear: number | null): boolean {
  // a follow-up's plea, sentence or forfeiture names its own (old) theft: "pleaded guilty to
  // stealing 50,000 bitcoin ... years ago" is this story's incident
  if (
    doc.followUp &&
    has(doc, s, 'arrest') &&
    (has(doc, s, 'theft') || has(doc, s, 'victim-before'))
  )
    return false;
  if (doc.pastDated.has(s) || pastCue(doc, s)) return true;
  if (storyYear !== null) {
    const ys = yearsOf(doc, s);
    if (ys.length && ys.every((y) => y < storyYear)) return true;
  }
  return false;
}

/** A 'past' cue, except "since" meaning "afterwards" ("has since been arrested", "since then"). */
function pastCue(doc: Doc, s: number): boolean {
  for (const c of doc.cues[s] ?? []) {
    if (c.kind !== 'past') continue;
    if (c.end - c.start === 5 && doc.n.lower.startsWith('since', c.start)) {
      const before = doc.n.lower.slice(Math.max(0, c.start - 6), c.start);
      const after = doc.n.lower.slice(c.end, c.end + 6);
      if (/\b(has|have|had|ever) $/.test(before) || /^ (been|then)\b/.test(after)) continue;
    }
    return true;
  }
  return false;
}

/** Text of the line holding norm offset `pos`. */
export function lineAround(
  norm: string,
  pos: number,
): { start: number; end: number; text: string } {
  // at most 2,000 characters each way
  let start = pos;
  const lo = Math.max(0, pos - 2000);
  while (start > lo && norm.charCodeAt(start - 1) !== 10) start--;
  let end = pos;
  const hi = Math.min(norm.length, pos + 2000);
  while (end < hi && norm.charCodeAt(end) !== 10) end++;
  return { start, end, text: norm.slice(start, end) };
}

const SPONSORED =
  /\b(sponsored|special offer|advertisement|advertorial|promoted|partner content)\b/;

/** Sponsored/advert box: the line or one of the two lines above it says so. */
export function inSponsoredBox(doc: Doc, s: number): boolean {
  const se = doc.sentences[s];
  if (!se) return false;
  const memo = memoOf(doc).sponsored;
  for (let k = s; k >= 0 && k >= s - 3; k--) {
    if (memo[k] === 0) {
      const t = doc.n.lower.slice(doc.sentences[k]!.start, doc.sentences[k]!.end);
      memo[k] = SPONSORED.test(t) ? 2 : 1;
    }
    if (memo[k] === 2) return true;
    if (k < s && doc.sentences[k]!.line < se.line - 3) break;
  }
  return false;
}
