// The content script runs on every page the reader opens: its size is budgeted (issue 7).
// Checked on the Chrome build the e2e tier has just made (global setup builds dist/chrome).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST_CHROME } from './support/chromium';

/** 60 KiB gzipped (zlib's default level, as web servers and stores compress). */
const CONTENT_SCRIPT_BUDGET = 60 * 1024;

test('the content script is at most 60 KiB gzipped, and self-contained', () => {
  const manifest = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const files = manifest.content_scripts.flatMap((c) => c.js);
  expect(files).toHaveLength(1);
  const code = readFileSync(join(DIST_CHROME, files[0]!));
  // One file, no loader round trip: a static import would pull more code in at run time.
  expect(code.toString('utf8')).not.toMatch(/\bimport\s*\(|^\s*import\s[^(]/m);
  const gzipped = gzipSync(code).length;
  console.log(
    `[bundle] ${files[0]}: ${code.length} B raw, ${gzipped} B gzipped (budget ${CONTENT_SCRIPT_BUDGET} B)`,
  );
  expect(gzipped).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
});
