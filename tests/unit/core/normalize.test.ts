import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../../src/core/normalize';

describe('normalize', () => {
  it('folds a Cyrillic letter inside a Latin word and keeps offsets', () => {
    const text = 'The \u0421oinsPaid hack'; // Cyrillic С
    const n = normalize(text);
    expect(n.norm).toBe('The CoinsPaid hack');
    const s = n.norm.indexOf('CoinsPaid');
    expect(toOriginal(n, s, s + 9)).toEqual([4, 13]);
    expect(text.slice(4, 13)).toBe('\u0421oinsPaid');
  });

  it('leaves Russian and Greek words alone', () => {
    const n = normalize('Биржа Bybit сообщила о взломе; ο Έλληνας');
    expect(n.norm).toBe('Биржа Bybit сообщила о взломе; ο Έλληνας');
  });

  it('folds Greek lookalikes inside a Latin word', () => {
    expect(normalize('Βybit').norm).toBe('Bybit');
  });

  it('turns non-breaking spaces, curly quotes and dashes into ASCII', () => {
    const n = normalize('$37.3\u00a0million \u201cheist\u201d \u2014 it\u2019s');
    expect(n.norm).toBe('$37.3 million "heist" - it\'s');
  });

  it('drops zero-width characters and soft hyphens but maps around them', () => {
    const text = 'Orbi\u200btex and Coins\u00adPaid';
    const n = normalize(text);
    expect(n.norm).toBe('Orbitex and CoinsPaid');
    const [s, e] = toOriginal(n, 0, 7);
    expect(text.slice(s, e)).toBe('Orbi\u200btex');
  });

  it('applies NFKC: full-width digits and signs, ligatures', () => {
    const text = '\uff14\uff18\u5104\u5186 \ufb01nance';
    const n = normalize(text);
    expect(n.norm).toBe('48億円 finance');
    // expansions map back to the whole original code point
    const f = n.norm.indexOf('finance');
    expect(toOriginal(n, f, f + 2)).toEqual([text.indexOf('\ufb01'), text.indexOf('\ufb01') + 1]);
  });

  it('keeps lower-case text the same length as norm', () => {
    const n = normalize('İSTANBUL Exchange ΣΑΣ');
    expect(n.lower.length).toBe(n.norm.length);
    expect(n.startMap.length).toBe(n.norm.length);
  });

  it('keeps astral characters (emoji) intact and mapped', () => {
    const text = '🚨 Orbitex hacked';
    const n = normalize(text);
    const i = n.norm.indexOf('Orbitex');
    const [s, e] = toOriginal(n, i, i + 7);
    expect(text.slice(s, e)).toBe('Orbitex');
  });

  it('handles empty text', () => {
    const n = normalize('');
    expect(n.norm).toBe('');
    expect(toOriginal(n, 0, 0)).toEqual([0, 0]);
  });
});
