import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Analysis, Mention } from '../../src/core/types';

const asked: { type: string; payload: unknown }[] = [];
vi.mock('../../src/shared/send', () => ({
  send: async (type: string, payload: Record<string, unknown>) => {
    asked.push({ type, payload });
    if (type === 'actorCard')
      return {
        ok: true,
        value: {
          actor: { id: payload.id, name: 'Lazarus Group', aliases: [], references: [] },
          related: [],
          incidents: [],
          totals: { usd: 0, count: 0, byYear: [] },
          largest: null,
        },
      };
    return { ok: true, value: { name: payload.name, incidents: [] } };
  },
}));

const { attachCards } = await import('../../src/content/card');

const mentions: Mention[] = [
  {
    kind: 'actor',
    role: 'attacker',
    text: 'Lazarus',
    start: 0,
    end: 7,
    canonical: 'Lazarus Group',
    entityId: 'actor:lazarus-group',
  } as Mention,
  { kind: 'victim', role: 'victim', text: 'CoinsPaid', start: 20, end: 29 } as Mention,
];
const analysis = { mentions, incident: { actors: [], victims: [] } } as unknown as Analysis;

let controller: AbortController;
let marks: HTMLElement[];
beforeEach(() => {
  asked.length = 0;
  controller = new AbortController();
  document.body.innerHTML =
    '<p><heistlens-mark tabindex="0" data-mention="0">Lazarus</heistlens-mark> robbed ' +
    '<heistlens-mark tabindex="0" data-mention="1">CoinsPaid</heistlens-mark></p>';
  marks = [...document.querySelectorAll<HTMLElement>('heistlens-mark')];
  attachCards(
    document,
    (mark) => ({ analysis, mention: mentions[Number(mark.dataset.mention)]! }),
    [analysis],
    controller.signal,
  );
});
afterEach(() => controller.abort());

const cardText = () =>
  document.querySelector('heistlens-card')?.shadowRoot?.textContent ?? '(no card)';

test("the story's cards are asked for once, when the page is idle, before any hover", async () => {
  await vi.waitFor(() => expect(asked.length).toBe(2), { timeout: 3000 });
  expect(asked.map((a) => a.type).sort()).toEqual(['actorCard', 'victimInfo']);
  await Promise.resolve();

  // The answer has arrived: the card renders in the focus handler itself, no placeholder.
  marks[0]!.focus();
  expect(cardText()).toContain('Lazarus Group');
  expect(cardText()).not.toContain('Looking up');
  marks[1]!.focus();
  expect(cardText()).toContain('CoinsPaid');
  expect(cardText()).not.toContain('Looking up');
  expect(asked.length).toBe(2);
});

test('a hover before the answer arrives shows a busy placeholder, then the card', async () => {
  marks[0]!.focus();
  expect(cardText()).toContain('Looking up Lazarus');
  const dialog = () =>
    document.querySelector('heistlens-card')!.shadowRoot!.querySelector('[role="dialog"]')!;
  expect(dialog().getAttribute('aria-busy')).toBe('true');
  await vi.waitFor(() => expect(cardText()).not.toContain('Looking up'));
  expect(dialog().getAttribute('aria-busy')).toBe('false');
  expect(asked.filter((a) => a.type === 'actorCard')).toHaveLength(1);
});
