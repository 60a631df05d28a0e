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

export interface SavedAmount {
  value: number;
  currency: string;
  usd?: number;
  text?: string;
}

export interface SavedIncident {
  id: string;
  victims: { name: string; entityId?: string }[];
  victimKey: string;
  actors: SavedActor[];
  /** Per-source figures are on the sources; this is the reader's chosen figure. */
  amount: SavedAmount | null;
  date: string | null;
  datasetIncidentId?: string;
  tags: string[];
  notes: string;
  createdAt: string;
  updatedAt: string;
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
  amount: SavedAmount | null;
  highlights: HighlightSelector[];
}
