// Golden fixtures (DESIGN.md style 9): load them, validate their expected.json, and compare an
// engine Analysis with what a human wrote down. Deliberately independent of src/core so the
// fixture tests run before (and without) the engine; eval.ts brings the engine in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis, Entity } from '../../src/core/types';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEV_DIR = join(ROOT, 'tests/fixtures/articles');
export const HOLDOUT_DIR = join(ROOT, 'tests/fixtures/articles-holdout');
export const HOLDOUT2_DIR = join(ROOT, 'tests/fixtures/articles-holdout2');
export const HOLDOUT3_DIR = join(ROOT, 'tests/fixtures/articles-holdout3');

export type SetName = 'dev' | 'holdout' | 'holdout2' | 'holdout3';

/** Every fixture set, in the order reports list them. */
export const SET_NAMES: readonly SetName[] = ['dev', 'holdout', 'holdout2', 'holdout3'];

const SET_DIRS: Record<SetName, string> = {
  dev: DEV_DIR,
  holdout: HOLDOUT_DIR,
  holdout2: HOLDOUT2_DIR,
  holdout3: HOLDOUT3_DIR,
};

/** A name, or a list of accepted alternatives for one entity ("Lazarus Group" | "North Korea"). */
export type ExpectedName = string | string[];

export interface ExpectedAmount {
  value: number;
  currency: string;
}

export interface Expected {
  isCryptoHack: boolean;
  victims: ExpectedName[];
  actors: ExpectedName[];
  amount: ExpectedAmount | null;
  /** USD equivalent of `amount` when the article gives one (or a fair rate of the day). */
  usd?: number;
  /** The same stolen amount as the article also writes it in other units ("4,502.9 BTC"). */
  equivalents?: ExpectedAmount[];
  date: string | null;
  /** Amount texts as written in the article that must never be chosen as the stolen amount. */
  decoyAmounts: string[];
  kind: 'positive' | 'negative';
  category: string;
  lang: string;
  notes?: string;
}

export interface Fixture {
  slug: string;
  set: SetName;
  /** Path of the source file (.txt or .html). */
  path: string;
  format: 'txt' | 'html';
  expected: Expected;
}

const KINDS = new Set(['positive', 'negative']);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Schema check of one expected.json; returns the problems found (empty when valid). */
export function validateExpected(value: unknown): string[] {
  const errors: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not an object'];
  const v = value as Record<string, unknown>;
  const allowed = new Set([
    'isCryptoHack',
    'victims',
    'actors',
    'amount',
    'usd',
    'equivalents',
    'date',
    'decoyAmounts',
    'kind',
    'category',
    'lang',
    'notes',
  ]);
  for (const key of Object.keys(v)) if (!allowed.has(key)) errors.push(`unknown field "${key}"`);
  if (typeof v.isCryptoHack !== 'boolean') errors.push('isCryptoHack must be a boolean');
  for (const field of ['victims', 'actors'] as const) {
    const list = v[field];
    if (!Array.isArray(list)) errors.push(`${field} must be an array`);
    else
      for (const item of list) {
        const ok =
          (typeof item === 'string' && item.trim() !== '') ||
          (Array.isArray(item) &&
            item.length > 0 &&
            item.every((s) => typeof s === 'string' && s.trim() !== ''));
        if (!ok) errors.push(`${field} items must be non-empty strings or string arrays`);
      }
  }
  if (v.amount !== null) {
    const a = v.amount as Record<string, unknown> | undefined;
    if (typeof a !== 'object' || a === null) errors.push('amount must be an object or null');
    else {
      if (typeof a.value !== 'number' || !(a.value > 0)) errors.push('amount.value must be > 0');
      if (typeof a.currency !== 'string' || !/^[A-Z0-9]{2,6}$/.test(a.currency))
        errors.push('amount.currency must be an upper-case code');
      for (const key of Object.keys(a))
        if (key !== 'value' && key !== 'currency') errors.push(`unknown amount field "${key}"`);
    }
  }
  if (v.equivalents !== undefined) {
    const eq = v.equivalents;
    if (
      !Array.isArray(eq) ||
      !eq.every(
        (a: unknown) =>
          typeof a === 'object' &&
          a !== null &&
          typeof (a as ExpectedAmount).value === 'number' &&
          (a as ExpectedAmount).value > 0 &&
          typeof (a as ExpectedAmount).currency === 'string' &&
          /^[A-Z0-9]{2,6}$/.test((a as ExpectedAmount).currency),
      )
    )
      errors.push('equivalents must be an array of {value, currency}');
  }
  if (v.usd !== undefined && (typeof v.usd !== 'number' || !(v.usd > 0)))
    errors.push('usd must be a positive number');
  if (v.date !== null && (typeof v.date !== 'string' || !DATE_RE.test(v.date)))
    errors.push('date must be YYYY-MM-DD or null');
  if (!Array.isArray(v.decoyAmounts) || !v.decoyAmounts.every((s) => typeof s === 'string'))
    errors.push('decoyAmounts must be an array of strings');
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind))
    errors.push('kind must be positive|negative');
  if (typeof v.category !== 'string' || v.category === '') errors.push('category is required');
  if (typeof v.lang !== 'string' || !/^[a-z]{2}$/.test(v.lang))
    errors.push('lang must be ISO 639-1');
  if (v.notes !== undefined && typeof v.notes !== 'string') errors.push('notes must be a string');
  if (errors.length === 0) {
    const positive = v.kind === 'positive';
    if (v.isCryptoHack !== positive) errors.push('kind and isCryptoHack disagree');
    if (!positive) {
      if ((v.victims as unknown[]).length || (v.actors as unknown[]).length || v.amount !== null)
        errors.push('negatives carry no victims, actors or amount');
      if (v.usd !== undefined || v.equivalents !== undefined)
        errors.push('negatives carry no usd or equivalents');
    }
  }
  return errors;
}

