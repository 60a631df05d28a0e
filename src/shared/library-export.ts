// The JSON export format: everything needed to restore the library. Documented by
// src/shared/library-export.schema.json (the same schema as library-schema.ts).
import type {
  HighlightSelector,
  SavedActor,
  SavedAmount,
  SavedIncident,
  SavedSource,
  SavedVictim,
  SourceReport,
} from './saved';

export const EXPORT_FORMAT = 'heistlens-library';
export const EXPORT_VERSION = 1;

export type ExportedIncident = SavedIncident & { sources: SavedSource[] };

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  generator: string;
  incidents: ExportedIncident[];
}

// Objects are rebuilt with a fixed key order and without undefined optionals, so the same
// library always serialises to the same bytes (export → import → export is stable).
const opt = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } =>
  (v === undefined ? {} : { [key]: v }) as { [P in K]?: V };

const victim = (v: SavedVictim): SavedVictim => ({
  name: v.name,
  ...opt('entityId', v.entityId),
  ...opt('kind', v.kind),
});

const actor = (a: SavedActor): SavedActor => ({
  name: a.name,
  ...opt('entityId', a.entityId),
  ...opt('strength', a.strength),
  ...opt('by', a.by),
});

const amount = (a: SavedAmount | null): SavedAmount | null =>
  a && {
    value: a.value,
    currency: a.currency,
    ...opt('usd', a.usd),
    ...opt('text', a.text),
  };

const highlight = (h: HighlightSelector): HighlightSelector => ({
  kind: h.kind,
  role: h.role,
  quote: {
    type: 'TextQuoteSelector',
    exact: h.quote.exact,
    prefix: h.quote.prefix,
    suffix: h.quote.suffix,
  },
  position: { type: 'TextPositionSelector', start: h.position.start, end: h.position.end },
});

const report = (r: SourceReport | undefined): SourceReport | undefined =>
  r && { victims: r.victims.map(victim), actors: r.actors.map(actor), date: r.date };

export function canonicalIncident(i: SavedIncident): SavedIncident {
  return {
    id: i.id,
    victims: i.victims.map(victim),
    victimKey: i.victimKey,
    actors: i.actors.map(actor),
    amount: amount(i.amount),
    date: i.date,
    ...opt('datasetIncidentId', i.datasetIncidentId),
    tags: [...i.tags],
    notes: i.notes,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

export function canonicalSource(s: SavedSource): SavedSource {
  return {
    id: s.id,
    incidentId: s.incidentId,
    url: s.url,
    canonicalUrl: s.canonicalUrl,
    title: s.title,
    site: s.site,
    ...opt('published', s.published),
    savedAt: s.savedAt,
    amount: amount(s.amount),
    highlights: s.highlights.map(highlight),
    ...opt('reported', report(s.reported)),
    ...opt('mergedAt', s.mergedAt),
  };
}

/** Sources grouped by incident id, oldest first (the order a library shows them in). */
export function sourcesByIncident<S extends Pick<SavedSource, 'id' | 'incidentId' | 'savedAt'>>(
  sources: S[],
): Map<string, S[]> {
  const byIncident = new Map<string, S[]>();
  for (const s of sources) {
    const list = byIncident.get(s.incidentId);
    if (list) list.push(s);
    else byIncident.set(s.incidentId, [s]);
  }
  for (const list of byIncident.values()) {
    list.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  }
  return byIncident;
}

export function buildExport(
  incidents: SavedIncident[],
  sources: SavedSource[],
  exportedAt: string,
  generator: string,
): LibraryExport {
  const byIncident = sourcesByIncident(sources);
  const sorted = [...incidents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    generator,
    incidents: sorted.map((i) => ({
      ...canonicalIncident(i),
      sources: (byIncident.get(i.id) ?? []).map(canonicalSource),
    })),
  };
}

/** The export as the bytes written to the file. */
export const serializeExport = (doc: LibraryExport): string => JSON.stringify(doc, null, 2) + '\n';
