import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../../src/data/build/build';
import { DEFAULT_SHARED_DATA, loadSources } from '../../../src/data/build/sources';
import { datasetStats } from '../../../src/data/build/stats';
import { stableJson } from '../../../src/data/build/util';
import type { Dataset } from '../../../src/data/schema';

const GENERATED = resolve(import.meta.dirname, '../../../src/data/generated');
const haveSources = existsSync(DEFAULT_SHARED_DATA);

describe('data:build', () => {
  it('fails with a clear message when the shared sources are missing', () => {
    expect(() => loadSources('/nonexistent/shared/data')).toThrow(/needs the open-data sources/);
  });

  it.runIf(haveSources)('is deterministic and matches the committed files', () => {
    const a = buildAll();
    const b = buildAll();
    expect(stableJson(a.dataset)).toBe(stableJson(b.dataset));
    expect(stableJson(a.lexicon)).toBe(stableJson(b.lexicon));
    expect(stableJson(a.dataset)).toBe(readFileSync(resolve(GENERATED, 'dataset.json'), 'utf8'));
    expect(stableJson(a.lexicon)).toBe(readFileSync(resolve(GENERATED, 'lexicon.json'), 'utf8'));
  });
});

describe('committed dataset coverage', () => {
  const d = JSON.parse(readFileSync(resolve(GENERATED, 'dataset.json'), 'utf8')) as Dataset;
  const stats = datasetStats(d);

  it('holds the merged union of the incident sources', () => {
    expect(stats.incidents).toBeGreaterThanOrEqual(900);
    expect(stats.incidentsWithUsd).toBeGreaterThanOrEqual(600);
    expect(d.incidents.some((i) => i.origin.length > 1)).toBe(true);
  });

  it('merges two reports of one theft (dn-institute + curated Ronin)', () => {
    const ronin = d.incidents.filter((i) => i.victim.orgId === 'org:ronin-network');
    const mar2022 = ronin.filter((i) => i.date.startsWith('2022-03'));
    expect(mar2022).toHaveLength(1);
    expect(mar2022[0]!.origin).toEqual(
      expect.arrayContaining(['curated', 'dn-institute', 'defihacklabs']),
    );
    expect(mar2022[0]!.amount).toMatchObject({ usdMin: 600000000 });
  });

  it('covers DPRK thefts from 2017 to 2025, each attribution with a source', () => {
    const dprk = d.incidents.filter((i) => i.attributions.length);
    expect(dprk.length).toBeGreaterThanOrEqual(40);
    const years = new Set(dprk.map((i) => i.date.slice(0, 4)));
    for (const y of ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']) {
      expect(years).toContain(y);
    }
    for (const i of dprk) for (const a of i.attributions) expect(a.source.url).toMatch(/^https?:/);
    const names = dprk.map((i) => i.victim.name);
    for (const v of [
      'CoinsPaid',
      'Alphapo',
      'Atomic Wallet',
      'Stake.com',
      'CoinEx',
      'DMM Bitcoin',
      'WazirX',
      'Radiant Capital',
      'Bybit',
    ]) {
      expect(names).toContain(v);
    }
  });

  it('places every MISP/MITRE North Korean actor and keeps both views of the Lazarus cluster', () => {
    const ids = new Set(d.actors.map((a) => a.id));
    for (const id of [
      'actor:lazarus-group',
      'actor:apt38',
      'actor:andariel',
      'actor:kimsuky',
      'actor:apt37',
      'actor:tradertraitor',
      'actor:applejeus',
      'actor:moonstone-sleet',
    ]) {
      expect(ids).toContain(id);
    }
    const apt38 = d.actors.find((a) => a.id === 'actor:apt38')!;
    expect(apt38.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'sub-group', actorId: 'actor:lazarus-group', by: 'MISP' }),
        expect.objectContaining({
          kind: 'overlaps-with',
          actorId: 'actor:lazarus-group',
          by: 'MITRE',
        }),
      ]),
    );
    expect(d.actors.some((a) => a.type === 'drainer')).toBe(true);
  });
});
