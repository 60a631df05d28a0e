import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

// The lexicon ships inside the content script, which loads on every page: keep it small.
const BUDGET = 40 * 1024;

it('keeps the gzipped lexicon within 40 KB', () => {
  const raw = readFileSync(
    resolve(import.meta.dirname, '../../../src/data/generated/lexicon.json'),
  );
  const size = gzipSync(raw, { level: 9 }).length;
  expect(size).toBeLessThanOrEqual(BUDGET);
});
