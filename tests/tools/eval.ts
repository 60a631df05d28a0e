// `npm run eval [-- --verbose] [-- --json] [-- --set dev|holdout|holdout2|holdout3]
// [-- --holdout-details] [-- --holdout2-details] [-- --holdout3-details]`: runs the
// engine over the golden fixtures and reports per field. It reports; it does not gate (exits 0
// unless the engine cannot be loaded at all).
//
// The holdout set measures generalisation, so its per-fixture failures stay hidden unless asked
// for with --holdout-details: whoever tunes the engine sees only the holdout's totals. holdout2 is a
// second, later held-out set (never seen while tuning); its details need --holdout2-details. holdout3
// is a third, blind set written without reading the engine; its details need --holdout3-details.
import type { Analysis } from '../../src/core/types';
import type { Lexicon } from '../../src/core/lexicon';
import {
  aggregate,
  aliasIndex,
  compare,
  EMPTY_ALIASES,
  fixtureText,
  loadFixtures,
  type AliasIndex,
  type FixtureResult,
  type Metrics,
  SET_NAMES,
  type SetName,
} from './fixtures';

interface Engine {
  analyze: (text: string, options?: { lexicon?: Lexicon }) => Analysis;
  lexicon: Lexicon | undefined;
}

/** The engine is imported by path at run time so this script type-checks before it lands. */
async function loadEngine(): Promise<Engine> {
  const analyzePath = '../../src/core/analyze';
  const lexiconPath = '../../src/data/lexicon';
  const core = (await import(analyzePath)) as { analyze: Engine['analyze'] };
  let lexicon: Lexicon | undefined;
  try {
    const data = (await import(lexiconPath)) as { bundledLexicon: () => Lexicon };
    lexicon = data.bundledLexicon();
  } catch (err) {
    console.error(`warning: no bundled lexicon (${(err as Error).message}); running without one`);
  }
  return { analyze: core.analyze, lexicon };
}

