// The reader's library: saving with merge across outlets, listing, deleting.
// These tables are never touched by dataset seeding.
import { aliasKey, type HeistLensDB } from './database';
import type { SaveReply, SaveRequest, PageState } from '../shared/messages';
import {
  summarizeSource,
  victimKeyOf,
  type SourceSummary,
  type SavedIncident,
  type SavedSource,
  type SavedVictim,
} from '../shared/saved';

/** Two reports are of one theft when they name the same victim within this many days. */
const MERGE_WINDOW_DAYS = 4;

const DAY_MS = 86_400_000;

/** Canonical form of a URL for "have I saved this page?": no hash, no tracking parameters. */
export function canonicalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_)/i.test(key)) u.searchParams.delete(key);
    }
    return u.toString();
  } catch {
    return url;
  }
}

/** Victims with their kind (exchange, bridge, ...) from the dataset when it knows them. */
async function withKinds(
  db: HeistLensDB,
  victims: SaveRequest['incident']['victims'],
  datasetIncidentId: string | undefined,
): Promise<SavedVictim[]> {
  const known = datasetIncidentId ? await db.incidents.get(datasetIncidentId) : undefined;
  return Promise.all(
    victims.map(async (v, i): Promise<SavedVictim> => {
      const kind =
        (i === 0 ? known?.victim.kind : undefined) ??
        (v.entityId ? (await db.organizations.get(v.entityId))?.kind : undefined);
      return kind ? { ...v, kind } : { ...v };
    }),
  );
}

function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return 0; // an undated story merges on the victim alone
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

async function findMergeTarget(
  db: HeistLensDB,
  victimKey: string,
  date: string | null,
  datasetIncidentId: string | undefined,
): Promise<SavedIncident | undefined> {
  if (datasetIncidentId) {
    const same = await db.savedIncidents
      .where('datasetIncidentId')
      .equals(datasetIncidentId)
      .first();
    if (same) return same;
  }
  if (!victimKey) return undefined;
  const candidates = await db.savedIncidents.where('victimKey').equals(victimKey).toArray();
  return candidates.find((c) => daysApart(c.date, date) <= MERGE_WINDOW_DAYS);
}

export async function saveIncident(
  db: HeistLensDB,
  req: SaveRequest,
  opts: { now: string; newId: () => string; datasetIncidentId?: string },
): Promise<SaveReply> {
  const victimKey = victimKeyOf(req.incident.victims);
  const canonicalUrl = canonicalizeUrl(req.source.canonicalUrl || req.source.url);
  const victims = await withKinds(db, req.incident.victims, opts.datasetIncidentId);
  return db.transaction('rw', db.savedIncidents, db.savedSources, async () => {
    // Saving the same page twice updates its source rather than adding a second one.
    const existingSource = await db.savedSources.where('canonicalUrl').equals(canonicalUrl).first();
    const target =
      (existingSource && (await db.savedIncidents.get(existingSource.incidentId))) ||
      (await findMergeTarget(db, victimKey, req.incident.date, opts.datasetIncidentId));

    let incidentId: string;
    if (target) {
      incidentId = target.id;
      await db.savedIncidents.update(target.id, {
        actors: mergeActors(target.actors, req.incident.actors),
        amount: target.amount ?? req.incident.amount,
        date: target.date ?? req.incident.date,
        updatedAt: opts.now,
      });
    } else {
      incidentId = opts.newId();
      const incident: SavedIncident = {
        id: incidentId,
        victims,
        victimKey,
        actors: req.incident.actors,
        amount: req.incident.amount,
        date: req.incident.date,
        ...(opts.datasetIncidentId ? { datasetIncidentId: opts.datasetIncidentId } : {}),
        tags: [],
        notes: '',
        createdAt: opts.now,
        updatedAt: opts.now,
      };
      await db.savedIncidents.add(incident);
    }
    const source: SavedSource = {
      id: existingSource?.id ?? opts.newId(),
      incidentId,
      url: req.source.url,
      canonicalUrl,
      title: req.source.title,
      site: req.source.site,
      ...(req.source.published ? { published: req.source.published } : {}),
      savedAt: opts.now,
      amount: req.incident.amount,
      highlights: req.source.highlights,
      reported: { victims, actors: req.incident.actors, date: req.incident.date },
    };
    const merged = Boolean(target) && !existingSource;
    const mergedAt = merged ? opts.now : existingSource?.mergedAt;
    await db.savedSources.put(mergedAt ? { ...source, mergedAt } : source);
    const sourceCount = await db.savedSources.where('incidentId').equals(incidentId).count();
    return { incidentId, sourceId: source.id, merged, sourceCount };
  });
}

function mergeActors(
  a: SavedIncident['actors'],
  b: SavedIncident['actors'],
): SavedIncident['actors'] {
  const seen = new Set(a.map((x) => x.entityId ?? aliasKey(x.name)));
  return [...a, ...b.filter((x) => !seen.has(x.entityId ?? aliasKey(x.name)))];
}

export async function pageState(db: HeistLensDB, url: string): Promise<PageState> {
  const source = await db.savedSources.where('canonicalUrl').equals(canonicalizeUrl(url)).first();
  return source
    ? { saved: true, incidentId: source.incidentId, highlights: source.highlights }
    : { saved: false };
}

export async function listSaved(
  db: HeistLensDB,
): Promise<{ incidents: SavedIncident[]; sources: SavedSource[] }> {
  const [incidents, sources] = await Promise.all([
    db.savedIncidents.orderBy('updatedAt').reverse().toArray(),
    db.savedSources.toArray(),
  ]);
  return { incidents, sources };
}

/** The library page's first read: every incident, no sources (so the list draws early). */
export function listIncidents(db: HeistLensDB): Promise<SavedIncident[]> {
  return db.savedIncidents.toArray();
}

/** The library page's second read: every source without its highlights. */
export async function listSourceSummaries(db: HeistLensDB): Promise<SourceSummary[]> {
  const out: SourceSummary[] = [];
  await db.savedSources.each((s) => void out.push(summarizeSource(s)));
  return out;
}

/** Full records for an export or a backup: the given incidents (all when ids is absent). */
export async function exportData(
  db: HeistLensDB,
  ids?: string[],
): Promise<{ incidents: SavedIncident[]; sources: SavedSource[] }> {
  if (!ids) return listSaved(db);
  return db.transaction('r', db.savedIncidents, db.savedSources, async () => {
    const incidents = (await db.savedIncidents.bulkGet(ids)).filter(
      (i): i is SavedIncident => i !== undefined,
    );
    const sources = await db.savedSources.where('incidentId').anyOf(ids).toArray();
    return { incidents, sources };
  });
}

export async function deleteIncident(db: HeistLensDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.savedIncidents, db.savedSources, async () => {
    const had = (await db.savedIncidents.get(id)) !== undefined;
    await db.savedSources.where('incidentId').equals(id).delete();
    await db.savedIncidents.delete(id);
    return had;
  });
}