/** Load every fixture of one set, sorted by slug. Throws on an unreadable expected.json. */
export function loadFixtures(set: SetName): Fixture[] {
  const dir = SET_DIRS[set];
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir);
  const out: Fixture[] = [];
  for (const file of files) {
    const m = /^(.+)\.(txt|html)$/.exec(file);
    if (!m || file.endsWith('.expected.json')) continue;
    const slug = m[1] as string;
    const expectedPath = join(dir, `${slug}.expected.json`);
    if (!existsSync(expectedPath)) throw new Error(`${set}/${file}: missing ${slug}.expected.json`);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    out.push({ slug, set, path: join(dir, file), format: m[2] as 'txt' | 'html', expected });
  }
  return out.sort((a, b) => a.slug.localeCompare(b.slug));
}

export function loadAll(): Fixture[] {
  return SET_NAMES.flatMap((set) => loadFixtures(set));
}

/** Article text as the engine should see it: the file for .txt, Readability's text for .html. */
export async function fixtureText(fixture: Fixture): Promise<string> {
  const raw = readFileSync(fixture.path, 'utf8');
  return fixture.format === 'txt' ? raw : htmlToText(raw);
}

export async function htmlToText(html: string): Promise<string> {
  const { Window } = await import('happy-dom');
  const { Readability } = await import('@mozilla/readability');
  const window = new Window({ url: 'https://example.test/article' });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    const text = article?.textContent ?? doc.body?.textContent ?? '';
    const title = article?.title ?? '';
    const body = text
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  } finally {
    await window.happyDOM.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Lenient name matching

/** Latin look-alikes of Cyrillic and Greek letters a page may slip into a Latin word. */
const HOMOGLYPHS: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  а: 'a',
  с: 'c',
  е: 'e',
  і: 'i',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  ѕ: 's',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Κ: 'K',
  Μ: 'M',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
  ο: 'o',
};

/** Words that do not change which organisation or group a name denotes. */
const NOISE_WORDS = new Set([
  'the',
  'exchange',
  'group',
  'inc',
  'ltd',
  'llc',
  'limited',
  'corp',
  'co',
  'plc',
  'sa',
  'ag',
  'gmbh',
  'kk',
  'network',
  'protocol',
  'platform',
  'finance',
  'labs',
  'dao',
  'io',
  'com',
  'hackers',
  'hacker',
  'hacking',
  'team',
  'crypto',
  'cryptocurrency',
  'wallet',
  'bridge',
  'state',
  'sponsored',
  'backed',
  'apt',
  'gang',
  'drainer',
]);

/** Country attributions written many ways ("North Korean hackers", "DPRK") → one key. */
const COUNTRY_KEYS: [RegExp, string][] = [
  [
    /\b(north korea|north korean|dprk|democratic people s republic of korea|pyongyang)\b/,
    'country:kp',
  ],
  [/\b(russia|russian)\b/, 'country:ru'],
  [/\b(iran|iranian)\b/, 'country:ir'],
  [/\b(china|chinese)\b/, 'country:cn'],
];

