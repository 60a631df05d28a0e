// The library page's in-memory index: built once per load, then search, filters, sorting and
// totals run over plain arrays (10,000 incidents filter in a few milliseconds).
import { sourcesByIncident } from '../../shared/library-export';
import {
  amountRange,
  usdOf,
  type AmountRange,
  type SavedIncident,
  type SourceSummary,
} from '../../shared/saved';

export interface Entry {
  incident: SavedIncident;
  /** null while the sources are still loading (the list draws from incidents first). */
  sources: SourceSummary[] | null;
  range: AmountRange | null;
  /** The chosen figure in USD, for sorting, filtering and totals. */
  usd: number | undefined;
  year: string;
  /** Lower-cased victims, actors, tags, notes, titles, sites and URLs, for text search. */
  haystack: string;
}

export type SortOrder = 'date-desc' | 'date-asc' | 'amount-desc' | 'amount-asc';

export interface LibraryQuery {
  text: string;
  actor: string;
  victimKind: string;
  year: string;
  minUsd: number | null;
  maxUsd: number | null;
  sort: SortOrder;
}

export const EMPTY_QUERY: LibraryQuery = {
  text: '',
  actor: '',
  victimKind: '',
  year: '',
  minUsd: null,
  maxUsd: null,
  sort: 'date-desc',
};

/** Lower case without accents, so "elan" finds "Élan". ASCII text skips the costly normalisation. */
const fold = (s: string) =>
  // eslint-disable-next-line no-control-regex
  /[^\x00-\x7f]/.test(s)
    ? s
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
    : s.toLowerCase();

export function buildIndex(incidents: SavedIncident[], sources: SourceSummary[] | null): Entry[] {
  const byIncident = sourcesByIncident(sources ?? []);
  return incidents.map((incident) => {
    const own = byIncident.get(incident.id) ?? [];
    return {
      incident,
      sources: sources ? own : null,
      range: amountRange(incident, own),
      usd: usdOf(incident.amount),
      year: incident.date?.slice(0, 4) ?? '',
      haystack: fold(
        [
          ...incident.victims.map((v) => v.name),
          ...incident.actors.map((a) => a.name),
          ...incident.tags,
          incident.notes,
          incident.amount?.text ?? '',
          ...own.flatMap((s) => [s.title, s.site, s.url]),
        ].join('\n'),
      ),
    };
  });
}

export interface Facets {
  actors: string[];
  victimKinds: string[];
  years: string[];
}

export function facetsOf(entries: Entry[]): Facets {
  const actors = new Set<string>();
  const kinds = new Set<string>();
  const years = new Set<string>();
  for (const e of entries) {
    for (const a of e.incident.actors) actors.add(a.name);
    for (const v of e.incident.victims) if (v.kind) kinds.add(v.kind);
    if (e.year) years.add(e.year);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    actors: [...actors].sort(byName),
    victimKinds: [...kinds].sort(byName),
    years: [...years].sort().reverse(),
  };
}

/** Sort key for amounts: unknown figures go last whichever the direction. */
const amountKey = (e: Entry) => e.usd ?? e.range?.max;

export function applyQuery(entries: Entry[], q: LibraryQuery): Entry[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const out = entries.filter((e) => {
    if (words.length && !words.every((w) => e.haystack.includes(w))) return false;
    if (q.actor && !e.incident.actors.some((a) => a.name === q.actor)) return false;
    if (q.victimKind && !e.incident.victims.some((v) => v.kind === q.victimKind)) return false;
    if (q.year && e.year !== q.year) return false;
    if (q.minUsd !== null || q.maxUsd !== null) {
      // An incident whose sources disagree matches when its range overlaps the filter.
      const lo = e.range?.currency === 'USD' ? e.range.min : e.usd;
      const hi = e.range?.currency === 'USD' ? e.range.max : e.usd;
      if (lo === undefined || hi === undefined) return false;
      if (q.minUsd !== null && hi < q.minUsd) return false;
      if (q.maxUsd !== null && lo > q.maxUsd) return false;
    }
    return true;
  });
  const dir = q.sort.endsWith('asc') ? 1 : -1;
  if (q.sort.startsWith('date')) {
    out.sort((a, b) => {
      const x = a.incident.date ?? '';
      const y = b.incident.date ?? '';
      if (!x !== !y) return x ? -1 : 1; // undated last
      return (x < y ? -1 : x > y ? 1 : 0) * dir || a.incident.id.localeCompare(b.incident.id);
    });
  } else {
    out.sort((a, b) => {
      const x = amountKey(a);
      const y = amountKey(b);
      if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
      return ((x ?? 0) - (y ?? 0)) * dir || a.incident.id.localeCompare(b.incident.id);
    });
  }
  return out;
}

export interface ActorTotal {
  name: string;
  incidents: number;
  /** Sum of the chosen figures known in USD. */
  usd: number;
  /** Incidents of this actor without a USD figure. */
  unknown: number;
}

export function actorTotals(entries: Entry[]): ActorTotal[] {
  const totals = new Map<string, ActorTotal>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const a of e.incident.actors) {
      if (seen.has(a.name)) continue;
      seen.add(a.name);
      const t = totals.get(a.name) ?? { name: a.name, incidents: 0, usd: 0, unknown: 0 };
      t.incidents++;
      if (e.usd === undefined) t.unknown++;
      else t.usd += e.usd;
      totals.set(a.name, t);
    }
  }
  return [...totals.values()].sort((a, b) => b.usd - a.usd || a.name.localeCompare(b.name));
}
