// The architecture's import rules are executable: this checks that lint rejects a crossing.
import { ESLint } from 'eslint';
import { expect, test, vi } from 'vitest';

// Loading ESLint with typescript-eslint takes seconds on a cold, busy machine: not a unit's 5 s.
vi.setConfig({ testTimeout: 60_000 });

const eslint = new ESLint({ cwd: process.cwd() });

async function lintAs(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'heistlens/boundaries').map((m) => m.message);
}

test('src/content may not import src/db', async () => {
  const messages = await lintAs(
    'src/content/sneaky.ts',
    "import { HeistLensDB } from '../db/database';\nexport const db = new HeistLensDB();\n",
  );
  expect(messages.join('\n')).toMatch(/content scripts never touch our DB/);
});

test('src/core may not import anything else in src', async () => {
  const messages = await lintAs(
    'src/core/sneaky.ts',
    "import type { Settings } from '../shared/settings';\nexport type S = Settings;\n",
  );
  expect(messages.join('\n')).toMatch(/pure engine/);
});

test('components are presentational: no browser seam, no database', async () => {
  const browserApi = await lintAs(
    'src/ui/components/Sneaky.tsx',
    "import { defaultApi } from '../../shared/browser';\nexport const api = defaultApi;\n",
  );
  expect(browserApi.join('\n')).toMatch(/no browser APIs/);
  const db = await lintAs(
    'src/ui/components/Sneaky.tsx',
    "export { HeistLensDB } from '../../db/database';\n",
  );
  expect(db.join('\n')).toMatch(/presentational/);
});

test('the service worker has no DOM code', async () => {
  const messages = await lintAs(
    'src/background/sneaky.ts',
    "import { attachCards } from '../content/card';\nexport const a = attachCards;\n",
  );
  expect(messages.join('\n')).toMatch(/no DOM/);
});

test('an allowed import passes', async () => {
  const messages = await lintAs(
    'src/content/fine.ts',
    "import type { Mention } from '../core/types';\nexport type M = Mention;\n",
  );
  expect(messages).toEqual([]);
});
