// The analysed document: normalised text, sentences, the headline/lead split and the cue words of
// every sentence, computed once and shared by the later stages.
import { normalize } from './normalize';
import type { Normalized } from './normalize';
import { splitSentences } from './sentences';
import type { Sentence } from './sentences';
import { cueTrie } from './vocabulary/index';
import type { CueKind } from './vocabulary/index';

export interface CueHit {
  start: number;
  end: number;
  kind: CueKind;
  lang: string;
}

export interface Doc {
  n: Normalized;
  sentences: Sentence[];
  /** Cue hits per sentence index. */
  cues: CueHit[][];
  /** Sentence index of the headline (-1 when the text has none). */
  headline: number;
  /** Sentence indices [from, to) of the lead (first paragraph(s) of the body, ~600 chars). */
  lead: [number, number];
  /** Dominant language by cue counts ("en" when unclear). */
  lang: string;
  /** Sentences dated well before this story's incident (another, earlier incident). */
  pastDated: Set<number>;
  /** First sentence of the page's tail (related posts, "read more", newsletter): not the story. */
  tail: number;
  /** An arrest/plea/sentence story about an earlier theft (set by analyze). */
  followUp?: boolean;
}

const TAIL_MARKER =
  /^(related( posts| articles| stories| news|:)?|read more|read also|also read|you may also like|you might also like|more from|more news|recommended|trending( now)?|see also|latest news|further reading|more stories|most read|what to read next|leave a reply|также читайте|читайте также|関連記事|관련기사|\[관련기사\]|leia também|lea también|à lire aussi|lesen sie auch|leggi anche)\b/i;

function findTail(norm: string, sentences: Sentence[], after: number): number {
  for (let i = Math.max(after, 0); i < sentences.length; i++) {
    const se = sentences[i]!;
    if (se.end - se.start > 40) continue;
    // a marker alone on its line ("Related Posts", "You Might Also Like:"), not "Read more: <link>"
    const t = norm.slice(se.start, se.end).trim();
    if (TAIL_MARKER.test(t) && t.split(/\s+/).length <= 5 && !/:\s*\S/.test(t)) return i;
  }
  return sentences.length;
}

export function has(doc: Doc, s: number, kind: CueKind): boolean {
  const list = doc.cues[s];
  if (!list) return false;
  for (const c of list) if (c.kind === kind) return true;
  return false;
}

export function count(doc: Doc, s: number, kind: CueKind): number {
  let k = 0;
  for (const c of doc.cues[s] ?? []) if (c.kind === kind) k++;
  return k;
}

/** Cues in the whole document for quick totals. */
export function totals(doc: Doc, from = 0, to = doc.sentences.length): Map<CueKind, number> {
  const m = new Map<CueKind, number>();
  for (let s = from; s < to; s++)
    for (const c of doc.cues[s] ?? []) m.set(c.kind, (m.get(c.kind) ?? 0) + 1);
  return m;
}

export function sentenceText(doc: Doc, s: number): string {
  const se = doc.sentences[s];
  return se ? doc.n.lower.slice(se.start, se.end) : '';
}

export function scanCues(lower: string): CueHit[] {
  const raw = cueTrie().scanAll(lower);
  const hits: CueHit[] = [];
  // one hit per (span, kind): several languages share a word ("exploit", "hack")
  for (const h of raw) {
    const kinds = new Set<CueKind>();
    for (const v of h.values) {
      if (kinds.has(v.kind)) continue;
      kinds.add(v.kind);
      hits.push({ start: h.start, end: h.end, kind: v.kind, lang: v.lang });
    }
  }
  // An off-topic phrase ("hackathon", "life hack") hides the theft words it contains; a bounty
  // programme is not a theft.
  const off = hits.filter((h) => h.kind === 'offtopic');
  if (!off.length) return hits;
  let k = 0;
  return hits.filter((h) => {
    if (h.kind !== 'theft' && h.kind !== 'theft-noun' && h.kind !== 'bounty') return true;
    while (k < off.length && off[k]!.end <= h.start) k++;
    // overlap, not containment: a prefix phrase ("growth hack*") ends inside the word it hides
    for (let q = k; q < off.length && off[q]!.start < h.end; q++)
      if (off[q]!.end > h.start) return false;
    return true;
  });
}

