// The reader's saved library: incidents (merged across outlets) and their sources.
import type { AttributionStrength } from '../core/types';

/** W3C Web Annotation selectors for one highlight. */
export interface HighlightSelector {
  kind: 'actor' | 'victim' | 'amount' | 'organization' | 'date';
  role: string;
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

export interface SavedActor {
  name: string;
  entityId?: string;
  strength?: AttributionStrength;
  by?: string;
}

export interface SavedVictim {
  name: string;
  entityId?: string;
  /** Exchange, bridge, defi, wallet, ... (from the dataset when known, or set by the reader). */
  kind?: string;
}

export interface SavedAmount {
  value: number;
  currency: string;
  usd?: number;
  text?: string;
}

export interface SavedIncident {
  id: string;
  victims: SavedVictim[];
  /** Lookup key derived from the first victim (see victimKeyOf); recomputed on import. */
  victimKey: string;
  actors: SavedActor[];
  /** The reader's chosen figure. Each source keeps its own; see amountRange for the spread. */
  amount: SavedAmount | null;
  date: string | null;
  datasetIncidentId?: string;
  tags: string[];
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** The fields the reader may correct on the library page. */
export type IncidentEdit = Partial<
  Pick<SavedIncident, 'victims' | 'actors' | 'amount' | 'date' | 'tags' | 'notes'>
>;

/** What one story itself reported, kept on its source so a merge can be undone. */
export interface SourceReport {
  victims: SavedVictim[];
  actors: SavedActor[];
  date: string | null;
}

export interface SavedSource {
  id: string;
  incidentId: string;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  published?: string;
  savedAt: string;
  /** This source's own figure (sources may disagree). */
  amount: SavedAmount | null;
  highlights: HighlightSelector[];
  reported?: SourceReport;
  /** Set when this story was added to an incident saved earlier (a merge the reader can undo). */
  mergedAt?: string;
}

/** A source as the library list needs it: without its highlights and report (the bulk). */
export type SourceSummary = Omit<SavedSource, 'highlights' | 'reported'> & {
  highlightCount: number;
};

export function summarizeSource(s: SavedSource): SourceSummary {
  const { highlights, reported: _reported, ...rest } = s;
  return { ...rest, highlightCount: highlights.length };
}

/** Lower-case letters and digits of the first victim's name: "Coins Paid" and "CoinsPaid" agree. */
export function victimKeyOf(victims: { name: string }[]): string {
  return victims.length
    ? victims[0]!.name
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '')
    : '';
}

export interface AmountRange {
  min: number;
  max: number;
  /** 'USD' when every figure has a USD value; else the shared native currency. */
  currency: string;
}

/**
 * The spread of figures for one incident: its chosen amount and every source's. null when no
 * figure is known or the figures cannot be compared (different currencies, no USD).
 */
export function amountRange(
  incident: Pick<SavedIncident, 'amount'>,
  sources: Pick<SavedSource, 'amount'>[],
): AmountRange | null {
  const all = [incident.amount, ...sources.map((s) => s.amount)].filter(
    (a): a is SavedAmount => a !== null && a !== undefined,
  );
  if (!all.length) return null;
  const usd = all.map((a) => (a.currency === 'USD' ? a.value : a.usd));
  if (usd.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) {
    return { min: Math.min(...usd), max: Math.max(...usd), currency: 'USD' };
  }
  const currency = all[0]!.currency;
  if (all.every((a) => a.currency === currency)) {
    const values = all.map((a) => a.value);
    return { min: Math.min(...values), max: Math.max(...values), currency };
  }
  return null;
}

/** USD value of an amount, when known. */
export const usdOf = (a: SavedAmount | null | undefined): number | undefined =>
  !a ? undefined : a.currency === 'USD' ? a.value : a.usd;