/** Case-, diacritic-, homoglyph- and punctuation-insensitive form of a name. */
export function normalizeName(name: string): string {
  let s = '';
  for (const ch of name.normalize('NFKC')) s += HOMOGLYPHS[ch] ?? ch;
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** normalizeName without words like "Exchange", "Group", "Inc" ("Bybit Exchange" ~ "Bybit"). */
export function coreName(name: string): string {
  const words = normalizeName(name).split(' ').filter(Boolean);
  const kept = words.filter((w) => !NOISE_WORDS.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** Alias knowledge the matcher may use: normalised alias → entity ids (from the lexicon). */
export interface AliasIndex {
  idsOf(name: string): Set<string>;
}

export const EMPTY_ALIASES: AliasIndex = { idsOf: () => new Set() };

export function aliasIndex(terms: { alias: string; id: string; name: string }[]): AliasIndex {
  const byKey = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    if (!key) return;
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    set.add(id);
  };
  for (const t of terms) {
    add(normalizeName(t.alias), t.id);
    add(normalizeName(t.name), t.id);
    add(coreName(t.alias), t.id);
    add(coreName(t.name), t.id);
  }
  return {
    idsOf(name) {
      const out = new Set<string>();
      for (const key of [normalizeName(name), coreName(name)])
        for (const id of byKey.get(key) ?? []) out.add(id);
      return out;
    },
  };
}

function countryKey(name: string): string | null {
  const n = normalizeName(name);
  for (const [re, key] of COUNTRY_KEYS) if (re.test(n)) return key;
  return null;
}

/** Is a country-only attribution ("North Korean hackers") rather than a named group? */
function isCountryOnly(name: string): boolean {
  const key = countryKey(name);
  if (!key) return false;
  const rest = normalizeName(name)
    .replace(/\b(north korea|north korean|dprk|russia|russian|iran|iranian|china|chinese)\b/g, '')
    .split(' ')
    .filter((w) => w && !NOISE_WORDS.has(w) && w !== 'government' && w !== 'linked');
  return rest.length === 0;
}

/** Does one written name denote the same entity as another? Lenient, symmetric. */
export function namesMatch(a: string, b: string, aliases: AliasIndex = EMPTY_ALIASES): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const ca = coreName(a);
  const cb = coreName(b);
  if (ca === cb) return true;
  if (isCountryOnly(a) || isCountryOnly(b)) {
    const ka = countryKey(a);
    return ka !== null && ka === countryKey(b) && isCountryOnly(a) === isCountryOnly(b);
  }
  const ia = aliases.idsOf(a);
  if (ia.size) for (const id of aliases.idsOf(b)) if (ia.has(id)) return true;
  // One name a whole-word prefix of the other: "Bybit" ~ "Bybit Fintech".
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.length >= 4 && long.startsWith(`${short} `);
}

function alternatives(name: ExpectedName): string[] {
  return Array.isArray(name) ? name : [name];
}

/** Does an engine entity match an expected name (any alternative, canonical or as written)? */
export function entityMatches(
  expected: ExpectedName,
  entity: Pick<Entity, 'name' | 'text'> & { entityId?: string },
  aliases: AliasIndex = EMPTY_ALIASES,
): boolean {
  return alternatives(expected).some(
    (alt) =>
      namesMatch(alt, entity.name, aliases) ||
      // The text as written counts too, except for a country: "North Korean hackers" written
      // but "Lazarus Group" named is exactly the silent upgrade the engine must not make.
      (!isCountryOnly(alt) && entity.text !== undefined && namesMatch(alt, entity.text, aliases)) ||
      (entity.entityId !== undefined && aliases.idsOf(alt).has(entity.entityId)),
  );
}

// ---------------------------------------------------------------------------------------------
// Comparing one Analysis with its expected.json

export interface SetMatch {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  extra: string[];
}

/** Match predicted entities to expected names one-to-one (greedy, in order). */
export function matchEntities(
  expected: ExpectedName[],
  predicted: Entity[],
  aliases: AliasIndex = EMPTY_ALIASES,
): SetMatch {
  const used = new Set<number>();
  const missed: string[] = [];
  let tp = 0;
  for (const exp of expected) {
    const i = predicted.findIndex((p, idx) => !used.has(idx) && entityMatches(exp, p, aliases));
    if (i >= 0) {
      used.add(i);
      tp++;
      // Further predictions of the same entity (alias and canonical both listed) are not wrong.
      predicted.forEach((p, idx) => {
        if (!used.has(idx) && entityMatches(exp, p, aliases)) used.add(idx);
      });
    } else missed.push(alternatives(exp).join(' / '));
  }
  const extra = predicted.filter((_, idx) => !used.has(idx)).map((p) => p.name);
  return { tp, fp: extra.length, fn: missed.length, missed, extra };
}

/**
 * Same value within 1 % and same currency as the expected amount or one of its equivalents
 * (the same theft written in another unit), or USD within 2 %.
 */
export function amountMatches(
  expected: Expected,
  predicted: Analysis['incident']['amount'],
): boolean {
  const exp = expected.amount;
  if (!exp || !predicted) return false;
  const close = (x: number, y: number, tol: number) => Math.abs(x - y) <= tol * Math.abs(y);
  const currency = predicted.currency.toUpperCase();
  for (const target of [exp, ...(expected.equivalents ?? [])])
    if (currency === target.currency && close(predicted.value, target.value, 0.01)) return true;
  const expUsd =
    expected.usd ?? [exp, ...(expected.equivalents ?? [])].find((a) => a.currency === 'USD')?.value;
  const predUsd = predicted.usd ?? (currency === 'USD' ? predicted.value : undefined);
  return expUsd !== undefined && predUsd !== undefined && close(predUsd, expUsd, 0.02);
}

/** Compact form for comparing amount texts: no spaces of any kind, lower case. */
export function squashAmount(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u202f]+/g, '')
    .toLowerCase();
}

