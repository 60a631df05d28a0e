// Property tests: random and adversarial strings never throw, offsets always point into the text,
// and work grows linearly (counted in steps, not timed).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { looksLikeCryptoHack } from '../../../src/core/gate';
import { counters, resetCounters } from '../../../src/core/metrics';
import { testLexicon } from './helpers';

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  '$', '€', '£', '¥', '₩', '₹', 'US$', 'R$', ',', '.', ' ', '\u00a0', '\n', '(', ')', '-', '~', '%',
  '0', '1', '9', '5', 'million', 'bn', 'M', 'crore', '억', '億円', '万', '개', 'ETH', 'BTC', 'hack',
  'stole', 'Lazarus', 'Orbitex', 'was hacked', 'from', 'the', "'s", 'С', 'о', 'ο', '\u200b', '🚨',
  '\ud800', 'July 22', '2023', 'on Friday', '|', '"', '“', '’', 'Ξ', '兆', '조', 'करोड़',
]; // prettier-ignore

function randomText(r: () => number, len: number): string {
  let s = '';
  while (s.length < len) s += ALPHABET[Math.floor(r() * ALPHABET.length)]!;
  return s;
}

function checkOffsets(text: string) {
  const a = analyze(text, { lexicon: testLexicon });
  for (const m of a.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  return a;
}

const adversarial: Record<string, (n: number) => string> = {
  digits: (n) => '9'.repeat(n),
  digitsWithCommas: (n) => '1,'.repeat(n / 2),
  digitsWithDots: (n) => '1.'.repeat(n / 2),
  spacedThousands: (n) => '100 '.repeat(n / 4),
  currencySigns: (n) => '$'.repeat(n),
  signsAndDigits: (n) => '$1'.repeat(n / 2),
  punctuation: (n) => '.,;:!?'.repeat(n / 6),
  dots: (n) => '.'.repeat(n),
  newlines: (n) => '\n'.repeat(n),
  capitalised: (n) => 'Orbitex Was Hacked By Lazarus '.repeat(n / 30),
  theftWords: (n) => 'hacked stolen drained '.repeat(n / 22),
  longWord: (n) => 'a'.repeat(n),
  cjk: (n) => '億円'.repeat(n / 2),
  korean: (n) => '1조 '.repeat(n / 3),
  quotes: (n) => '“’'.repeat(n / 2),
  homoglyphMix: (n) => 'Сoinѕ'.repeat(n / 5),
};

describe('fuzz', () => {
  it('random strings never throw and keep offsets exact', () => {
    const r = rng(42);
    for (let i = 0; i < 150; i++) {
      const text = randomText(r, Math.floor(r() * 400));
      expect(() => checkOffsets(text)).not.toThrow();
      expect(() => looksLikeCryptoHack(text)).not.toThrow();
    }
  });

  it.each(Object.entries(adversarial))('adversarial %s never throws', (_name, make) => {
    const text = make(6000);
    expect(() => checkOffsets(text)).not.toThrow();
  });

  it('tolerates bad input types at run time', () => {
    // @ts-expect-error: JavaScript callers
    expect(analyze(undefined, { lexicon: testLexicon }).isCryptoHack).toBe(false);
    // @ts-expect-error: no lexicon
    expect(analyze('Orbitex was hacked and lost $5 million in crypto.', {}).schema).toBe(
      'heistlens/analysis@1',
    );
  });
});

describe('linearity (step counts)', () => {
  function steps(text: string): number {
    resetCounters();
    analyze(text, { lexicon: testLexicon });
    return counters.trieSteps + counters.amountSteps;
  }

  it.each(Object.entries(adversarial))(
    '%s: doubling the input at most ~doubles the work',
    (_name, make) => {
      const small = steps(make(4000));
      const big = steps(make(8000));
      expect(big).toBeLessThanOrEqual(small * 2.6 + 1000);
    },
  );

  it('a realistic article repeated grows linearly', () => {
    const article =
      'Orbitex hacked for $31 million\n\nCrypto exchange Orbitex said hackers stole $31 million (8,535 ETH) from its hot wallet on July 22. The Lazarus Group is suspected. Chainalysis traced the funds.\n\n';
    const one = steps(article.repeat(20));
    const two = steps(article.repeat(40));
    expect(two).toBeLessThanOrEqual(one * 2.6);
  });
});
