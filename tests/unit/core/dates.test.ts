import { describe, expect, it } from 'vitest';
import {
  DATE_RE,
  dateMatches,
  scanDates,
  scanMonthRefs,
  scanRelative,
} from '../../../src/core/dates';
import { rng } from '../library/generate';
import { normalize } from '../../../src/core/normalize';
import { analyze } from '../../../src/core/analyze';
import { run, testLexicon } from './helpers';

const isoOf = (text: string) =>
  scanDates(normalize(text).lower).map((d) => d.iso ?? `?-${d.month}-${d.day}`);

describe('scanDates', () => {
  it.each([
    ['on July 22, 2023', '2023-07-22'],
    ['22nd July 2023', '2023-07-22'],
    ['2023-07-22', '2023-07-22'],
    ['Sept. 4, 2023', '2023-09-04'],
    ['el 21 de febrero de 2025', '2025-02-21'],
    ['le 14 septembre 2018', '2018-09-14'],
    ['am 21. Februar 2025', '2025-02-21'],
    ['il 4 settembre 2023', '2023-09-04'],
    ['6 июня 2023 года', '2023-06-06'],
    ['2024年5月31日', '2024-05-31'],
    ['2019년 11월 27일', '2019-11-27'],
    ['19 जुलाई 2024', '2024-07-19'],
    ['14.05.2025', '2025-05-14'],
  ])('%s', (text, iso) => expect(isoOf(text)).toEqual([iso]));

  it('leaves the year open when the text gives none', () => {
    expect(isoOf('on July 22')).toEqual(['?-7-22']);
  });

  it('does not read "may" the verb as a month', () => {
    expect(isoOf('the attackers may have 5 wallets')).toEqual([]);
  });

  it('reads month references without a day', () => {
    expect(scanMonthRefs(normalize('lost 3,816 bitcoin in April 2017').lower)).toEqual([
      expect.objectContaining({ month: 4, year: 2017 }),
    ]);
  });

  it('resolves weekdays only against a given date', () => {
    const lower = normalize('was hacked last Tuesday').lower;
    expect(scanRelative(lower, null)).toEqual([]);
    expect(scanRelative(lower, '2024-05-10')[0]?.iso).toBe('2024-05-07');
  });
});

describe('incident date', () => {
  it('takes the year of a partial date from the dateline, never after it', () => {
    const a = run(
      'Orbitex hacked\n\nJanuary 3, 2024\n\nCrypto exchange Orbitex said hackers stole $4 million in crypto on December 30.',
    );
    expect(a.incident.date).toBe('2023-12-30');
  });

  it('ignores dates in the future of `now`', () => {
    const text =
      'Orbitex hacked\n\nCrypto exchange Orbitex said hackers stole $4 million in crypto on March 3, 2031.';
    expect(run(text).incident.date).toBe('2031-03-03');
    expect(analyze(text, { lexicon: testLexicon, now: '2026-01-01' }).incident.date).toBeNull();
  });
});

describe('dateMatches (the prefiltered scan)', () => {
  // dateCanStart must be a superset of where DATE_RE can match: a miss there silently drops dates
  // (the D/M/YYYY form was dropped once, when the prefilter did not know "/" follows a day).
  const NUMBERS = ['1', '5', '09', '12', '15', '31', '2022', '2024', '1999'];
  // numeric separators listed thrice: every form needs two of them in a row
  const JOINS = [
    '/',
    '/',
    '/',
    '.',
    '.',
    '.',
    '-',
    '-',
    '-',
    ' ',
    ', ',
    '. ',
    '年',
    '月',
    '日',
    '년 ',
    '월 ',
    '일',
    ' de ',
    ' of ',
  ];
  const WORDS = [
    'st',
    'th',
    'the ',
    'ngày ',
    'tháng ',
    'năm ',
    'january',
    'jan.',
    'sept.',
    'mars',
    'märz',
    'février',
    'mayıs',
    'ocak',
    'şubat',
    'aralık',
    'июня',
    'marzo',
    'maio',
    'settembre',
    'abc',
    'x',
    'é',
    '(',
    '\n',
    '日本',
    'may ',
    'mart',
    ' ',
  ];
  it('finds exactly the matches of matchAll(DATE_RE) on random date-like text', () => {
    const r = rng(20261122);
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const len = r.int(1, 10);
      for (let j = 0; j < len; j++) {
        // a run of numbers joined like dates are, or a word
        if (r.chance(0.5)) {
          s += r.pick(NUMBERS);
          for (let g = r.int(0, 2); g > 0; g--) s += r.pick(JOINS) + r.pick(NUMBERS);
        } else s += r.pick(WORDS);
        if (r.chance(0.5)) s += ' ';
      }
      const want = [...s.matchAll(DATE_RE)].map((m) => `${m.index}:${m[0]}`);
      const got = [...dateMatches(s)].map((m) => `${m.index}:${m[0]}`);
      expect(got, JSON.stringify(s)).toEqual(want);
    }
  });
});
