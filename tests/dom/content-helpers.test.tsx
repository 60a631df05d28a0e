import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { correctedIncident } from '../../src/content/corrections';
import { withSavedHighlights } from '../../src/content/restore';
import { toSelectors } from '../../src/content/selectors';
import type { Analysis, Incident } from '../../src/core/types';
import { Markdown } from '../../src/ui/components/Markdown';

const incident: Incident = {
  victims: [{ name: 'CoinsPaid', text: 'CoinsPaid', entityId: 'org:coinspaid' }],
  actors: [
    {
      name: 'Lazarus Group',
      text: 'Lazarus',
      entityId: 'actor:lazarus-group',
      attribution: { strength: 'suspected', by: 'CoinsPaid' },
    },
  ],
  amount: { text: '$37.3 million', value: 37_300_000, currency: 'USD', usd: 37_300_000 },
  date: '2023-07-22',
};

describe('corrections', () => {
  const never = async () => {
    throw new Error('the amount was not corrected, so it must not be parsed');
  };

  test('an untouched panel saves the engine’s incident as it is', async () => {
    const saved = await correctedIncident(
      incident,
      { victim: 'CoinsPaid', amountText: '$37.3 million' },
      never,
    );
    expect(saved.victims).toEqual([{ name: 'CoinsPaid', entityId: 'org:coinspaid' }]);
    expect(saved.amount).toMatchObject({ value: 37_300_000, currency: 'USD' });
    expect(saved.actors[0]).toEqual({
      name: 'Lazarus Group',
      entityId: 'actor:lazarus-group',
      strength: 'suspected',
      by: 'CoinsPaid',
    });
  });

  test('a corrected victim and amount are what gets saved', async () => {
    const saved = await correctedIncident(
      incident,
      { victim: 'CoinsPaid, Alphapo', amountText: '$60 million' },
      async (text) => ({ value: 60_000_000, currency: 'USD', text }),
    );
    expect(saved.victims).toEqual([{ name: 'CoinsPaid' }, { name: 'Alphapo' }]);
    expect(saved.amount).toEqual({ value: 60_000_000, currency: 'USD', text: '$60 million' });
  });

  test('an amount the parser cannot read is saved as unknown, not invented', async () => {
    const saved = await correctedIncident(
      incident,
      { victim: 'CoinsPaid', amountText: 'lots' },
      async () => null,
    );
    expect(saved.amount).toBeNull();
  });
});

describe('restoring saved highlights', () => {
  const text = 'CoinsPaid lost $37.3 million to Lazarus.';
  const analysis: Analysis = {
    schema: 'heistlens/analysis@1',
    isCryptoHack: true,
    score: 1,
    reasons: [],
    incident,
    mentions: [
      { kind: 'victim', role: 'victim', text: 'CoinsPaid', start: 0, end: 9 },
      {
        kind: 'actor',
        role: 'attacker',
        text: 'Lazarus',
        start: 32,
        end: 39,
        entityId: 'actor:lazarus-group',
      },
    ],
  };

  test('saved roles win where they overlap the engine, the engine fills in the rest', () => {
    const saved = toSelectors(text, [
      { kind: 'amount', role: 'stolen', text: '$37.3 million', start: 15, end: 28 },
    ]);
    const shifted = 'Update: ' + text;
    const engine = {
      ...analysis,
      mentions: analysis.mentions.map((m) => ({ ...m, start: m.start + 8, end: m.end + 8 })),
    };
    const merged = withSavedHighlights(shifted, engine, saved);
    expect(merged.mentions.map((m) => [m.role, shifted.slice(m.start, m.end)])).toEqual([
      ['victim', 'CoinsPaid'],
      ['stolen', '$37.3 million'],
      ['attacker', 'Lazarus'],
    ]);
  });
});

describe('Markdown', () => {
  test('renders headings, lists, links and bold as elements, and never as HTML', () => {
    const host = document.createElement('div');
    render(
      <Markdown
        source={
          '# Title\n\nSee [MISP](https://example.org) and **bold** <img src=x onerror=alert(1)>.\n\n- one\n  continued\n- [bad](javascript:void)'
        }
      />,
      host,
    );
    expect(host.querySelector('h2')?.textContent).toBe('Title');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...host.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'one continued',
      'bad',
    ]);
    expect(host.querySelectorAll('a')[1]?.hasAttribute('href')).toBe(false);
  });
});
