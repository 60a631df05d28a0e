// `npm run --silent data:stats`: one JSON line with the headline figures of the committed dataset.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../schema';

export function datasetStats(d: Dataset) {
  return {
    version: d.version,
    actors: d.actors.length,
    aliases: d.actors.reduce((n, a) => n + a.aliases.length, 0),
    incidents: d.incidents.length,
    incidentsWithUsd: d.incidents.filter(
      (i) => i.amount?.usd !== undefined || i.amount?.usdMin !== undefined,
    ).length,
    attributedIncidents: d.incidents.filter((i) => i.attributions.length > 0).length,
    organizations: d.organizations.length,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const file = resolve(import.meta.dirname, '../generated/dataset.json');
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  console.log(JSON.stringify(datasetStats(dataset)));
}