async function runSet(set: SetName, engine: Engine, aliases: AliasIndex): Promise<FixtureResult[]> {
  const results: FixtureResult[] = [];
  for (const fixture of loadFixtures(set)) {
    const text = await fixtureText(fixture);
    let analysis: Analysis;
    try {
      analysis = engine.analyze(text, engine.lexicon ? { lexicon: engine.lexicon } : {});
    } catch (err) {
      analysis = {
        schema: 'heistlens/analysis@1',
        isCryptoHack: false,
        score: 0,
        reasons: [`engine threw: ${(err as Error).message}`],
        incident: { victims: [], actors: [], amount: null, date: null },
        mentions: [],
      };
    }
    results.push(compare(fixture, analysis, aliases));
  }
  return results;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(rows: [string, Metrics][]): string {
  const lines: string[][] = [
    ['', ...rows.map(([name]) => name)],
    ['fixtures (pos/neg)', ...rows.map(([, m]) => `${m.fixtures} (${m.positives}/${m.negatives})`)],
    ['classification P', ...rows.map(([, m]) => pct(m.classification.precision))],
    ['classification R', ...rows.map(([, m]) => pct(m.classification.recall))],
    ['classification F1', ...rows.map(([, m]) => pct(m.classification.f1))],
    [
      'attackers P',
      ...rows.map(
        ([, m]) => `${pct(m.actors.precision)} (${m.actors.tp}/${m.actors.tp + m.actors.fp})`,
      ),
    ],
    [
      'attackers R',
      ...rows.map(
        ([, m]) => `${pct(m.actors.recall)} (${m.actors.tp}/${m.actors.tp + m.actors.fn})`,
      ),
    ],
    [
      'primary victim P',
      ...rows.map(
        ([, m]) =>
          `${pct(m.primaryVictim.precision)} (${m.primaryVictim.correct}/${m.primaryVictim.predicted})`,
      ),
    ],
    [
      'primary victim R',
      ...rows.map(
        ([, m]) =>
          `${pct(m.primaryVictim.recall)} (${m.primaryVictim.correct}/${m.primaryVictim.expected})`,
      ),
    ],
    [
      'stolen amount acc',
      ...rows.map(
        ([, m]) => `${pct(m.amount.accuracy)} (${m.amount.correct}/${m.amount.expected})`,
      ),
    ],
    ['decoys chosen', ...rows.map(([, m]) => String(m.decoysChosen))],
    ['negatives w/ incident', ...rows.map(([, m]) => String(m.negativesWithIncident))],
    [
      'date acc',
      ...rows.map(([, m]) => `${pct(m.date.accuracy)} (${m.date.correct}/${m.date.expected})`),
    ],
  ];
  const widths = lines[0]!.map((_, col) => Math.max(...lines.map((l) => (l[col] ?? '').length)));
  return lines
    .map((l, i) => {
      const row = l
        .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!)))
        .join('  ');
      return i === 0 ? `${row}\n${'-'.repeat(row.length)}` : row;
    })
    .join('\n');
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const holdoutDetails = argv.includes('--holdout-details');
  const holdout2Details = argv.includes('--holdout2-details');
  const holdout3Details = argv.includes('--holdout3-details');
  const detailed = (r: FixtureResult) =>
    r.failures.length > 0 &&
    (r.fixture.set === 'dev' ||
      (r.fixture.set === 'holdout' && holdoutDetails) ||
      (r.fixture.set === 'holdout2' && holdout2Details) ||
      (r.fixture.set === 'holdout3' && holdout3Details));
  const json = argv.includes('--json');
  const setArg = argv[argv.indexOf('--set') + 1];
  const sets: SetName[] =
    argv.includes('--set') && SET_NAMES.includes(setArg as SetName)
      ? [setArg as SetName]
      : [...SET_NAMES];

  let engine: Engine;
  try {
    engine = await loadEngine();
  } catch (err) {
    console.error(`eval: cannot load the engine (src/core/analyze): ${(err as Error).message}`);
    return 1;
  }
  const aliases = engine.lexicon ? aliasIndex(engine.lexicon.terms) : EMPTY_ALIASES;

  const bySet = new Map<SetName, FixtureResult[]>();
  for (const set of sets) bySet.set(set, await runSet(set, engine, aliases));
  const all = [...bySet.values()].flat();
  const rows: [string, Metrics][] = [...bySet.entries()].map(([name, r]) => [name, aggregate(r)]);
  if (sets.length > 1) rows.push(['all', aggregate(all)]);

  if (json) {
    const summary = {
      sets: Object.fromEntries(rows),
      failures: verbose
        ? all
            .filter(detailed)
            .map((r) => ({ set: r.fixture.set, slug: r.fixture.slug, failures: r.failures }))
        : undefined,
    };
    console.log(JSON.stringify(summary, null, 2));
    return 0;
  }
  console.log(table(rows));
  if (verbose) {
    for (const r of all) {
      if (!detailed(r)) continue;
      console.log(
        `\n${r.fixture.set}/${r.fixture.slug} [${r.fixture.expected.kind}, ${r.fixture.expected.lang}, ${r.fixture.expected.category}]`,
      );
      for (const f of r.failures) console.log(`  - ${f}`);
    }
    const hidden = all.filter((r) => r.fixture.set === 'holdout' && r.failures.length).length;
    if (hidden && !holdoutDetails)
      console.log(`\n(${hidden} holdout fixtures with failures not listed: --holdout-details)`);
    const hidden2 = all.filter((r) => r.fixture.set === 'holdout2' && r.failures.length).length;
    if (hidden2 && !holdout2Details)
      console.log(`\n(${hidden2} holdout2 fixtures with failures not listed: --holdout2-details)`);
    const hidden3 = all.filter((r) => r.fixture.set === 'holdout3' && r.failures.length).length;
    if (hidden3 && !holdout3Details)
      console.log(`\n(${hidden3} holdout3 fixtures with failures not listed: --holdout3-details)`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
