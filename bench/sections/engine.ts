// 1. The engine in Node: analyze() throughput on a 10 KB story, a 200 KB long read and 1 MB of
// adversarial text (digits, currency signs, punctuation runs).
import { analyze } from '../../src/core/analyze';
import { bundledLexicon } from '../../src/data/lexicon';
import { adversarialText, storyText } from '../gen/story';
import { figure, log, type Figure } from '../lib/stats';

export interface EngineCase {
  name: string;
  chars: number;
  ms: Figure;
  mbPerS: Figure;
  /** First call in this process (lexicon automaton compiled, JIT cold). */
  coldMs?: number;
  isCryptoHack: boolean;
  mentions: number;
}

export function benchEngine(): EngineCase[] {
  const lexicon = bundledLexicon();
  const cases = [
    { name: '10 KB story', text: storyText(10_000), reps: 20 },
    { name: '200 KB long read', text: storyText(200_000), reps: 7 },
    { name: '1 MB adversarial', text: adversarialText(1_000_000), reps: 3 },
  ];
  const out: EngineCase[] = [];
  let first = true;
  for (const c of cases) {
    let t = performance.now();
    const a = analyze(c.text, { lexicon });
    const warm = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < c.reps; i++) {
      t = performance.now();
      analyze(c.text, { lexicon });
      times.push(performance.now() - t);
    }
    const mb = c.text.length / 1e6;
    out.push({
      name: c.name,
      chars: c.text.length,
      ms: figure(times),
      mbPerS: figure(times.map((ms) => mb / (ms / 1000))),
      ...(first ? { coldMs: warm } : {}),
      isCryptoHack: a.isCryptoHack,
      mentions: a.mentions.length,
    });
    first = false;
    log(`engine ${c.name}: median ${figure(times).median.toFixed(1)} ms`);
  }
  return out;
}
