// Seeds the dataset tables (actors, incidents, organizations) from the bundled dataset. Runs on
// install and whenever the bundled dataset's version changes; user tables are never touched.
import type { Actor, Dataset, DatasetIncident, Organization } from '../data/schema';
import { assertDataset } from '../data/validate';
import {
  aliasKey,
  type ActorRow,
  type HeistLensDB,
  type IncidentRow,
  type OrganizationRow,
} from './database';

export const DATASET_VERSION_KEY = 'datasetVersion';

/** "Coins Paid", "coinspaid" and "COINS-PAID" share this key. */
export const compactKey = (s: string): string => aliasKey(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** Every key an alias can be looked up by: as written (lower case) and without spaces/punctuation. */
export function lookupKeys(names: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    const k = aliasKey(n);
    if (k) keys.add(k);
    const c = compactKey(n);
    if (c) keys.add(c);
  }
  return [...keys];
}

/** Incidents are found by victim: the organisation's id when the victim is a known one. */
export const victimKeyFor = (victim: DatasetIncident['victim']): string =>
  victim.orgId ?? `name:${compactKey(victim.name)}`;

export const actorRow = (a: Actor): ActorRow => ({
  ...a,
  aliasKeys: lookupKeys([a.name, ...a.aliases.map((x) => x.name)]),
});

export const incidentRow = (i: DatasetIncident): IncidentRow => ({
  ...i,
  victimKey: victimKeyFor(i.victim),
  actorIds: [...new Set(i.attributions.map((a) => a.actorId))],
});

export const organizationRow = (o: Organization): OrganizationRow => ({
  ...o,
  aliasKeys: lookupKeys([o.name, ...o.aliases]),
});

type SeedListener = (db: HeistLensDB) => void;
const listeners = new Set<SeedListener>();

/** Lets query caches drop what they hold when the dataset tables are replaced. */
export function onDatasetSeeded(fn: SeedListener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Idempotent: the dataset version is stored in `meta`; the same version again is a no-op.
 * A new version is validated, then replaces the three dataset tables in one transaction (all or
 * nothing); a malformed dataset throws and leaves the tables as they were.
 */
export async function seedDataset(
  db: HeistLensDB,
  dataset: Dataset,
): Promise<{ seeded: boolean; ms: number }> {
  const start = performance.now();
  const current = await db.meta.get(DATASET_VERSION_KEY);
  if (current?.value === dataset.version) {
    return { seeded: false, ms: performance.now() - start };
  }
  // A malformed bundle must not replace good tables: validate first (about 10 ms).
  assertDataset(dataset);
  await db.transaction('rw', [db.actors, db.incidents, db.organizations, db.meta], async () => {
    await Promise.all([db.actors.clear(), db.incidents.clear(), db.organizations.clear()]);
    await Promise.all([
      db.actors.bulkPut(dataset.actors.map(actorRow)),
      db.incidents.bulkPut(dataset.incidents.map(incidentRow)),
      db.organizations.bulkPut(dataset.organizations.map(organizationRow)),
    ]);
    await db.meta.put({ key: DATASET_VERSION_KEY, value: dataset.version });
  });
  for (const fn of listeners) fn(db);
  return { seeded: true, ms: performance.now() - start };
}
