// Golden output of `analyze` for refactors that must not change it (speed work, clean-ups): every
// dev fixture, the bench's engine inputs and a few hundred seeded adversarial strings, analysed
// with the bundled lexicon; a SHA-256 of each Analysis is kept in
// tests/unit/core/__snapshots__/engine-golden.json and checked by engine-golden.test.ts.
//
//   npx tsx tests/tools/engine-golden.ts            rewrite the snapshot (only when a rule change
//                                                  is meant to change the output)
//   npx tsx tests/tools/engine-golden.ts --dump DIR  write each input's full Analysis to DIR, to
//                                                  diff two versions of the engine
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adversarialText, storyText } from '../../bench/gen/story';
import { analyze } from '../../src/core/analyze';
import { VOCABULARIES } from '../../src/core/vocabulary/index';
import { PREFIX_CURRENCY, SCALES, SUFFIX_CURRENCY, TICKERS } from '../../src/core/units';
import { bundledLexicon } from '../../src/data/lexicon';
import { rng, type Rng } from '../unit/library/generate';
import { fixtureText, loadFixtures, ROOT } from './fixtures';

export const SNAPSHOT = join(ROOT, 'tests/unit/core/__snapshots__/engine-golden.json');

export interface GoldenInput {
  name: string;
  text: string;
  now?: string;
}

/** Characters and words that stress normalisation, splitting, matching and amount scanning. */
const NOISE = [
  '$', '$$', '€', '£', '¥', '₩', '₹', '₱', '₿', 'Ξ', 'US$', 'R$', 'HK$', 'Rs.', 'Rs', '₽', '₺',
  ',', '.', '...', '…', ' ', '  ', '\u00a0', '\u202f', '\u2009', '\u3000', '\n', '\n\n', '\r\n',
  '\t', '(', ')', '[', ']', '-', '–', '—', '~', '≈', '%', '|', '•', '▲', '▼', ':', ';', '!', '?',
  '"', '“', '”', '‘', '’', "'", '«', '»', '。', '！', '？', '0', '1', '5', '9', '12', '007',
  '1,000', '37.3', '1.234.567,8', '1 000 000', '８５３５', '٣', '²', 'ﬁ', 'Ⅻ', '\u200b', '\u200d',
  '\u00ad', '\ufeff', '🚨', '👨‍💻', '\ud800', '\udc00', '𝐀', 'С', 'о', 'ο', 'Α', 'ѕ', 'і', 'ԁ',
  'Сoinѕ', 'Віnance', 'Ηarmony', 'Лазарь', 'Ελληνικά', 'хакеры', 'ハッカー', '해커', 'हैकर',
  '億円', '万', '개', '枚', '兆', '조', '억', '만', '천', '千', 'करोड़', 'लाख', 'crore', 'lakh',
  'million', 'bn', 'M', 'm', 'k', 'mil millones', 'de dólares', "d'euros", 'of', 'to', 'and',
  'about', '(about', 'worth', 'approx.', 'Mr.', 'U.S.', 'N.', 'Inc.', 'am 11. Juli', '2023',
  '2019-07-22', '22.07.2023', '2023年7月22日', '2024년 5월 31일', '7月22日', 'on Friday',
  'last Thursday', 'yesterday', 'in April', 'since May 2024', 'Related Posts', 'Read more',
  'Sponsored', 'By Jane Doe', 'Updated', 'percent', '%', 'hackathon', 'life hack',
]; // prettier-ignore

const MONTHS = [
  'July', 'Sept', 'dec', 'mayo', 'março', 'février', 'août', 'März', 'dicembre', 'июля', 'मई',
  'अक्टूबर', 'Jan', 'Juli', 'octobre', 'may',
]; // prettier-ignore

function words(): string[] {
  const out = new Set<string>();
  for (const voc of VOCABULARIES)
    for (const [kind, terms] of Object.entries(voc)) {
      if (kind === 'lang' || !Array.isArray(terms)) continue;
      for (const t of terms as string[]) out.add(t.replace(/\*$/, ''));
    }
  for (const k of Object.keys(SCALES)) out.add(k);
  for (const k of Object.keys(SUFFIX_CURRENCY)) out.add(k);
  for (const k of Object.keys(PREFIX_CURRENCY)) out.add(k);
  for (const k of TICKERS) out.add(k);
  for (const m of MONTHS) out.add(m);
  return [...out].sort();
}

