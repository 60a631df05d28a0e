import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import data from '../../../src/data/generated/dataset.json';
import type { Dataset } from '../../../src/data/schema';
import { HeistLensDB } from '../../../src/db/database';
import { DATASET_VERSION_KEY, seedDataset } from '../../../src/db/dataset-seed';
import type { SavedIncident, SavedSource } from '../../../src/shared/saved';

const dataset = data as unknown as Dataset;
const open: HeistLensDB[] = [];
const newDb = (name = `test-${Math.random().toString(36).slice(2)}`): HeistLensDB => {
  const db = new HeistLensDB(name);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

const saved = {
  id: 'saved-1',
  victims: [{ name: 'CoinsPaid' }],
  victimKey: 'coinspaid',
  actors: [{ name: 'Lazarus Group' }],
  amount: null,
  date: '2023-07-22',
  tags: [],
  notes: 'my notes',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} as SavedIncident;
const source = {
  id: 'src-1',
  incidentId: 'saved-1',
  url: 'https://example.org/a',
  canonicalUrl: 'https://example.org/a',
  title: 'A story',
  site: 'example.org',
  savedAt: '2026-01-01T00:00:00Z',
  amount: null,
  highlights: [],
} as SavedSource;

describe('seedDataset', () => {
  it('seeds the full dataset once, then is a no-op for the same version', async () => {
    const db = newDb();
    const first = await seedDataset(db, dataset);
    expect(first.seeded).toBe(true);
    console.info(
      `seed of ${dataset.incidents.length} incidents, ${dataset.actors.length} actors, ` +
        `${dataset.organizations.length} organisations under fake-indexeddb: ${first.ms.toFixed(0)} ms`,
    );
    expect(await db.actors.count()).toBe(dataset.actors.length);
    expect(await db.incidents.count()).toBe(dataset.incidents.length);
    expect(await db.organizations.count()).toBe(dataset.organizations.length);
    expect((await db.meta.get(DATASET_VERSION_KEY))?.value).toBe(dataset.version);

    const second = await seedDataset(db, dataset);
    expect(second.seeded).toBe(false);
    expect(await db.incidents.count()).toBe(dataset.incidents.length);
  });

  it('computes the lookup keys', async () => {
    const db = newDb();
    await seedDataset(db, dataset);
    const laz = await db.actors.get('actor:lazarus-group');
    expect(laz!.aliasKeys).toEqual(
      expect.arrayContaining(['lazarus group', 'lazarusgroup', 'hidden cobra']),
    );
    const bybit = await db.incidents.get('inc:2025-02-21-bybit');
    expect(bybit!.victimKey).toBe('org:bybit');
    expect(bybit!.actorIds).toEqual(['actor:lazarus-group', 'actor:tradertraitor']);
    expect(
      await db.incidents.where('actorIds').equals('actor:tradertraitor').count(),
    ).toBeGreaterThanOrEqual(2);
  });

  it('replaces the dataset tables on a new version and never touches the saved tables', async () => {
    const db = newDb();
    await seedDataset(db, dataset);
    await db.savedIncidents.put(saved);
    await db.savedSources.put(source);

    const smaller: Dataset = {
      ...dataset,
      version: `${dataset.version}-next`,
      incidents: dataset.incidents.slice(0, 10),
    };
    expect((await seedDataset(db, smaller)).seeded).toBe(true);
    expect(await db.incidents.count()).toBe(10);
    expect(await db.savedIncidents.get('saved-1')).toEqual(saved);
    expect(await db.savedSources.get('src-1')).toEqual(source);
    expect(await db.savedIncidents.count()).toBe(1);
  });

  it('rejects a malformed dataset and keeps the tables as they were', async () => {
    const db = newDb();
    await seedDataset(db, dataset);
    const broken = structuredClone(dataset);
    broken.version = `${dataset.version}-broken`;
    broken.incidents[0]!.date = 'yesterday';
    await expect(seedDataset(db, broken)).rejects.toThrow(
      `incident ${broken.incidents[0]!.id} date: must be a valid YYYY-MM-DD date`,
    );
    expect(await db.incidents.count()).toBe(dataset.incidents.length);
    expect((await db.meta.get(DATASET_VERSION_KEY))?.value).toBe(dataset.version);
  });

  it('upgrades to a later schema version with the data intact', async () => {
    const name = `test-upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new HeistLensDB(name);
    await seedDataset(v1, dataset);
    await v1.savedIncidents.put(saved);
    v1.close();

    // A hypothetical next schema: one more compound index on incidents.
    class HeistLensDBv2 extends HeistLensDB {
      constructor(n: string) {
        super(n);
        this.version(2).stores({ incidents: 'id, date, victimKey, *actorIds, [victimKey+date]' });
      }
    }
    const v2 = new HeistLensDBv2(name);
    open.push(v2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.incidents.count()).toBe(dataset.incidents.length);
    expect(await v2.savedIncidents.get('saved-1')).toEqual(saved);
    const byCompound = await v2.incidents
      .where('[victimKey+date]')
      .between(['org:bybit', '2025-01-01'], ['org:bybit', '2025-12-31'])
      .toArray();
    expect(byCompound.map((i) => i.id)).toEqual(['inc:2025-02-21-bybit']);
    // Same dataset version: the upgrade does not force a reseed.
    expect((await seedDataset(v2, dataset)).seeded).toBe(false);
  });
});
