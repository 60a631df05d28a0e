import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import data from '../../../src/data/generated/dataset.json';
import type { Dataset } from '../../../src/data/schema';
import { HeistLensDB } from '../../../src/db/database';
import {
  actorCard,
  editDistance,
  findActor,
  incidentsForVictim,
  searchActors,
} from '../../../src/db/dataset-queries';
import { seedDataset } from '../../../src/db/dataset-seed';

const db = new HeistLensDB(`test-${Math.random().toString(36).slice(2)}`);
beforeAll(async () => {
  await seedDataset(db, data as unknown as Dataset);
});
afterAll(async () => {
  db.close();
  await db.delete();
});

describe('findActor', () => {
  it('resolves any alias, case- and spacing-insensitively', async () => {
    expect((await findActor(db, 'Hidden Cobra'))?.id).toBe('actor:lazarus-group');
    expect((await findActor(db, 'lazarus'))?.id).toBe('actor:lazarus-group');
    expect((await findActor(db, 'Jade Sleet'))?.id).toBe('actor:tradertraitor');
    expect((await findActor(db, 'UNC 4899'))?.id).toBe('actor:tradertraitor');
    expect((await findActor(db, 'apt 38'))?.id).toBe('actor:apt38');
    expect((await findActor(db, 'Citrine Sleet'))?.id).toBe('actor:applejeus');
    expect(await findActor(db, 'Nobody Group')).toBeUndefined();
    expect(await findActor(db, '  ')).toBeUndefined();
  });

  it("prefers an actor's own name over another actor's synonym", async () => {
    expect((await findActor(db, 'Andariel'))?.id).toBe('actor:andariel');
    expect((await findActor(db, 'APT38'))?.id).toBe('actor:apt38');
  });

  it('returns the plain record without lookup keys', async () => {
    const a = await findActor(db, 'TraderTraitor');
    expect(a).not.toHaveProperty('aliasKeys');
  });
});

describe('actorCard', () => {
  it('shows Lazarus Group with aliases, who uses them, related groups and 30+ sourced thefts', async () => {
    const card = (await actorCard(db, 'actor:lazarus-group'))!;
    expect(card.actor.name).toBe('Lazarus Group');
    const alias = (n: string) =>
      card.actor.aliases.find((a) => a.name.toLowerCase() === n.toLowerCase());
    expect(alias('Diamond Sleet')?.usedBy).toContain('Microsoft');
    expect(alias('Labyrinth Chollima')?.usedBy).toContain('CrowdStrike');
    expect(alias('Hidden Cobra')?.usedBy).toContain('US Government');

    const rel = (id: string) => card.related.filter((r) => r.actor.id === id);
    expect(rel('actor:apt38').map((r) => `${r.kind}/${r.by}`)).toEqual(
      expect.arrayContaining(['umbrella/MISP', 'overlaps-with/MITRE']),
    );
    expect(rel('actor:tradertraitor').map((r) => `${r.kind}/${r.by}`)).toContain('umbrella/FBI');
    expect(rel('actor:andariel').length).toBeGreaterThan(0);

    expect(card.incidents.length).toBeGreaterThanOrEqual(30);
    const dates = card.incidents.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    for (const inc of card.incidents) {
      const att = inc.attributions.filter((a) => a.actorId === 'actor:lazarus-group');
      expect(att.length).toBeGreaterThan(0);
      for (const a of att) expect(a.source.url).toMatch(/^https?:\/\//);
    }
    expect(card.incidents.filter((i) => i.amount?.usd).length).toBeGreaterThanOrEqual(28);
    expect(card.largest?.victim.name).toBe('Bybit');
    expect(card.totals.count).toBe(card.incidents.length);
    expect(card.totals.usd).toBeGreaterThan(4_000_000_000);
    expect(card.totals.byYear.map((y) => y.year)).toEqual(
      expect.arrayContaining(['2017', '2019', '2022', '2023', '2024', '2025']),
    );
    expect(card.totals.byYear.reduce((n, y) => n + y.count, 0)).toBe(card.incidents.length);
  });

  it('resolves TraderTraitor to its own record with its relation to Lazarus Group', async () => {
    const actor = (await findActor(db, 'TraderTraitor'))!;
    expect(actor.id).toBe('actor:tradertraitor');
    const card = (await actorCard(db, actor.id))!;
    const toLazarus = card.related.filter((r) => r.actor.id === 'actor:lazarus-group');
    expect(toLazarus.map((r) => `${r.kind}/${r.by}`)).toEqual(
      expect.arrayContaining(['sub-group/FBI', 'overlaps-with/MISP']),
    );
    expect(card.incidents.map((i) => i.victim.name)).toEqual(
      expect.arrayContaining(['DMM Bitcoin', 'Bybit']),
    );
  });

  it('returns null for an unknown id', async () => {
    expect(await actorCard(db, 'actor:nobody')).toBeNull();
  });
});

describe('incidentsForVictim', () => {
  it('finds incidents by name or alias, oldest first', async () => {
    const coinspaid = await incidentsForVictim(db, 'Coins Paid');
    expect(coinspaid.map((i) => i.id)).toContain('inc:2023-07-22-coinspaid');
    const ronin = await incidentsForVictim(db, 'Ronin Bridge');
    expect(ronin.some((i) => i.date === '2022-03-23')).toBe(true);
    const upbit = await incidentsForVictim(db, 'upbit');
    expect(upbit.map((i) => i.date)).toEqual(expect.arrayContaining(['2019-11-27', '2025-11-27']));
    expect(upbit.map((i) => i.date)).toEqual([...upbit.map((i) => i.date)].sort());
    expect(await incidentsForVictim(db, 'Nonexistent Exchange Ltd')).toEqual([]);
  });
});

describe('searchActors', () => {
  it('matches prefixes of names and aliases, actors first', async () => {
    const hits = await searchActors(db, 'laz', 5);
    expect(hits[0]).toMatchObject({ id: 'actor:lazarus-group', type: 'actor' });
    const jade = await searchActors(db, 'jade', 5);
    expect(jade[0]).toMatchObject({
      id: 'actor:tradertraitor',
      name: 'TraderTraitor',
      matched: 'Jade Sleet',
    });
  });

  it('tolerates typos', async () => {
    expect((await searchActors(db, 'Lazarsu', 3))[0]?.id).toBe('actor:lazarus-group');
    expect((await searchActors(db, 'tradertrator', 3))[0]?.id).toBe('actor:tradertraitor');
    expect((await searchActors(db, 'kimsuki', 3))[0]?.id).toBe('actor:kimsuky');
  });

  it('finds victims too', async () => {
    const hits = await searchActors(db, 'coinsp', 5);
    expect(hits).toContainEqual(expect.objectContaining({ type: 'victim', name: 'CoinsPaid' }));
    const bybit = await searchActors(db, 'bybit', 3);
    expect(bybit[0]).toMatchObject({ type: 'victim', id: 'org:bybit' });
  });

  it('respects the limit and ignores empty queries', async () => {
    expect(await searchActors(db, 'a', 4)).toHaveLength(4);
    expect(await searchActors(db, '   ', 4)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit and stops early', () => {
    expect(editDistance('lazarsu', 'lazarus', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