function caseVariant(r: Rng, s: string): string {
  const k = r.int(0, 4);
  if (k === 0) return s.toUpperCase();
  if (k === 1) return s.toLowerCase();
  if (k === 2) return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

function randomString(r: Rng, vocab: string[], aliases: string[], maxLen: number): string {
  const len = r.int(0, maxLen);
  const parts: string[] = [];
  let n = 0;
  while (n < len) {
    const k = r.int(0, 9);
    let p: string;
    if (k <= 3) p = r.pick(NOISE);
    else if (k <= 5) p = caseVariant(r, r.pick(vocab));
    else if (k <= 7) p = caseVariant(r, r.pick(aliases));
    else if (k === 8) p = String(r.int(0, 2_000_000_000));
    else
      p = `${r.pick(['$', '€', '', '¥'])}${r.int(1, 999)}.${r.int(0, 99)} ${r.pick(['million', 'billion', 'ETH', 'BTC', '億円', 'crore', ''])}`;
    parts.push(p, r.pick([' ', ' ', ' ', '', '\n', '. ', ', ']));
    n += p.length + 1;
  }
  return parts.join('');
}

/** A fixture's text with noise spliced in: real sentences around hostile characters. */
function mutate(r: Rng, text: string, vocab: string[], aliases: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const step = r.int(20, 400);
    out.push(text.slice(i, i + step));
    i += step;
    const k = r.int(0, 3);
    if (k === 0) out.push(r.pick(NOISE));
    else if (k === 1) out.push(` ${caseVariant(r, r.pick(aliases))} `);
    else if (k === 2) out.push(` ${r.pick(vocab)} `);
  }
  return out.join('');
}

export async function goldenInputs(): Promise<GoldenInput[]> {
  const inputs: GoldenInput[] = [];
  const fixtures = loadFixtures('dev');
  const texts: string[] = [];
  for (const f of fixtures) {
    const text = await fixtureText(f);
    texts.push(text);
    inputs.push({ name: `fixture/${f.slug}`, text });
  }
  inputs.push({ name: 'bench/10 KB story', text: storyText(10_000) });
  inputs.push({ name: 'bench/200 KB long read', text: storyText(200_000) });
  inputs.push({ name: 'bench/1 MB adversarial', text: adversarialText(1_000_000) });
  inputs.push({ name: 'bench/50 KB adversarial seed 7', text: adversarialText(50_000, 7) });

  const vocab = words();
  const aliases = [...new Set(bundledLexicon().terms.map((t) => t.alias))].sort();
  const r = rng(20240601);
  for (let i = 0; i < 300; i++)
    inputs.push({
      name: `random/${i}`,
      text: randomString(r, vocab, aliases, i < 250 ? 600 : 6000),
    });
  for (let i = 0; i < 60; i++) {
    const base = texts[r.int(0, texts.length - 1)]!;
    inputs.push({ name: `mutant/${i}`, text: mutate(r, base, vocab, aliases) });
  }
  // the `now` option filters future dates
  for (let i = 0; i < 6; i++)
    inputs.push({ name: `now/${i}`, text: texts[i * 7]!, now: `20${19 + i}-06-15` });
  return inputs;
}

export function goldenHash(input: GoldenInput): string {
  const a = analyze(input.text, {
    lexicon: bundledLexicon(),
    ...(input.now ? { now: input.now } : {}),
  });
  return createHash('sha256').update(JSON.stringify(a)).digest('hex').slice(0, 24);
}

async function main(): Promise<void> {
  const inputs = await goldenInputs();
  const dump = process.argv.indexOf('--dump');
  if (dump > 0) {
    const dir = process.argv[dump + 1]!;
    mkdirSync(dir, { recursive: true });
    for (const input of inputs) {
      const a = analyze(input.text, {
        lexicon: bundledLexicon(),
        ...(input.now ? { now: input.now } : {}),
      });
      writeFileSync(
        join(dir, `${input.name.replace(/[^\w.-]+/g, '_')}.json`),
        JSON.stringify(a, null, 1),
      );
    }
    return;
  }
  const hashes: Record<string, string> = {};
  for (const input of inputs) hashes[input.name] = goldenHash(input);
  mkdirSync(join(SNAPSHOT, '..'), { recursive: true });
  writeFileSync(SNAPSHOT, JSON.stringify({ inputs: inputs.length, hashes }, null, 2) + '\n');
  console.log(`wrote ${inputs.length} hashes to ${SNAPSHOT}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
