// The architecture's import rules are executable: this checks that lint rejects a crossing.
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

async function lintAs(filePath: string, code: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
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

test('an allowed import passes', async () => {
  const messages = await lintAs(
    'src/content/fine.ts',
    "import type { Mention } from '../core/types';\nexport type M = Mention;\n",
  );
  expect(messages).toEqual([]);
});
