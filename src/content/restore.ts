// On a revisit of a saved page, the marks come back from the stored selectors (what the reader
// saved, corrections included), anchored in today's text; engine mentions fill in the rest.
import type { Analysis, Mention } from '../core/types';
import type { HighlightSelector } from '../shared/saved';
import { anchor } from './selectors';

/** The analysis with saved highlights taking precedence over the engine's mentions. */
export function withSavedHighlights(
  text: string,
  analysis: Analysis,
  saved: HighlightSelector[],
): Analysis {
  const restored: Mention[] = [];
  for (const s of saved) {
    const at = anchor(text, s);
    if (!at) continue;
    const engine = analysis.mentions.find((m) => m.start === at.start && m.end === at.end);
    restored.push({
      ...(engine ?? { text: s.quote.exact }),
      kind: s.kind,
      role: s.role as Mention['role'],
      start: at.start,
      end: at.end,
      reason: 'as saved in your library',
    });
  }
  const overlaps = (m: Mention) => restored.some((r) => m.start < r.end && r.start < m.end);
  const mentions = [...restored, ...analysis.mentions.filter((m) => !overlaps(m))].sort(
    (a, b) => a.start - b.start,
  );
  return { ...analysis, mentions };
}