export function buildDoc(text: string): Doc {
  const n = normalize(text);
  const sentences = splitSentences(n.norm);
  const cueHits = scanCues(n.lower);
  const cues: CueHit[][] = sentences.map(() => []);
  let s = 0;
  const langCount = new Map<string, number>();
  for (const h of cueHits) {
    while (s < sentences.length && sentences[s]!.end <= h.start) s++;
    if (s >= sentences.length) break;
    if (sentences[s]!.start <= h.start) cues[s]!.push(h);
    langCount.set(h.lang, (langCount.get(h.lang) ?? 0) + 1);
  }
  let lang = 'en';
  let best = (langCount.get('en') ?? 0) * 0.8;
  for (const [l, c] of langCount) if (l !== 'en' && c > best) [lang, best] = [l, c];

  const headline = findHeadline(n.norm, sentences);
  const lead = findLead(n.norm, sentences, headline);
  const tail = findTail(n.norm, sentences, lead[0] + 1);
  return { n, sentences, cues, headline, lead, lang, pastDated: new Set(), tail };
}

function wordCount(t: string): number {
  const m = t.match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu);
  if (!m) return 0;
  // CJK has no spaces: count characters in groups of two
  const cjk = t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu);
  return m.length + (cjk ? Math.floor(cjk.length / 2) : 0);
}

/** Navigation, bylines, datelines, tickers and share bars are not headlines or leads. */
export function isBoilerplateLine(t: string): boolean {
  const lower = t.toLowerCase();
  if ((t.match(/[|·•›>]/g) ?? []).length >= 1 && wordCount(t) <= 8) return true;
  if (
    /^(by|por|par|von|di|от|share|updated|published|posted|home|menu|skip to|sign up|log ?in)\b/.test(
      lower,
    )
  )
    return true;
  if ((t.match(/[$€£¥%▲▼]/g) ?? []).length >= 3) return true;
  if (
    /^[\p{L}\s,.]*\d{1,4}[\s,./-]+[\p{L}\d\s,./:-]*$/u.test(t) &&
    wordCount(t) <= 8 &&
    /\d{4}|\d{1,2}:\d\d/.test(t)
  )
    return true;
  return false;
}

/** The first line that reads as a headline: alone on its line, 4+ words, not boilerplate. */
function findHeadline(norm: string, sentences: Sentence[]): number {
  const seenLines = new Set<number>();
  for (let i = 0; i < sentences.length && seenLines.size < 14; i++) {
    const se = sentences[i]!;
    if (seenLines.has(se.line)) continue;
    seenLines.add(se.line);
    const sameLine = sentences[i + 1]?.line === se.line;
    const t = norm.slice(se.start, se.end);
    if (isBoilerplateLine(t) || wordCount(t) < 4) continue;
    if (sameLine || t.length > 250) return -1; // the text starts with a paragraph
    return i;
  }
  return -1;
}

/** The lead: the first substantial paragraph after the headline (at most 3 sentences, ~450 chars). */
function findLead(norm: string, sentences: Sentence[], headline: number): [number, number] {
  let i = headline + 1;
  while (i < sentences.length && i < headline + 40) {
    const se = sentences[i]!;
    const t = norm.slice(se.start, se.end);
    let lineLen = 0;
    for (let j = i; j < sentences.length && j < i + 20 && sentences[j]!.line === se.line; j++)
      lineLen += sentences[j]!.end - sentences[j]!.start;
    if (!isBoilerplateLine(t) && (wordCount(t) >= 12 || lineLen >= 80)) break;
    i++;
  }
  if (i >= sentences.length || i >= headline + 40) return [headline + 1, headline + 1];
  const line = sentences[i]!.line;
  let to = i;
  let chars = 0;
  while (to < sentences.length && to - i < 3 && chars < 450) {
    if (sentences[to]!.line !== line && chars >= 80) break;
    const t = norm.slice(sentences[to]!.start, sentences[to]!.end);
    if (to > i && (isBoilerplateLine(t) || TAIL_MARKER.test(t.trim()))) break;
    chars += sentences[to]!.end - sentences[to]!.start;
    to++;
  }
  // a short dek ("X's systems were compromised") followed by bullets: the lead runs on to the
  // first real paragraph
  if (chars < 160) {
    for (let j = to; j < sentences.length && j < to + 8; j++) {
      const t = norm.slice(sentences[j]!.start, sentences[j]!.end);
      if (TAIL_MARKER.test(t.trim())) break;
      if (!isBoilerplateLine(t) && wordCount(t) >= 12) return [i, j + 1];
    }
  }
  return [i, to];
}
