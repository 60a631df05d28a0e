import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateValidator, VALIDATOR_PATH } from './validator-codegen';

test('the bundled validator is generated from src/shared/library-export.schema.json', async () => {
  const fresh = await generateValidator();
  if (process.env.UPDATE_VALIDATOR === '1' || !existsSync(VALIDATOR_PATH)) {
    writeFileSync(VALIDATOR_PATH, fresh);
  }
  expect(readFileSync(VALIDATOR_PATH, 'utf8'), 'run with UPDATE_VALIDATOR=1 to regenerate').toBe(
    fresh,
  );
}, 60_000);
