// Export → import → export gives identical JSON, over generated libraries.
import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { HeistLensDB } from '../../../src/db/database';
import { importLibrary } from '../../../src/db/library-import';
import { listSaved } from '../../../src/db/saved-incidents';
import { serializeExport } from '../../../src/shared/library-export';
import { parseLibraryText } from '../../../src/shared/library-import';
import { exportOf, generateLibrary } from './generate';

const dbs: HeistLensDB[] = [];
const freshDb = () => {
  const db = new HeistLensDB(`test-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

async function throughDb(text: string): Promise<string> {
  const parsed = parseLibraryText(text);
  if (!parsed.ok) throw new Error(`${parsed.error.path}: ${parsed.error.message}`);
  const db = freshDb();
  await importLibrary(db, parsed.value);
  return serializeExport(exportOf(await listSaved(db)));
}

test.each(Array.from({ length: 25 }, (_, k) => k + 1))(
  'seed %i: export → import → export is byte-identical',
  async (seed) => {
    const first = serializeExport(exportOf(generateLibrary(seed, 1 + (seed % 7) * 6)));
    const second = await throughDb(first);
    expect(second).toBe(first);
    expect(await throughDb(second)).toBe(first);
  },
);

test('importing the same file twice changes nothing the second time', async () => {
  const text = serializeExport(exportOf(generateLibrary(99, 20)));
  const parsed = parseLibraryText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const db = freshDb();
  const first = await importLibrary(db, parsed.value);
  expect(first.added).toBe(20);
  const again = await importLibrary(db, parsed.value);
  expect(again).toMatchObject({ added: 0, updated: 0, kept: 20 });
  expect(serializeExport(exportOf(await listSaved(db)))).toBe(text);
});

test('a newer copy in the file replaces an older incident; an older one does not', async () => {
  const lib = generateLibrary(7, 2);
  const db = freshDb();
  await importLibrary(db, exportOf(lib));
  const [a, b] = exportOf(lib).incidents;
  const newer = { ...a!, notes: 'newer', updatedAt: '2099-01-01T00:00:00.000Z' };
  const older = { ...b!, notes: 'older', updatedAt: '1999-01-01T00:00:00.000Z' };
  const summary = await importLibrary(db, { ...exportOf(lib), incidents: [newer, older] });
  expect(summary).toMatchObject({ added: 0, updated: 1, kept: 1 });
  const after = await db.savedIncidents.bulkGet([a!.id, b!.id]);
  expect(after[0]!.notes).toBe('newer');
  expect(after[1]!.notes).toBe(b!.notes);
});
