// Role of each amount: the stolen figure vs prices, offers, bounties, recoveries, loans/reserves and
// the amounts of other incidents. Decided from the nearest cue word in the sentence, the line
// (tickers, sponsored boxes) and which victim the sentence names.
import type { AmountHit } from './amounts';
import type { Cand } from './entities';
import type { Doc } from './document';
import { has } from './document';
import { inSponsoredBox, isPastSentence, lineAround } from './context';
import { sentenceAt } from './sentences';
import type { Role } from './types';
import type { CueKind } from './vocabulary/index';

export interface AmountDecision {
  hit: AmountHit;
  s: number;
  role: Role;
  reason: string;
  /** Higher = better stolen-amount candidate. */
  rank: number;
}

const THEFT_KINDS = new Set<CueKind>([
  'theft',
  'weak-theft',
  'victim-after',
  'victim-before',
  'theft-noun',
]);
const AGENT = /^(hackers?|attackers?|thie(f|ves)|exploiters?|perpetrators?)$/;

const COMPETING: [CueKind, Role, string][] = [
  ['bounty', 'bounty', 'a bounty or reward'],
  ['recovery', 'recovered', 'recovered, returned or frozen'],
  ['offer', 'offer', 'an offer or bonus'],
  ['price', 'price', 'a price'],
  ['finance', 'other', 'a loan, reserve, funding or revenue figure'],
];

function distance(hit: AmountHit, cs: number, ce: number): number {
  if (ce <= hit.start) return hit.start - ce;
  if (cs >= hit.end) return cs - hit.end;
  return 0;
}

function isTickerLine(doc: Doc, hit: AmountHit): boolean {
  const line = lineAround(doc.n.norm, hit.start);
  const after = doc.n.norm.slice(hit.end, Math.min(line.end, hit.end + 14));
  if (/^\s*[▲▼△▽↑↓+-]?\s*[+-]?\d+(?:[.,]\d+)?\s*%/.test(after)) return true;
  if (/^\s*[▲▼△▽↑↓]/.test(after)) return true;
  const before = doc.n.norm.slice(Math.max(line.start, hit.start - 14), hit.start);
  if (/\([A-Z]{2,6}\)\s*$/.test(before) || /\b[A-Z]{2,5}\s*$/.test(before)) {
    // "Bitcoin (BTC) $ 61,263.41", "BTC $96,412.08"
    return !/\b(stole|stolen|hack|drain|lost|theft)/i.test(line.text);
  }
  return false;
}