/** Is `needle` inside `hay` without cutting a number or word ("$1" is not in "$182million")? */
function containsWhole(hay: string, needle: string): boolean {
  const cont = /[\p{L}\p{N}.,]/u;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    const startsInside = before !== undefined && cont.test(before) && cont.test(needle[0] ?? '');
    const endsInside =
      after !== undefined && cont.test(after) && cont.test(needle[needle.length - 1] ?? '');
    if (!startsInside && !endsInside) return true;
  }
  return false;
}

/** Did the engine pick one of the fixture's decoy amounts as the stolen amount? */
export function decoyChosen(
  expected: Expected,
  predicted: Analysis['incident']['amount'],
): string | null {
  if (!predicted) return null;
  const p = squashAmount(predicted.text);
  if (!p) return null;
  for (const decoy of expected.decoyAmounts) {
    const d = squashAmount(decoy);
    if (d && (p === d || containsWhole(p, d) || containsWhole(d, p))) return decoy;
  }
  return null;
}

export interface FixtureResult {
  fixture: Fixture;
  predictedHack: boolean;
  actors: SetMatch;
  victims: SetMatch;
  /** null when the fixture expects no victim and the engine gave none. */
  primaryVictim: { predicted: string | null; correct: boolean } | null;
  amount: { expected: boolean; predicted: boolean; correct: boolean; text: string | null };
  decoy: string | null;
  /** Negatives only: the engine filled incident fields. */
  negativeLeak: boolean;
  date: { expected: string | null; predicted: string | null };
  failures: string[];
}

