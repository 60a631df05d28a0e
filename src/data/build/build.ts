// `npm run data:build`: turns the open-data sources in ../shared/data plus the hand-curated files in
// src/data/curated into src/data/generated/{dataset,lexicon}.json. Deterministic: no timestamps,
// everything sorted, so running it twice gives byte-identical files.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../schema';
import { validateDataset } from '../validate';
import { applyActivity, buildActors, type CuratedActor } from './actors';
import {
  fromCurated,
  fromDefiHackLabs,
  fromDnInstitute,
  mergeIncidents,
  type CuratedIncident,
} from './incidents';
import { buildLexicon, type LexiconRules } from './lexicon-gen';
import {
  addCcxtExchanges,
  addCuratedOrganizations,
  linkVictims,
  OrgIndex,
  type CuratedOrganization,
} from './organizations';
import { DEFAULT_SHARED_DATA, loadSources, SOURCE_FILES } from './sources';
import { coreKey, stableJson } from './util';

/** Bump when the shape or the curated facts change; seeding uses it to decide whether to reseed. */
export const DATASET_VERSION = '2026.11.1';

const ROOT = resolve(import.meta.dirname, '../../..');
const CURATED = resolve(ROOT, 'src/data/curated');
const OUT = resolve(ROOT, 'src/data/generated');

const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(resolve(CURATED, file), 'utf8')) as T;

export function buildAll(sharedDir = process.env.HEISTLENS_SHARED_DATA ?? DEFAULT_SHARED_DATA) {
  const src = loadSources(sharedDir);
  const curatedActors = readJson<{ actors: CuratedActor[] }>('actors.json').actors;
  const curatedOrgs = readJson<{ organizations: CuratedOrganization[] }>(
    'organizations.json',
  ).organizations;
  const curatedIncidents = readJson<{ incidents: CuratedIncident[] }>('incidents.json').incidents;
  const rules = readJson<LexiconRules>('lexicon-rules.json');

  const { actors, flags } = buildActors(src, curatedActors);

  // Organisations first, so that "OrbitChain" and "Orbit Bridge" are seen as one victim when merging.
  const orgs = new OrgIndex(flags);
  addCuratedOrganizations(orgs, curatedOrgs);
  addCcxtExchanges(orgs, src.ccxt);
  const victimKey = (name: string): string => orgs.findLoose(name)?.id ?? `n:${coreKey(name)}`;

  const incidents = mergeIncidents(
    [
      curatedIncidents.map(fromCurated),
      [...src.dnInstitute]
        .sort((a, b) => (a.source_path < b.source_path ? -1 : 1))
        .map(fromDnInstitute),
      [...src.defiHackLabs]
        .sort((a, b) => (`${a.date} ${a.name}` < `${b.date} ${b.name}` ? -1 : 1))
        .map(fromDefiHackLabs),
    ],
    victimKey,
  );
  linkVictims(orgs, incidents);
  applyActivity(actors, incidents);

  const dataset: Dataset = {
    version: DATASET_VERSION,
    generatedFrom: [...Object.values(SOURCE_FILES), 'src/data/curated'],
    actors,
    incidents,
    organizations: orgs.sorted(),
  };
  const problems = validateDataset(dataset);
  if (problems.length)
    throw new Error(`generated dataset is invalid:\n${problems.slice(0, 20).join('\n')}`);
  const english = (
    JSON.parse(readFileSync(resolve(import.meta.dirname, 'english-words.json'), 'utf8')) as {
      words: string[];
    }
  ).words;
  return { dataset, lexicon: buildLexicon(dataset, flags, rules, english, orgs.incidentOnly) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const { dataset, lexicon } = buildAll();
    writeFileSync(resolve(OUT, 'dataset.json'), stableJson(dataset));
    writeFileSync(resolve(OUT, 'lexicon.json'), stableJson(lexicon));
    console.log(
      `dataset ${dataset.version}: ${dataset.actors.length} actors, ${dataset.incidents.length} incidents, ` +
        `${dataset.organizations.length} organisations, ${lexicon.entities.length} lexicon entities`,
    );
  } catch (e) {
    console.error(`data:build failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
