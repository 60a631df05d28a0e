import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../src/data/lexicon';

describe('bundledLexicon', () => {
  const lex = bundledLexicon();
  const find = (alias: string) => lex.terms.filter((t) => t.alias === alias);

  it('is expanded once', () => {
    expect(bundledLexicon()).toBe(lex);
    expect(lex.terms.length).toBeGreaterThan(1000);
  });

  it('carries the DPRK cluster with case and context rules', () => {
    expect(find('Lazarus')[0]).toMatchObject({ id: 'actor:lazarus-group', needsContext: true });
    expect(find('Lazarus Group')[0]).toMatchObject({
      id: 'actor:lazarus-group',
      needsContext: false,
    });
    expect(find('ZINC')[0]).toMatchObject({ caseSensitive: true });
    expect(find('APT38')[0]).toMatchObject({ id: 'actor:apt38', caseSensitive: true });
    expect(find('TraderTraitor')[0]).toMatchObject({ id: 'actor:tradertraitor' });
    expect(find('Jade Sleet')[0]).toMatchObject({ id: 'actor:tradertraitor' });
    expect(find('UNC4899')[0]).toMatchObject({ id: 'actor:tradertraitor', caseSensitive: true });
    for (const a of ['Hidden Cobra', 'BlueNoroff', 'Andariel', 'Kimsuky', 'TA444']) {
      expect(lex.terms.some((t) => t.alias.toLowerCase() === a.toLowerCase())).toBe(true);
    }
  });

  it('tells victims from investigators and law enforcement', () => {
    expect(find('CoinsPaid')[0]).toMatchObject({
      type: 'organization',
      orgKind: 'payment-processor',
    });
    expect(find('Elliptic')[0]).toMatchObject({ orgKind: 'analytics', needsContext: true });
    expect(find('ZachXBT')[0]).toMatchObject({ orgKind: 'analytics' });
    expect(find('FBI')[0]).toMatchObject({ orgKind: 'law-enforcement', caseSensitive: true });
    expect(find('OFAC')[0]).toMatchObject({ orgKind: 'government' });
    expect(find('Bybit')[0]).toMatchObject({ orgKind: 'exchange' });
  });

  it('marks ordinary English words as needing context and drops the rest', () => {
    for (const w of ['Harmony', 'Ronin', 'Curve', 'Compound', 'Balancer', 'Wormhole']) {
      const t = find(w);
      expect(t, w).toHaveLength(1);
      expect(t[0]!.needsContext, w).toBe(true);
    }
    for (const w of ['Curve', 'Harmony', 'Ronin', 'Stake', 'Liquid', 'Ledger', 'Elliptic']) {
      expect(find(w)[0]?.caseSensitive, w).toBe(true);
    }
    // Victims known only from incident lists never enter as common words or short codes.
    for (const w of ['Game', 'Time', 'TIME', 'Level', 'Freedom', 'Polygon', 'Market', 'Yield']) {
      expect(find(w), w).toHaveLength(0);
    }
    expect(find('Bullish')).toHaveLength(0);
    expect(find('Zinc')).toHaveLength(0);
    expect(find('Gate')).toHaveLength(0);
    expect(lex.terms.filter((t) => t.alias.length < 3)).toEqual([]);
  });

  it('gives each alias one owner', () => {
    const seen = new Map<string, string>();
    for (const t of lex.terms) {
      const k = t.alias.toLowerCase();
      expect(seen.get(k) ?? t.id, t.alias).toBe(t.id);
      seen.set(k, t.id);
    }
  });
});
