// W3C Web Annotation selectors (TextQuote + TextPosition) for marks, and re-anchoring them
// on a revisit: position first, then the quote with its context when the page has shifted.
import type { Mention } from '../core/types';
import type { HighlightSelector } from '../shared/saved';

const CONTEXT = 32;

export function toSelectors(text: string, mentions: Mention[]): HighlightSelector[] {
  return mentions.map((m) => ({
    kind: m.kind,
    role: m.role,
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(m.start, m.end),
      prefix: text.slice(Math.max(0, m.start - CONTEXT), m.start),
      suffix: text.slice(m.end, m.end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start: m.start, end: m.end },
  }));
}

/** Where a stored selector lands in the current text, or null when its quote is gone. */
export function anchor(text: string, s: HighlightSelector): { start: number; end: number } | null {
  const { start, end } = s.position;
  if (text.slice(start, end) === s.quote.exact) return { start, end };
  let best: { start: number; score: number } | null = null;
  for (let i = text.indexOf(s.quote.exact); i !== -1; i = text.indexOf(s.quote.exact, i + 1)) {
    const score =
      (text.slice(i - s.quote.prefix.length, i) === s.quote.prefix ? 2 : 0) +
      (text.slice(i + s.quote.exact.length, i + s.quote.exact.length + s.quote.suffix.length) ===
      s.quote.suffix
        ? 2
        : 0) -
      Math.abs(i - start) / (text.length + 1);
    if (!best || score > best.score) best = { start: i, score };
  }
  return best ? { start: best.start, end: best.start + s.quote.exact.length } : null;
}
