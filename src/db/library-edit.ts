// The reader's corrections to the library: editing an incident and undoing a merge.
import type { HeistLensDB } from './database';
import {
  victimKeyOf,
  type IncidentEdit,
  type SavedActor,
  type SavedIncident,
  type SavedSource,
} from '../shared/saved';

export async function updateIncident(
  db: HeistLensDB,
  id: string,
  edit: IncidentEdit,
  now: string,
): Promise<SavedIncident | null> {
  return db.transaction('rw', db.savedIncidents, async () => {
    const current = await db.savedIncidents.get(id);
    if (!current) return null;
    const next: SavedIncident = { ...current, updatedAt: now };
    if (edit.victims) {
      next.victims = edit.victims;
      next.victimKey = victimKeyOf(edit.victims);
    }
    if (edit.actors) next.actors = edit.actors;
    if (edit.amount !== undefined) next.amount = edit.amount;
    if (edit.date !== undefined) next.date = edit.date;
    if (edit.tags) next.tags = [...new Set(edit.tags.map((t) => t.trim()).filter(Boolean))];
    if (edit.notes !== undefined) next.notes = edit.notes;
    await db.savedIncidents.put(next);
    return next;
  });
}

const actorKey = (a: SavedActor) => a.entityId ?? a.name.normalize('NFKC').toLowerCase().trim();
const sameAmount = (a: SavedSource['amount'], b: SavedSource['amount']) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Undo a merge: move one source out of its incident into a new incident built from what that
 * story itself reported. The incident it leaves loses the attackers only that story brought,
 * and takes another source's figure if it was showing this one's.
 */
export async function splitSource(
  db: HeistLensDB,
  sourceId: string,
  opts: { now: string; newId: () => string },
): Promise<{ incidentId: string; fromIncidentId: string } | null> {
  return db.transaction('rw', db.savedIncidents, db.savedSources, async () => {
    const source = await db.savedSources.get(sourceId);
    if (!source) return null;
    const from = await db.savedIncidents.get(source.incidentId);
    const others = (await db.savedSources.where('incidentId').equals(source.incidentId).toArray())
      .filter((s) => s.id !== sourceId)
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    if (!from || others.length === 0) return null; // nothing to split from

    const reported = source.reported ?? {
      victims: from.victims,
      actors: from.actors,
      date: from.date,
    };
    const incidentId = opts.newId();
    await db.savedIncidents.add({
      id: incidentId,
      victims: reported.victims,
      victimKey: victimKeyOf(reported.victims),
      actors: reported.actors,
      amount: source.amount,
      date: reported.date,
      tags: [],
      notes: '',
      createdAt: opts.now,
      updatedAt: opts.now,
    });
    const { mergedAt: _dropped, ...moved } = source;
    await db.savedSources.put({ ...moved, incidentId });

    const stillReported = new Set(others.flatMap((s) => (s.reported?.actors ?? []).map(actorKey)));
    const onlyHere = new Set(reported.actors.map(actorKey).filter((k) => !stillReported.has(k)));
    await db.savedIncidents.put({
      ...from,
      actors: from.actors.filter((a) => !onlyHere.has(actorKey(a))),
      amount: sameAmount(from.amount, source.amount) ? others[0]!.amount : from.amount,
      updatedAt: opts.now,
    });
    return { incidentId, fromIncidentId: from.id };
  });
}
