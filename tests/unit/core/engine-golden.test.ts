// Refactors of the engine (speed work) must not change its output: each input's Analysis hashes
// to the value recorded in __snapshots__/engine-golden.json. A rule change that is meant to move
// the output regenerates the snapshot with `npx tsx tests/tools/engine-golden.ts` (and says so).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenHash, goldenInputs, SNAPSHOT } from '../../tools/engine-golden';

const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as {
  inputs: number;
  hashes: Record<string, string>;
};

describe('engine golden output', () => {
  it('analyses every golden input exactly as recorded', async () => {
    const inputs = await goldenInputs();
    expect(inputs.length).toBe(snapshot.inputs);
    const changed: string[] = [];
    for (const input of inputs)
      if (goldenHash(input) !== snapshot.hashes[input.name]) changed.push(input.name);
    expect(changed).toEqual([]);
  }, 300_000);
});
