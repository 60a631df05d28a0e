// Read models the background sends to the UI (cards, popup search). Plain data, JSON-safe.
import type { Actor, DatasetIncident } from '../data/schema';

export interface ActorCardView {
  actor: Actor;
  related: { kind: string; by: string; actor: Pick<Actor, 'id' | 'name'> }[];
  incidents: DatasetIncident[];
  totals: { usd: number; count: number; byYear: { year: string; usd: number; count: number }[] };
  largest: DatasetIncident | null;
}

export interface VictimView {
  name: string;
  kind?: string;
  incidents: DatasetIncident[];
}

export interface SearchHit {
  id: string;
  name: string;
  /** The alias or victim name that matched, when it differs from name. */
  matched?: string;
  type: 'actor' | 'victim';
}
