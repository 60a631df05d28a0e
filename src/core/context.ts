// Sentence-level context shared by the role stages: is a sentence about another (earlier) incident,
// which years does it name, is a line a price ticker or a sponsored box.
import type { Doc } from './document';
import { has } from './document';

const YEAR_RE = /\b(?:19[89]\d|20[0-4]\d)\b/g;

export function yearsIn(doc: Doc, s: number): number[] {
  const se = doc.sentences[s];
  if (!se) return [];
  const text = doc.n.norm.slice(se.start, se.end);
  return [...text.matchAll(YEAR_RE)].map((m) => Number(m[0]));
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
    const ys = yearsIn(doc, s);
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
  let start = pos;
  let steps = 0;
  while (start > 0 && norm[start - 1] !== '\n' && steps++ < 2000) start--;
  let end = pos;
  steps = 0;
  while (end < norm.length && norm[end] !== '\n' && steps++ < 2000) end++;
  return { start, end, text: norm.slice(start, end) };
}

/** Sponsored/advert box: the line or one of the two lines above it says so. */
export function inSponsoredBox(doc: Doc, s: number): boolean {
  const se = doc.sentences[s];
  if (!se) return false;
  for (let k = s; k >= 0 && k >= s - 3; k--) {
    const t = doc.n.lower.slice(doc.sentences[k]!.start, doc.sentences[k]!.end);
    if (/\b(sponsored|special offer|advertisement|advertorial|promoted|partner content)\b/.test(t))
      return true;
    if (k < s && doc.sentences[k]!.line < se.line - 3) break;
  }
  return false;
}
