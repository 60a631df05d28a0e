// The engine's public contract. The JSON the `annotate` CLI prints is an `Analysis` as-is,
// so every field here is part of the black-box contract in DESIGN.md: change with care.

export type MentionKind = 'actor' | 'victim' | 'amount' | 'organization' | 'date';

/**
 * Role of one mention in the story.
 * - actor:        'attacker' (this incident) | 'other-attacker' (behind another incident) | 'mentioned'
 * - victim:       'victim' (this incident) | 'other-victim' (an earlier/other incident)
 * - organization: 'investigator' (traced, froze, attributed, law enforcement) | 'bystander'
 * - amount:       'stolen' | 'other-theft' | 'price' | 'offer' | 'bounty' | 'recovered' | 'other'
 * - date:         'incident-date' | 'other'
 */
export type Role =
  | 'attacker'
  | 'other-attacker'
  | 'mentioned'
  | 'victim'
  | 'other-victim'
  | 'investigator'
  | 'bystander'
  | 'stolen'
  | 'other-theft'
  | 'price'
  | 'offer'
  | 'bounty'
  | 'recovered'
  | 'other'
  | 'incident-date';

export type AttributionStrength = 'confirmed' | 'attributed' | 'suspected' | 'claimed';

export interface Entity {
  /** Canonical name (the dataset's name when known, else the name as written). */
  name: string;
  /** The text as written on the page. */
  text: string;
  entityId?: string;
  /** Actors only: how strongly this story ties them to the theft, and who said so. */
  attribution?: { strength: AttributionStrength; by?: string };
}

export interface Amount {
  text: string;
  value: number;
  /** ISO 4217 code or a token ticker (BTC, ETH, USDT, ...). */
  currency: string;
  usd?: number;
}

export interface Mention {
  kind: MentionKind;
  role: Role;
  text: string;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  entityId?: string;
  canonical?: string;
  value?: number;
  currency?: string;
  usd?: number;
  /** Short human-readable reason for the role ("sentence says 'was hacked'"). */
  reason?: string;
}

export interface Incident {
  victims: Entity[];
  actors: Entity[];
  amount: Amount | null;
  date: string | null;
}

export interface Analysis {
  schema: 'heistlens/analysis@1';
  isCryptoHack: boolean;
  score: number;
  reasons: string[];
  incident: Incident;
  mentions: Mention[];
}
