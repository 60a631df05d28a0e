// What the background does for each message. Kept free of browser APIs so tests can drive it
// with a fake-indexeddb database.
import { analyze } from '../core/analyze';
import { GATE_CHARS, looksLikeCryptoHack } from '../core/gate';
import { bundledLexicon } from '../data/lexicon';
import type { Dataset } from '../data/schema';
import type { HeistLensDB } from '../db/database';
import { seedDataset } from '../db/dataset-seed';
import { actorCard, incidentsForVictim, searchActors } from '../db/dataset-queries';
import {
  deleteIncident,
  exportData,
  listIncidents,
  listSaved,
  listSourceSummaries,
  pageState,
  saveIncident,
} from '../db/saved-incidents';
import { buildExport } from '../shared/library-export';
import { splitSource, updateIncident } from '../db/library-edit';
import { importLibrary } from '../db/library-import';
import { parseLibraryText } from '../shared/library-import';
import type { Handlers } from '../shared/router';
import { parseAmountText } from './parse-amount';
import datasetUrl from '../data/generated/dataset.json?url';

const GENERATOR = 'HeistLens 0.1.0';
const MATCH_WINDOW_DAYS = 7;

const MAX_REMEMBERED = 1000;

export interface HandlerOptions {
  now?: () => string;
  newId?: () => string;
  loadDataset?: () => Promise<Dataset>;
}

// The dataset is large: it ships as a file of the extension and is read only when seeding,
// not parsed on every service-worker start (and service workers may not use import()).
const loadBundledDataset = async (): Promise<Dataset> => {
  const res = await fetch(datasetUrl);
  if (!res.ok) throw new Error(`Bundled dataset unreadable (${res.status})`);
  return (await res.json()) as Dataset;
};

export function createHandlers(db: HeistLensDB, opts: HandlerOptions = {}) {
  const now = opts.now ?? (() => new Date().toISOString());
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const loadDataset = opts.loadDataset ?? loadBundledDataset;

  let seeding: Promise<unknown> | undefined;
  const ensureSeeded = () => {
    seeding ??= loadDataset()
      .then((d) => seedDataset(db, d))
      .catch((e: unknown) => {
        seeding = undefined; // let the next request try again
        throw e;
      });
    return seeding;
  };

  // The dataset tables only change when seeding, so card lookups are remembered for the life of
  // the worker: a repeated hover then costs one message round trip and no IndexedDB reads (the
  // actor card read all 48 actor rows each time; p95 12.7 ms round trip in the bench, issue 7).
  // Failed lookups are not kept, so a lookup made before seeding finished is retried.
  const lookups = new Map<string, Promise<unknown>>();
  const remembered = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let hit = lookups.get(key) as Promise<T> | undefined;
    if (!hit) {
      if (lookups.size >= MAX_REMEMBERED) lookups.clear(); // a page can ask for any name
      hit = load();
      lookups.set(key, hit);
      hit.catch(() => lookups.delete(key));
    }
    return hit;
  };

  /** The dataset incident a saved story is about: same victim, date within a week. */
  async function matchDatasetIncident(victim: string | undefined, date: string | null) {
    if (!victim) return undefined;
    const known = await incidentsForVictim(db, victim);
    if (!date) return known.length === 1 ? known[0]!.id : undefined;
    const t = Date.parse(date);
    const near = known
      .map((i) => ({ id: i.id, d: Math.abs(Date.parse(i.date) - t) / 86_400_000 }))
      .filter((x) => x.d <= MATCH_WINDOW_DAYS)
      .sort((a, b) => a.d - b.d);
    return near[0]?.id;
  }

  const handlers: Handlers = {
    gate: ({ sample }) => looksLikeCryptoHack(String(sample ?? '').slice(0, GATE_CHARS)),
    analyze: ({ text }) => analyze(String(text ?? ''), { lexicon: bundledLexicon() }),
    actorCard: ({ id }) =>
      remembered(`actor ${id}`, async () => {
        await ensureSeeded();
        return actorCard(db, id);
      }),
    victimInfo: ({ name }) =>
      remembered(`victim ${name}`, async () => {
        await ensureSeeded();
        return { name, incidents: await incidentsForVictim(db, name) };
      }),
    searchActors: async ({ query, limit }) => {
      await ensureSeeded();
      return searchActors(db, query, limit ?? 10);
    },
    saveIncident: async (req) => {
      await ensureSeeded();
      const datasetIncidentId = await matchDatasetIncident(
        req.incident.victims[0]?.name,
        req.incident.date,
      );
      return saveIncident(db, req, { now: now(), newId, datasetIncidentId });
    },
    pageState: ({ url }) => pageState(db, url),
    parseAmount: ({ text }) => parseAmountText(text),
    listSaved: () => listSaved(db),
    exportJson: async () => {
      const { incidents, sources } = await listSaved(db);
      return buildExport(incidents, sources, now(), GENERATOR);
    },
    deleteIncident: async ({ id }) => ({ deleted: await deleteIncident(db, id) }),
    updateIncident: ({ id, edit }) => updateIncident(db, id, edit, now()),
    splitSource: ({ sourceId }) => splitSource(db, sourceId, { now: now(), newId }),
    importJson: async ({ text }) => {
      const parsed = parseLibraryText(String(text ?? ''));
      if (!parsed.ok) return { imported: false, problem: parsed.error };
      return { imported: true, summary: await importLibrary(db, parsed.value) };
    },
    listIncidents: () => listIncidents(db),
    listSourceSummaries: () => listSourceSummaries(db),
    exportData: ({ ids }) => exportData(db, Array.isArray(ids) ? ids.map(String) : undefined),
  };
  return { handlers, ensureSeeded };
}