export function compare(
  fixture: Fixture,
  analysis: Analysis,
  aliases: AliasIndex = EMPTY_ALIASES,
): FixtureResult {
  const exp = fixture.expected;
  const inc = analysis.incident;
  const failures: string[] = [];
  const predictedHack = analysis.isCryptoHack;
  if (predictedHack !== exp.isCryptoHack)
    failures.push(
      `isCryptoHack: expected ${exp.isCryptoHack}, got ${predictedHack} (score ${analysis.score.toFixed(2)}; ${analysis.reasons.slice(0, 3).join('; ')})`,
    );

  const actors = matchEntities(exp.actors, inc.actors, aliases);
  const victims = matchEntities(exp.victims, inc.victims, aliases);
  if (actors.fn) failures.push(`actors missed: ${actors.missed.join(', ')}`);
  if (actors.fp) failures.push(`actors extra: ${actors.extra.join(', ')}`);

  let primaryVictim: FixtureResult['primaryVictim'] = null;
  const first = inc.victims[0];
  if (exp.victims.length || first) {
    const correct = !!first && exp.victims.some((v) => entityMatches(v, first, aliases));
    primaryVictim = { predicted: first ? first.name : null, correct };
    if (!correct)
      failures.push(
        `primary victim: expected ${exp.victims.map((v) => alternatives(v)[0]).join(' or ') || '(none)'}, got ${first ? first.name : '(none)'}`,
      );
  }

  const amountCorrect = amountMatches(exp, inc.amount);
  const amount = {
    expected: exp.amount !== null,
    predicted: inc.amount !== null,
    correct: amountCorrect,
    text: inc.amount ? inc.amount.text : null,
  };
  if (exp.amount && !amountCorrect)
    failures.push(
      `amount: expected ${exp.amount.value} ${exp.amount.currency}, got ${inc.amount ? `${inc.amount.value} ${inc.amount.currency} ("${inc.amount.text}")` : '(none)'}`,
    );
  if (!exp.amount && inc.amount && exp.isCryptoHack)
    failures.push(`amount: expected none, got "${inc.amount.text}"`);

  const decoy = decoyChosen(exp, inc.amount);
  if (decoy) failures.push(`decoy chosen as stolen amount: "${decoy}"`);

  const negativeLeak =
    !exp.isCryptoHack && (inc.victims.length > 0 || inc.actors.length > 0 || inc.amount !== null);
  if (negativeLeak) failures.push('negative has incident fields');

  const date = { expected: exp.date, predicted: inc.date };
  if (exp.isCryptoHack && exp.date && inc.date !== exp.date)
    failures.push(`date: expected ${exp.date}, got ${inc.date ?? '(none)'}`);

  return {
    fixture,
    predictedHack,
    actors,
    victims,
    primaryVictim,
    amount,
    decoy,
    negativeLeak,
    date,
    failures,
  };
}

// ---------------------------------------------------------------------------------------------
// Aggregate metrics

export interface Metrics {
  fixtures: number;
  positives: number;
  negatives: number;
  classification: {
    tp: number;
    fp: number;
    fn: number;
    tn: number;
    precision: number;
    recall: number;
    f1: number;
  };
  actors: { tp: number; fp: number; fn: number; precision: number; recall: number };
  primaryVictim: {
    correct: number;
    predicted: number;
    expected: number;
    precision: number;
    recall: number;
  };
  amount: { correct: number; expected: number; accuracy: number };
  decoysChosen: number;
  negativesWithIncident: number;
  date: { correct: number; expected: number; accuracy: number };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function aggregate(results: FixtureResult[]): Metrics {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  let aTp = 0,
    aFp = 0,
    aFn = 0;
  let vCorrect = 0,
    vPred = 0,
    vExp = 0;
  let amCorrect = 0,
    amExp = 0,
    decoys = 0,
    leaks = 0,
    dCorrect = 0,
    dExp = 0;
  for (const r of results) {
    const exp = r.fixture.expected;
    if (exp.isCryptoHack && r.predictedHack) tp++;
    else if (!exp.isCryptoHack && r.predictedHack) fp++;
    else if (exp.isCryptoHack && !r.predictedHack) fn++;
    else tn++;
    aTp += r.actors.tp;
    aFp += r.actors.fp;
    aFn += r.actors.fn;
    if (r.primaryVictim) {
      if (r.primaryVictim.predicted !== null) vPred++;
      if (exp.victims.length) vExp++;
      if (r.primaryVictim.correct) vCorrect++;
    }
    if (exp.amount) {
      amExp++;
      if (r.amount.correct) amCorrect++;
    }
    if (r.decoy) decoys++;
    if (r.negativeLeak) leaks++;
    if (exp.isCryptoHack && exp.date) {
      dExp++;
      if (r.date.predicted === exp.date) dCorrect++;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    fixtures: results.length,
    positives: results.filter((r) => r.fixture.expected.isCryptoHack).length,
    negatives: results.filter((r) => !r.fixture.expected.isCryptoHack).length,
    classification: {
      tp,
      fp,
      fn,
      tn,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    },
    actors: {
      tp: aTp,
      fp: aFp,
      fn: aFn,
      precision: ratio(aTp, aTp + aFp),
      recall: ratio(aTp, aTp + aFn),
    },
    primaryVictim: {
      correct: vCorrect,
      predicted: vPred,
      expected: vExp,
      precision: ratio(vCorrect, vPred),
      recall: ratio(vCorrect, vExp),
    },
    amount: { correct: amCorrect, expected: amExp, accuracy: ratio(amCorrect, amExp) },
    decoysChosen: decoys,
    negativesWithIncident: leaks,
    date: { correct: dCorrect, expected: dExp, accuracy: ratio(dCorrect, dExp) },
  };
}
