// Loads the openly licensed inputs from ../shared/data. The build refuses to run without them:
// the committed files in src/data/generated are what the extension ships.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_SHARED_DATA = resolve(import.meta.dirname, '../../../../shared/data');

export const SOURCE_FILES = {
  mispActors: 'misp-galaxy/threat-actor.json',
  mispMicrosoft: 'misp-galaxy/microsoft-activity-group.json',
  mitre: 'mitre-attack/enterprise-attack-intrusion-sets-campaigns.json',
  dnInstitute: 'dn-institute/cyberattack-incidents.json',
  defiHackLabs: 'defihacklabs/defihacklabs-incidents.json',
  ccxt: 'ccxt/ccxt-exchanges.json',
} as const;

export interface MispCluster {
  value: string;
  uuid: string;
  description?: string;
  meta?: {
    synonyms?: string[];
    country?: string;
    refs?: string[];
    'cfr-suspected-state-sponsor'?: string;
    since?: string;
    [k: string]: unknown;
  };
  related?: { 'dest-uuid': string; type: string; tags?: string[] }[];
}

export interface StixObject {
  type: string;
  id: string;
  name?: string;
  aliases?: string[];
  description?: string;
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  first_seen?: string;
  last_seen?: string;
  created?: string;
  modified?: string;
  source_ref?: string;
  target_ref?: string;
  relationship_type?: string;
  external_references?: {
    source_name: string;
    external_id?: string;
    url?: string;
    description?: string;
  }[];
}

export interface DnIncident {
  source_path: string;
  date: string;
  title: string;
  target_entities: string[];
  entity_types: string[];
  attack_types: string[];
  tags: string[];
  loss_usd: number | string;
  sections: Record<string, string>;
  links: { text: string; url: string }[];
}

export interface DhlIncident {
  date: string;
  name: string;
  root_cause: string | null;
  lost_text: string | null;
  poc: string | null;
  links: string[];
  source_file: string;
  lost_usd_parsed: number | null;
  lost_usd_parse_rule: string | null;
  lost_text_multiple_assets: boolean;
}

export interface CcxtExchange {
  id: string;
  name: string;
  countries?: string[];
  www?: string;
  hostname?: string;
  alias?: boolean;
  dex?: boolean;
}

export interface Sources {
  mispActors: MispCluster[];
  mispMicrosoft: MispCluster[];
  mitre: StixObject[];
  dnInstitute: DnIncident[];
  defiHackLabs: DhlIncident[];
  ccxt: CcxtExchange[];
}

export function loadSources(dir = DEFAULT_SHARED_DATA): Sources {
  const missing = Object.values(SOURCE_FILES).filter((f) => !existsSync(join(dir, f)));
  if (missing.length) {
    throw new Error(
      `data:build needs the open-data sources in ${dir} (missing: ${missing.join(', ')}).\n` +
        'They live outside the repository; the committed src/data/generated/*.json files are what the app uses, ' +
        'so you only need them to regenerate the dataset. Set HEISTLENS_SHARED_DATA to another folder if needed.',
    );
  }
  const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return {
    mispActors: (read(SOURCE_FILES.mispActors) as { values: MispCluster[] }).values,
    mispMicrosoft: (read(SOURCE_FILES.mispMicrosoft) as { values: MispCluster[] }).values,
    mitre: (read(SOURCE_FILES.mitre) as { objects: StixObject[] }).objects,
    dnInstitute: read(SOURCE_FILES.dnInstitute) as DnIncident[],
    defiHackLabs: read(SOURCE_FILES.defiHackLabs) as DhlIncident[],
    ccxt: read(SOURCE_FILES.ccxt) as CcxtExchange[],
  };
}
