// `npm run fixture:add -- <slug> [--from file.txt|file.html] [--holdout]`: creates a fixture pair
// (source + expected.json). expected.json is pre-filled from what the engine currently says, so
// the author only corrects it — it is a draft, never the truth until a human has read it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Analysis } from '../../src/core/types';
import type { Lexicon } from '../../src/core/lexicon';
import {
  DEV_DIR,
  HOLDOUT_DIR,
  htmlToText,
  loadAll,
  validateExpected,
  type Expected,
} from './fixtures';

const USAGE = 'usage: npm run fixture:add -- <slug> [--from file.txt|file.html] [--holdout]';

function draftFrom(analysis: Analysis | null): Expected {
  if (!analysis || !analysis.isCryptoHack)
    return {
      isCryptoHack: false,
      victims: [],
      actors: [],
      amount: null,
      date: null,
      decoyAmounts: analysis
        ? analysis.mentions.filter((m) => m.kind === 'amount').map((m) => m.text)
        : [],
      kind: 'negative',
      category: 'TODO',
      lang: 'en',
      notes: 'DRAFT from the engine: check every field, then delete this note.',
    };
  const inc = analysis.incident;
  const amount = inc.amount;
  return {
    isCryptoHack: true,
    victims: inc.victims.map((v) => v.name),
    actors: inc.actors.map((a) => a.name),
    amount: amount ? { value: amount.value, currency: amount.currency.toUpperCase() } : null,
    ...(amount?.usd !== undefined && amount.currency.toUpperCase() !== 'USD'
      ? { usd: amount.usd }
      : {}),
    date: inc.date,
    decoyAmounts: analysis.mentions
      // Other mentions of the stolen figure itself are not decoys.
      .filter((m) => m.kind === 'amount' && m.role !== 'stolen' && m.value !== amount?.value)
      .map((m) => m.text),
    kind: 'positive',
    category: 'TODO',
    lang: 'en',
    notes: 'DRAFT from the engine: check every field, then delete this note.',
  };
}

async function engineAnalysis(text: string): Promise<Analysis | null> {
  try {
    const analyzePath = '../../src/core/analyze';
    const lexiconPath = '../../src/data/lexicon';
    const { analyze } = (await import(analyzePath)) as {
      analyze: (t: string, o?: { lexicon?: Lexicon }) => Analysis;
    };
    let lexicon: Lexicon | undefined;
    try {
      lexicon = ((await import(lexiconPath)) as { bundledLexicon: () => Lexicon }).bundledLexicon();
    } catch {
      lexicon = undefined;
    }
    return analyze(text, lexicon ? { lexicon } : {});
  } catch (err) {
    console.error(`note: engine not available (${(err as Error).message}); writing an empty draft`);
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const slug = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--from');
  const fromIdx = argv.indexOf('--from');
  const from = fromIdx >= 0 ? argv[fromIdx + 1] : undefined;
  const holdout = argv.includes('--holdout');
  if (!slug || !/^[a-z0-9][a-z0-9-]*$/.test(slug) || (fromIdx >= 0 && !from)) {
    console.error(USAGE);
    console.error('slug: lower-case letters, digits and dashes');
    return 2;
  }
  if (loadAll().some((f) => f.slug === slug)) {
    console.error(
      `fixture "${slug}" already exists (slugs are unique across articles/ and articles-holdout/)`,
    );
    return 1;
  }
  const dir = holdout ? HOLDOUT_DIR : DEV_DIR;
  mkdirSync(dir, { recursive: true });
  const ext = from && /^\.html?$/i.test(extname(from)) ? 'html' : 'txt';
  const sourcePath = join(dir, `${slug}.${ext}`);
  const expectedPath = join(dir, `${slug}.expected.json`);
  if (existsSync(sourcePath) || existsSync(expectedPath)) {
    console.error(`${sourcePath} or its expected.json already exists`);
    return 1;
  }
  if (from) copyFileSync(from, sourcePath);
  else writeFileSync(sourcePath, 'Headline\n\nPaste or write the article text here.\n');

  const raw = readFileSync(sourcePath, 'utf8');
  const text = ext === 'html' ? await htmlToText(raw) : raw;
  const draft = draftFrom(from ? await engineAnalysis(text) : null);
  writeFileSync(expectedPath, `${JSON.stringify(draft, null, 2)}\n`);
  const problems = validateExpected(draft).filter((p) => !p.startsWith('category'));
  console.log(`created ${sourcePath}`);
  console.log(`created ${expectedPath}`);
  console.log(
    from
      ? "expected.json is PRE-FILLED FROM THE ENGINE'S CURRENT OUTPUT: correct every field (names, amount, date, decoys, kind, category, lang) and remove the notes line before committing."
      : 'expected.json is an empty draft: write the article, then fill in every field.',
  );
  if (problems.length) console.log(`schema warnings: ${problems.join('; ')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
