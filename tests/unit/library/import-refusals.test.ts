// Every refused import says what is wrong and where, and leaves the library exactly as it was.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { HeistLensDB } from '../../../src/db/database';
import { importLibrary } from '../../../src/db/library-import';
import { listSaved } from '../../../src/db/saved-incidents';
import { serializeExport } from '../../../src/shared/library-export';
import { checkImportSize, jsonPath, MAX_IMPORT_BYTES } from '../../../src/shared/library-import';
import { exportOf, generateLibrary } from './generate';

let db: HeistLensDB;
let before: string;
const snapshot = async () => serializeExport(exportOf(await listSaved(db)));
const good = () => JSON.parse(serializeExport(exportOf(generateLibrary(5, 4))));

beforeEach(async () => {
  db = new HeistLensDB(`test-${Math.random()}`);
  await importLibrary(db, exportOf(generateLibrary(3, 10)));
  before = await snapshot();
});
afterEach(async () => {
  await db.delete();
});

async function importText(text: string) {
  const { handlers } = createHandlers(db, { loadDataset: async () => ({}) as never });
  return handlers.importJson({ text });
}

type Case = [name: string, text: () => string, path: RegExp, message: RegExp];
const mutate = (f: (doc: ReturnType<typeof good>) => void) => () => {
  const doc = good();
  f(doc);
  return JSON.stringify(doc);
};

const cases: Case[] = [
  ['empty file', () => '', /^\$$/, /empty/],
  ['not JSON at all', () => 'hello, world', /^\$$/, /not valid JSON at line 1, column 1/],
  [
    'a broken value deep inside',
    () => serializeExport(good()).replace('"notes": "', '"notes": nope"'),
    /^\$\.incidents\[\d+\]\.notes$/,
    /not valid JSON at line \d+, column \d+/,
  ],
  [
    'truncated JSON',
    () => serializeExport(good()).slice(0, 900),
    /^\$\.incidents\[\d+\]/,
    /not complete JSON: it ends too early/,
  ],
  ['a JSON array', () => '[]', /^\$$/, /not a HeistLens library export/],
  ['wrong format', mutate((d) => (d.format = 'other-tool')), /^\$\.format$/, /"other-tool"/],
  ['missing format', mutate((d) => delete d.format), /^\$\.format$/, /missing/],
  ['wrong version', mutate((d) => (d.version = 2)), /^\$\.version$/, /Unsupported version 2/],
  [
    'version as a string',
    mutate((d) => (d.version = '1')),
    /^\$\.version$/,
    /Unsupported version "1"/,
  ],
  [
    'a missing field deep inside',
    mutate((d) => delete d.incidents[2].sources[0].url),
    /^\$\.incidents\[2\]\.sources\[0\]$/,
    /"url" is missing/,
  ],
  [
    'a javascript: URL',
    mutate((d) => (d.incidents[2].sources[0].url = 'javascript:alert(1)')),
    /^\$\.incidents\[2\]\.sources\[0\]\.url$/,
    /expected form/,
  ],
  [
    'an unknown property (e.g. injected HTML field)',
    mutate((d) => (d.incidents[0].html = '<img src=x onerror=alert(1)>')),
    /^\$\.incidents\[0\]$/,
    /Unexpected property "html"/,
  ],
  [
    'an id that could break out of an attribute',
    mutate((d) => (d.incidents[0].id = '"><script>alert(1)</script>')),
    /^\$\.incidents\[0\]\.id$/,
    /expected form/,
  ],
  [
    'a number where text belongs',
    mutate((d) => (d.incidents[3].notes = 42)),
    /^\$\.incidents\[3\]\.notes$/,
    /must be string/,
  ],
  [
    'an oversized string',
    mutate((d) => (d.incidents[0].victims[0].name = 'x'.repeat(5000))),
    /^\$\.incidents\[0\]\.victims\[0\]\.name$/,
    /too long/,
  ],
  [
    'a negative amount',
    mutate((d) => (d.incidents[0].amount = { value: -5, currency: 'USD' })),
    /^\$\.incidents\[0\]\.amount$/,
    /Invalid value/,
  ],
  [
    'a source that points at another incident',
    mutate((d) => (d.incidents[2].sources[0].incidentId = d.incidents[0].id)),
    /^\$\.incidents\[2\]\.sources\[0\]\.incidentId$/,
    /does not match/,
  ],
  [
    'a duplicated incident id',
    mutate((d) => (d.incidents[1].id = d.incidents[0].id)),
    /^\$\.incidents\[1\]/,
    /appears twice|does not match/,
  ],
  [
    '__proto__ keys',
    () => serializeExport(good()).replace('"format"', '"__proto__": {"polluted": true}, "format"'),
    /^\$$/,
    /Unexpected property "__proto__"/,
  ],
];

describe('refused imports', () => {
  test.each(cases)('%s', async (_name, text, path, message) => {
    const reply = await importText(text());
    expect(reply.imported).toBe(false);
    if (reply.imported) return;
    expect(reply.problem.path).toMatch(path);
    expect(reply.problem.message).toMatch(message);
    expect(await snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a file over 50 MB is refused by its size, before it is read', async () => {
    const size = checkImportSize(MAX_IMPORT_BYTES + 1);
    expect(size.ok).toBe(false);
    if (!size.ok) expect(size.error.message).toMatch(/too large \(50\.0 MB\).*up to 50\.0 MB/);
    const reply = await importText(' '.repeat(MAX_IMPORT_BYTES + 10));
    expect(reply).toMatchObject({ imported: false, problem: { message: /too large/ } });
    expect(await snapshot()).toBe(before);
  });

  test('a failure in the middle of writing rolls the whole import back', async () => {
    const doc = exportOf(generateLibrary(8, 6));
    let writes = 0;
    db.savedSources.hook('creating', () => {
      if (++writes === 3) throw new Error('disk full');
    });
    await expect(importLibrary(db, doc)).rejects.toThrow();
    expect(await snapshot()).toBe(before);
  });
});

test('JSON paths from JSON pointers', () => {
  expect(jsonPath('')).toBe('$');
  expect(jsonPath('/incidents/3/sources/0/url')).toBe('$.incidents[3].sources[0].url');
  expect(jsonPath('/a~1b/weird key')).toBe('$["a/b"]["weird key"]');
});

test('hostile strings are kept as the same plain text', async () => {
  const doc = good();
  doc.incidents[0].notes = '<img src=x onerror=alert(1)> =1+1';
  const reply = await importText(JSON.stringify(doc));
  expect(reply.imported).toBe(true);
  expect((await db.savedIncidents.get(doc.incidents[0].id))!.notes).toBe(
    '<img src=x onerror=alert(1)> =1+1',
  );
});
