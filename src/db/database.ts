// The extension's IndexedDB (extension origin only: background and extension pages).
// Dataset tables are replaced on reseed; user tables (saved*, never touched by seeding).
import Dexie, { type Table } from 'dexie';
import type { Actor, DatasetIncident, Organization } from '../data/schema';
import type { SavedIncident, SavedSource } from '../shared/saved';

/** Dataset rows carry lower-cased lookup keys next to the record so Dexie can index them. */
export type ActorRow = Actor & { aliasKeys: string[] };
export type IncidentRow = DatasetIncident & { victimKey: string; actorIds: string[] };
export type OrganizationRow = Organization & { aliasKeys: string[] };
export interface MetaRow {
  key: string;
  value: unknown;
}

export class HeistLensDB extends Dexie {
  actors!: Table<ActorRow, string>;
  incidents!: Table<IncidentRow, string>;
  organizations!: Table<OrganizationRow, string>;
  meta!: Table<MetaRow, string>;
  savedIncidents!: Table<SavedIncident, string>;
  savedSources!: Table<SavedSource, string>;

  constructor(name = 'heistlens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      actors: 'id, *aliasKeys, country',
      incidents: 'id, date, victimKey, *actorIds',
      organizations: 'id, *aliasKeys, kind',
      meta: 'key',
      savedIncidents: 'id, victimKey, date, datasetIncidentId, updatedAt',
      savedSources: 'id, incidentId, url, canonicalUrl, savedAt',
    });
  }
}

export const aliasKey = (s: string): string => s.normalize('NFKC').toLowerCase().trim();
