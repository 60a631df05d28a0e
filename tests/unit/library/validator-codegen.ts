// Generates src/shared/library-schema-validate.ts from src/shared/library-export.schema.json.
// Extension pages forbid eval (MV3 CSP), so Ajv cannot compile the schema at run time there:
// the validator is compiled here, ahead of time, with Ajv's standalone code generator.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SCHEMA_PATH = join(ROOT, 'src', 'shared', 'library-export.schema.json');
export const VALIDATOR_PATH = join(ROOT, 'src', 'shared', 'library-schema-validate.ts');

export const loadSchema = (): object => JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;

/** An Ajv instance with the options the generated validator is built with. */
export function makeAjv(source = false): Ajv {
  return new Ajv({
    strict: true,
    allErrors: false,
    // Count string lengths in UTF-16 units so the generated code needs no runtime helper.
    unicode: false,
    logger: false,
    code: { source, esm: true, optimize: true },
  });
}

export async function generateValidator(): Promise<string> {
  const ajv = makeAjv(true);
  const validate = ajv.compile(loadSchema());
  const code = standaloneCode(ajv, validate);
  const text =
    '/* eslint-disable */\n// @ts-nocheck\n' +
    '// GENERATED from src/shared/library-export.schema.json by tests/unit/library/schema.test.ts\n' +
    '// (run it with UPDATE_VALIDATOR=1 after changing the schema). Do not edit by hand.\n' +
    code;
  const options = (await resolveConfig(VALIDATOR_PATH)) ?? {};
  return format(text, { ...options, parser: 'typescript' });
}
