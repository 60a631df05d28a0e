import { expect, test } from 'vitest';
import { anchor, toSelectors } from '../../src/content/selectors';
import type { Mention } from '../../src/core/types';

const text = 'CoinsPaid said attackers took $37.3 million. CoinsPaid resumed work.';
const mention: Mention = { kind: 'victim', role: 'victim', text: 'CoinsPaid', start: 45, end: 54 };

test('selectors carry the quote with context and the position', () => {
  const [s] = toSelectors(text, [mention]);
  expect(s!.quote.exact).toBe('CoinsPaid');
  expect(s!.quote.prefix.endsWith('million. ')).toBe(true);
  expect(s!.position).toEqual({ type: 'TextPositionSelector', start: 45, end: 54 });
  expect(anchor(text, s!)).toEqual({ start: 45, end: 54 });
});

test('re-anchoring follows the quote and its context when the page shifted', () => {
  const [s] = toSelectors(text, [mention]);
  const shifted = 'Updated: ' + text;
  expect(anchor(shifted, s!)).toEqual({ start: 54, end: 63 });
  expect(anchor('nothing here', s!)).toBeNull();
});
