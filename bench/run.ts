// `npm run bench`: builds the extension, runs the six benchmarks of issue 7 and writes
// bench/results.json and bench/results.md. `npm run bench -- pages card` runs only those
// sections (engine, pages, non-story, card, dataset, bundle); `--no-build` reuses the last build;
// `--report-only` re-renders results.md from results.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM } from '../tests/e2e/support/chromium';
import { BENCH_DIR, DIST, openSession, OUT_DIR, PAGES } from './lib/browser';
import { log } from './lib/stats';
import { benchBundle } from './sections/bundle';
import { benchCard } from './sections/card';
import { benchDataset } from './sections/dataset';
import { benchEngine } from './sections/engine';
import { benchNonStory } from './sections/non-story';
import { benchPages, lexiconAliases } from './sections/pages';
import { storyPage } from './gen/story';
import { renderMarkdown, type Results } from './report';

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const want = (s: string) => only.length === 0 || only.includes(s);

function sh(cmd: string, argv: string[]): string {
  try {
    return execFileSync(cmd, argv, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

function notes(): string | undefined {
  const file = resolve(BENCH_DIR, 'notes.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

async function main(): Promise<void> {
  if (args.includes('--report-only')) {
    // Re-render bench/results.md from bench/results.json (after editing bench/notes.md).
    const saved = JSON.parse(readFileSync(resolve(BENCH_DIR, 'results.json'), 'utf8')) as Results;
    writeFileSync(resolve(BENCH_DIR, 'results.md'), renderMarkdown(saved, notes()));
    return;
  }
  const started = Date.now();
  mkdirSync(PAGES, { recursive: true });
  if (!args.includes('--no-build')) {
    log('building the extension (vite build) into', DIST);
    execFileSync(
      'npx',
      ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'],
      {
        stdio: 'inherit',
      },
    );
  }
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: sh(CHROMIUM, ['--version']),
      loadAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    commit: sh('git', ['rev-parse', '--short', 'HEAD']),
    dirty: sh('git', ['status', '--porcelain', '--', 'src']).split('\n').filter(Boolean).length,
    lexiconAliases: lexiconAliases().length,
  };

  if (want('engine')) results.engine = benchEngine();
  if (want('pages') || want('non-story') || want('card')) {
    const session = await openSession();
    results.browser = { extensionId: session.browser.extensionId };
    try {
      if (want('pages')) results.pages = await benchPages(session);
      if (want('non-story')) results.nonStory = await benchNonStory(session);
      if (want('card')) {
        writeFileSync(resolve(PAGES, 'story-10000.html'), storyPage(10_000).html);
        results.card = await benchCard(session, 'story-10000.html');
      }
    } finally {
      await session.close();
    }
  }
  if (want('dataset')) results.dataset = await benchDataset();
  if (want('bundle')) results.bundle = benchBundle(DIST);
  results.durationS = Math.round((Date.now() - started) / 1000);
  results.machine.loadAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);

  // A partial run (some sections only) goes to bench/out/, never over the committed results.
  const dir = only.length ? OUT_DIR : BENCH_DIR;
  writeFileSync(resolve(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(resolve(dir, 'results.md'), renderMarkdown(results, notes()));
  log(`done in ${results.durationS} s: ${resolve(dir, 'results.md')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
