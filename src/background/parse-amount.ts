// Parses an amount the reader typed as a correction ("$37.5 million", "4,502.9 BTC") with the
// engine's own amount parser. Runs here, so the content script does not carry the engine.
import { analyze } from '../core/analyze';
import type { SavedAmount } from '../shared/saved';

const NO_LEXICON = { version: 'none', terms: [] };

export function parseAmountText(text: string): SavedAmount | null {
  const m = analyze(String(text).slice(0, 200), { lexicon: NO_LEXICON }).mentions.find(
    (x) => x.kind === 'amount',
  );
  if (!m || m.value === undefined || !m.currency) return null;
  return {
    value: m.value,
    currency: m.currency,
    text: m.text,
    ...(m.usd !== undefined ? { usd: m.usd } : {}),
  };
}
