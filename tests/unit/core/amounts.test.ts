import { describe, expect, it } from 'vitest';
import { parseNumber, scanAmounts } from '../../../src/core/amounts';
import type { NumberStyle } from '../../../src/core/amounts';
import { normalize } from '../../../src/core/normalize';
import { USD_RATES } from '../../../src/core/rates';

function amounts(text: string, style: NumberStyle = 'en') {
  const n = normalize(text);
  return scanAmounts(n.norm, n.lower, style).map((h) => ({
    text: n.norm.slice(h.start, h.end),
    value: h.value,
    currency: h.currency,
    usd: h.usd,
    eq: h.equivalentOf,
  }));
}

function one(text: string, style: NumberStyle = 'en') {
  const all = amounts(text, style);
  expect(all.length).toBeGreaterThanOrEqual(1);
  return all[0]!;
}

describe('parseNumber', () => {
  it.each([
    ['1,966', 1966],
    ['61,263.41', 61263.41],
    ['37.3', 37.3],
    ['1.234.567,8', 1234567.8],
    ['4,502.9', 4502.9],
    ['1,00,000', 100000],
    ['37,3', 37.3],
    ['1 000 000', 1000000],
  ])('%s -> %d', (tok, v) => expect(parseNumber(tok)).toBe(v));

  it('reads a single dot before three digits as thousands in European style', () => {
    expect(parseNumber('1.500', 'eu')).toBe(1500);
    expect(parseNumber('1.500', 'en')).toBe(1.5);
  });
});

describe('scanAmounts: formats from the issue', () => {
  it.each([
    ['$37.3M', 37.3e6, 'USD'],
    ['$37.3 million', 37.3e6, 'USD'],
    ['US$1.5bn', 1.5e9, 'USD'],
    ['$ 61,263.41', 61263.41, 'USD'],
    ['€25 million', 25e6, 'EUR'],
    ['£4.2m', 4.2e6, 'GBP'],
    ['¥48.2 billion', 48.2e9, 'JPY'],
    ['48.2 billion yen', 48.2e9, 'JPY'],
    ['Rs 2,000 crore', 2000e7, 'INR'],
    ['₹1,966 crore', 1966e7, 'INR'],
    ['230 million dollars', 230e6, 'USD'],
    ['8,535 ETH', 8535, 'ETH'],
    ['119,754 bitcoin', 119754, 'BTC'],
    ['4,502.9 BTC', 4502.9, 'BTC'],
    ['~$100M', 100e6, 'USD'],
    ['more than $100 million', 100e6, 'USD'],
    ['₩1,000,000', 1e6, 'KRW'],
    ['R$ 1,5 milhão', 1.5e6, 'BRL'],
    ['₱5 million', 5e6, 'PHP'],
    ['S$2.5m', 2.5e6, 'SGD'],
    ['2,000 करोड़ रुपये', 2000e7, 'INR'],
    ['5 lakh', 5e5, 'INR'],
    ['400억 원', 400e8, 'KRW'],
    ['1조 2000억원', 1.2e12, 'KRW'],
    ['482億円', 482e8, 'JPY'],
    ['1億2000万円', 1.2e8, 'JPY'],
    ['4800万円', 4800e4, 'JPY'],
    ['3億ドル', 3e8, 'USD'],
    ['2000만 달러', 2000e4, 'USD'],
    ['230 मिलियन डॉलर', 230e6, 'USD'],
    ['30 milioni di dollari', 30e6, 'USD'],
    ['25 millions d’euros', 25e6, 'EUR'],
    ['$1,5 млрд', 1.5e9, 'USD'],
    ['12 млн долларов', 12e6, 'USD'],
  ])('%s', (text, value, currency) => {
    const a = one(text, /[,]\d(?!\d)|млн|млрд|milhão/.test(text) ? 'eu' : 'en');
    expect(a.currency).toBe(currency);
    expect(a.value).toBeCloseTo(value, 0);
  });

  it('parses European thousands in European text', () => {
    const a = one('4.500 millones de dólares', 'eu');
    expect(a).toMatchObject({ value: 4.5e9, currency: 'USD' });
  });

  it('takes the sign before over a currency word after ("US$1.5bn in Ethereum")', () => {
    const a = one('Bybit loses US$1.5bn in Ethereum');
    expect(a).toMatchObject({ text: 'US$1.5bn', value: 1.5e9, currency: 'USD' });
  });

  it('reads Korean and Japanese counted tokens', () => {
    expect(one('이더리움 34만2000개 탈취')).toMatchObject({ value: 342000, currency: 'ETH' });
    expect(one('ビットコイン4502.9枚')).toMatchObject({ value: 4502.9, currency: 'BTC' });
  });
});

describe('scanAmounts: not amounts', () => {
  it.each([
    'APT38 and UNC4899',
    'use code CRYPTOPOTATO50 today',
    'in 2023 there were 5 months of silence',
    'up 12.5% this week',
    'block 19,283,112 on July 22',
    '0x4b7a1c3e',
    'Lazarus has 3 subgroups',
  ])('%s', (text) => expect(amounts(text)).toEqual([]));
});

describe('scanAmounts: ranges and equivalents', () => {
  it('applies a range scale to its first figure', () => {
    expect(one('between $1.5-2 billion')).toMatchObject({ value: 1.5e9, currency: 'USD' });
  });

  it('takes the USD equivalent the text gives in brackets', () => {
    const [eth, usd] = amounts('the attacker took 8,535 ETH (about $26.4 million) from it');
    expect(eth).toMatchObject({ value: 8535, currency: 'ETH', usd: 26.4e6 });
    expect(usd).toMatchObject({ value: 26.4e6, eq: 0 });
  });

  it('takes a USD equivalent after "worth"', () => {
    const [btc] = amounts('lost 850,000 bitcoins, worth roughly $473 million, to hackers');
    expect(btc).toMatchObject({ currency: 'BTC', usd: 473e6 });
  });

  it('takes a local-currency equivalent for a token', () => {
    const [eth] = amounts('이더리움 34만2000개(당시 시세 약 580억원)');
    expect(eth!.usd).toBeCloseTo(580e8 * USD_RATES.KRW!, -3);
  });

  it('carries a text USD figure to the same amount elsewhere', () => {
    const all = amounts(
      'Hackers stole ¥48.2 billion. The coins, worth ¥48.2 billion (about $308 million), left.',
    );
    expect(all[0]).toMatchObject({ currency: 'JPY', usd: 308e6 });
  });

  it('falls back to the fixed rate table, rounded', () => {
    const a = one('stole 10 BTC');
    expect(a.usd).toBe(10 * USD_RATES.BTC!);
  });

  it('never links two amounts with words between them', () => {
    const all = amounts('8,535 ETH were stolen; a bounty of $2 million was offered');
    expect(all[0]!.usd).not.toBe(2e6);
  });
});

describe('scanAmounts: compound CJK scales', () => {
  it.each([
    ['1천억원', 1e11, 'KRW'],
    ['3천만 달러', 3e7, 'USD'],
    ['3千万円', 3e7, 'JPY'],
  ])('%s', (text, value, currency) => {
    const n = normalize(text);
    expect(scanAmounts(n.norm, n.lower)[0]).toMatchObject({ value, currency });
  });
});