export function decideAmounts(
  doc: Doc,
  hits: AmountHit[],
  victims: Cand[],
  otherVictims: Cand[],
  storyYear: number | null,
): AmountDecision[] {
  const victimSent = new Set<number>();
  for (const v of victims) for (const m of v.mentions) victimSent.add(m.s);
  const otherBySentence = new Map<number, { start: number; end: number; s: number }[]>();
  for (const c of otherVictims) {
    for (const m of c.mentions) {
      const list = otherBySentence.get(m.s);
      if (list) list.push(m);
      else otherBySentence.set(m.s, [m]);
    }
  }
  return hits.map((hit) => {
    const s = sentenceAt(doc.sentences, hit.start);
    const cues = doc.cues[s] ?? [];
    const mk = (role: Role, reason: string, rank = 0): AmountDecision => ({
      hit,
      s,
      role,
      reason,
      rank,
    });
    if (isTickerLine(doc, hit)) return mk('price', 'price ticker line');
    if (s >= doc.tail) return mk('other', 'related posts or page footer');
    let theftDist = Infinity;
    for (const c of cues) {
      if (!THEFT_KINDS.has(c.kind)) continue;
      // "Hacker returns $40 million": who did it is not what the figure is
      if (AGENT.test(doc.n.lower.slice(c.start, c.end))) continue;
      theftDist = Math.min(theftDist, distance(hit, c.start, c.end));
    }
    if (inSponsoredBox(doc, s) && theftDist === Infinity) return mk('offer', 'sponsored box');
    let best: { d: number; role: Role; reason: string } | null = null;
    for (const [kind, role, reason] of COMPETING) {
      for (const c of cues) {
        if (c.kind !== kind) continue;
        // a bounty or an offer is decisive: "a bounty of $4.8 million to return the funds"
        const d = Math.max(
          0,
          distance(hit, c.start, c.end) - (role === 'bounty' || role === 'offer' ? 12 : 0),
        );
        if (!best || d < best.d) best = { d, role, reason };
      }
    }
    // "initially $23 million ... later revised to $60 million", "350억원→190억원": the latest
    // figure of the theft replaces the earlier ones
    const rev = revision(doc, s, hit);
    if (rev === 'new' && theftDist === Infinity && (theftish(doc, s) || theftish(doc, s - 1)))
      theftDist = 0;
    if (best && (theftDist === Infinity || best.d < theftDist))
      return mk(best.role, `sentence calls it ${best.reason}`);
    const headlineTheft = s === doc.headline && theftDist !== Infinity;
    if (theftDist === Infinity && !headlineTheft) return mk('other', 'no theft word near it');
    // another incident's amount: adjacent to another victim's name, or a past sentence that does
    // not name this story's victim
    const otherSpans = otherBySentence.get(s) ?? [];
    const nearOther = otherSpans.some(
      (m) => m.s === s && (Math.abs(m.start - hit.end) <= 3 || Math.abs(hit.start - m.end) <= 40),
    );
    const nearOwn = victimSent.has(s);
    if (nearOther && !(nearOwn && !adjacentTo(otherSpans, hit)))
      return mk('other-theft', 'amount of another incident');
    if (doc.pastDated.has(s) && s !== doc.headline)
      return mk('other-theft', 'dated well before this incident');
    if (isPastSentence(doc, s, storyYear) && !nearOwn && s !== doc.headline)
      return mk('other-theft', 'earlier incident');
    let rank = 10;
    if (s === doc.headline) rank += 6;
    else if (s >= doc.lead[0] && s < doc.lead[1]) rank += 4;
    if (nearOwn) rank += 2;
    if (has(doc, s, 'theft')) rank += 1;
    rank -= Math.min(3, theftDist / 40);
    // "a total of", "tổng trị giá": the sum beats its parts written before it
    if (cueBefore(doc, s, hit, 'total', 25)) rank += 3;
    if (rev === 'new') return mk('stolen', 'the revised figure of the theft', rank + 8);
    if (rev === 'old')
      return mk('stolen', 'an earlier estimate of the theft, later revised', rank - 8);
    return mk('stolen', 'theft sentence names it', rank);
  });
}

function theftish(doc: Doc, s: number): boolean {
  if (s < 0) return false;
  for (const c of doc.cues[s] ?? []) if (THEFT_KINDS.has(c.kind)) return true;
  return false;
}

/** A cue of `kind` ending at most `gap` characters before the amount, in its sentence. */
function cueBefore(doc: Doc, s: number, hit: AmountHit, kind: CueKind, gap: number): boolean {
  for (const c of doc.cues[s] ?? [])
    if (c.kind === kind && c.end <= hit.start && hit.start - c.end <= gap) return true;
  return false;
}

/**
 * Is the amount the revised figure ("revised to $60 million", "190억원으로 정정", "→190억원") or an
 * earlier one ("initially estimated at $23 million", "350억원→")?
 */
function revision(doc: Doc, s: number, hit: AmountHit): 'new' | 'old' | null {
  const { norm } = doc.n;
  const before = norm.slice(Math.max(0, hit.start - 3), hit.start).trimEnd();
  if (before.endsWith('→') || before.endsWith('->')) return 'new';
  const after = norm.slice(hit.end, hit.end + 3).trimStart();
  if (after.startsWith('→') || after.startsWith('->')) return 'old';
  let initial = -1;
  for (const c of doc.cues[s] ?? []) {
    if (c.kind === 'revised') {
      // en/fr/de put the verb before the figure; ko/ja/zh after it ("190억원으로 정정")
      if (c.end <= hit.start && hit.start - c.end <= 30) return 'new';
      if (c.start >= hit.end && c.start - hit.end <= 4) return 'new';
    }
    if (c.kind === 'initial' && c.end <= hit.start && hit.start - c.end <= 60) initial = c.end;
  }
  if (initial >= 0) {
    // "initially put at $5 million but revised to $8 million": only if no revision between
    for (const c of doc.cues[s] ?? [])
      if (c.kind === 'revised' && c.start >= initial && c.end <= hit.start) return null;
    return 'old';
  }
  return null;
}

function adjacentTo(spans: { start: number; end: number }[], hit: AmountHit): boolean {
  return spans.some((m) => Math.abs(m.start - hit.end) <= 3);
}
