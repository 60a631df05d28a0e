// Restoring a validated export into the library: all or nothing, in one transaction, merging
// with what exists by id. Validation (src/shared/library-import.ts) happens before this runs.
import type { HeistLensDB } from './database';
import { canonicalIncident, canonicalSource, type LibraryExport } from '../shared/library-export';
import type { ImportSummary } from '../shared/library-import';
import { victimKeyOf, type SavedIncident, type SavedSource } from '../shared/saved';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function importLibrary(db: HeistLensDB, doc: LibraryExport): Promise<ImportSummary> {
  const incoming: SavedIncident[] = [];
  const incomingSources: SavedSource[] = [];
  for (const { sources, ...incident } of doc.incidents) {
    // victimKey is derived data: never trust the file's copy of it.
    incoming.push(canonicalIncident({ ...incident, victimKey: victimKeyOf(incident.victims) }));
    for (const s of sources) incomingSources.push(canonicalSource(s));
  }
  return db.transaction('rw', db.savedIncidents, db.savedSources, async () => {
    const existing = await db.savedIncidents.bulkGet(incoming.map((i) => i.id));
    const summary: ImportSummary = { added: 0, updated: 0, kept: 0, sources: 0 };
    const toPut: SavedIncident[] = [];
    incoming.forEach((next, k) => {
      const old = existing[k];
      if (!old) {
        summary.added++;
        toPut.push(next);
      } else if (next.updatedAt > old.updatedAt) {
        summary.updated++;
        toPut.push(next);
      } else {
        summary.kept++;
      }
    });
    const oldSources = await db.savedSources.bulkGet(incomingSources.map((s) => s.id));
    const sourcesToPut = incomingSources.filter((s, k) => !same(oldSources[k], s));
    summary.sources = sourcesToPut.length;
    await db.savedIncidents.bulkPut(toPut);
    await db.savedSources.bulkPut(sourcesToPut);
    return summary;
  });
}
