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
  for (const h of raw)
    for (const v of h.values) hits.push({ start: h.start, end: h.end, kind: v.kind, lang: v.lang });
  // An off-topic phrase ("hackathon", "life hack") hides the theft words it contains; a bounty
  // programme is not a theft.
  const off = hits.filter((h) => h.kind === 'offtopic');
  if (!off.length) return hits;
  let k = 0;
  return hits.filter((h) => {
    if (h.kind !== 'theft' && h.kind !== 'theft-noun' && h.kind !== 'bounty') return true;
    while (k < off.length && off[k]!.end <= h.start) k++;
    for (let q = k; q < off.length && off[q]!.start <= h.start; q++)
      if (off[q]!.end >= h.end) return false;
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

  // Headline: the first line when it is short and not a full paragraph.
  let headline = -1;
  const first = sentences[0];
  if (first) {
    const sameLine = sentences.filter((x) => x.line === first.line).length;
    if (sameLine === 1 && first.end - first.start <= 250) headline = 0;
  }
  const bodyStart = headline + 1;
  let to = bodyStart;
  let chars = 0;
  while (to < sentences.length && (chars < 600 || to - bodyStart < 2) && to - bodyStart < 6) {
    chars += sentences[to]!.end - sentences[to]!.start;
    to++;
  }
  return { n, sentences, cues, headline, lead: [bodyStart, to], lang };
}
