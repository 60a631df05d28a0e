// Types of the bundled dataset (src/data/generated/dataset.json). The runtime validator
import type { OrgKind } from '../core/lexicon';
// (validate.ts) checks the same shape; keep the two in step.

export type SourceRef = { url: string; title?: string; publisher?: string };

export type AliasUse = { name: string; usedBy?: string[] }; // usedBy: "Microsoft", "MITRE", "FBI", ...

export type ActorRelation = {
  kind: 'umbrella' | 'sub-group' | 'overlaps-with';
  actorId: string;
  /** Who says so (MISP, MITRE, FBI, ...) and where. */
  by: string;
  source?: SourceRef;
};

export interface Actor {
  id: string; // "actor:lazarus-group"
  name: string;
  type: 'group' | 'individual' | 'drainer' | 'unknown';
  aliases: AliasUse[];
  country?: string; // ISO 3166-1 alpha-2
  stateSponsor?: string;
  relations: ActorRelation[];
  description?: string;
  firstSeen?: string; // YYYY or YYYY-MM-DD
  lastSeen?: string;
  mitreId?: string;
  references: SourceRef[];
}

export type IncidentVictimKind =
  'exchange' | 'bridge' | 'defi' | 'wallet' | 'payment-processor' | 'gambling' | 'other';

export interface Attribution {
  actorId: string;
  strength: 'confirmed' | 'attributed' | 'suspected';
  by: string; // "FBI", "UN Panel of Experts", "Elliptic", ...
  source: SourceRef;
}

export interface DatasetIncident {
  id: string; // "inc:2023-07-22-coinspaid"
  date: string; // YYYY-MM-DD
  /** 'month': only the month is known (date is then the first of the month or a best estimate). */
  datePrecision?: 'day' | 'month';
  victim: { name: string; aliases: string[]; kind: IncidentVictimKind; orgId?: string };
  /** USD at the time; a range where sources disagree (usdMin < usdMax). */
  amount?: {
    usd?: number;
    usdMin?: number;
    usdMax?: number;
    native?: { value: number; asset: string }[];
  };
  chain?: string[];
  technique?: string;
  fundsReturned?: { usd?: number; note?: string };
  /** One or two sentences in our own words (curated incidents). */
  summary?: string;
  attributions: Attribution[];
  sources: SourceRef[];
  /** Which input files this record was built from (dn-institute, defihacklabs, curated). */
  origin: string[];
}

export interface Organization {
  id: string; // "org:coinspaid"
  name: string;
  aliases: string[];
  kind: OrgKind;
  url?: string;
}

export interface Dataset {
  version: string;
  generatedFrom: string[];
  actors: Actor[];
  incidents: DatasetIncident[];
  organizations: Organization[];
}
