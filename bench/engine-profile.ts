// `npx tsx bench/engine-profile.ts [story10k|story200k|adversarial] [--reps N]`: warm timings of
// analyze() on the engine bench's inputs (min and median of N runs, steadier than the bench's
// medians on a shared machine), then a CPU profile of the same runs summarised by self time per
// function, so speed work goes after the real hot spots.
import { Session } from 'node:inspector/promises';
import { analyze } from '../src/core/analyze';
import { bundledLexicon } from '../src/data/lexicon';
import { adversarialText, storyText } from './gen/story';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const CASES: Record<string, () => string> = {
  story10k: () => storyText(10_000),
  story200k: () => storyText(200_000),
  adversarial: () => adversarialText(1_000_000),
};

const args = process.argv.slice(2);
const repsAt = args.indexOf('--reps');
const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : 10;
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--reps');
const lexicon = bundledLexicon();

async function main(): Promise<void> {
  let t = performance.now();
  analyze(storyText(10_000), { lexicon });
  console.log(`cold first call (10 KB story): ${(performance.now() - t).toFixed(1)} ms`);
  for (const name of names.length ? names : Object.keys(CASES)) {
    const text = CASES[name]!();
    analyze(text, { lexicon });
    const times: number[] = [];
    for (let i = 0; i < reps; i++) {
      t = performance.now();
      analyze(text, { lexicon });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const med = times[times.length >> 1]!;
    const mbs = (ms: number) => (text.length / 1e6 / (ms / 1000)).toFixed(2);
    console.log(
      `${name}: min ${times[0]!.toFixed(1)} ms (${mbs(times[0]!)} MB/s), median ${med.toFixed(1)} ms (${mbs(med)} MB/s)`,
    );

    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < reps; i++) analyze(text, { lexicon });
    const { profile } = (await session.post('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[] };
    };
    session.disconnect();
    const self = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      total += hits;
      const f = node.callFrame;
      const file = f.url.replace(/^.*\/(src|node_modules)\//, '');
      const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + hits);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [key, hits] of top)
      console.log(`  ${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
