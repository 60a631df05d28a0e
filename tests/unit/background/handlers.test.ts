import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import data from '../../../src/data/generated/dataset.json';
import type { Dataset } from '../../../src/data/schema';
import { HeistLensDB } from '../../../src/db/database';

const dbs: HeistLensDB[] = [];
const freshDb = () => {
  const db = new HeistLensDB(`test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

it('answers a repeated card lookup from memory, without reading IndexedDB again', async () => {
  const db = freshDb();
  const { handlers } = createHandlers(db, { loadDataset: async () => data as unknown as Dataset });
  const first = await handlers.actorCard({ id: 'actor:lazarus-group' });
  expect(first?.actor.name).toBe('Lazarus Group');
  const victim = await handlers.victimInfo({ name: 'CoinsPaid' });
  expect(victim.incidents.length).toBeGreaterThan(0);

  const reads = vi.spyOn(db.actors, 'get');
  const again = await handlers.actorCard({ id: 'actor:lazarus-group' });
  expect(again).toEqual(first);
  expect(reads).not.toHaveBeenCalled();
  expect(await handlers.victimInfo({ name: 'CoinsPaid' })).toEqual(victim);
});

it('does not remember a lookup that failed, so the next one retries', async () => {
  const db = freshDb();
  let calls = 0;
  const { handlers } = createHandlers(db, {
    loadDataset: async () => {
      calls += 1;
      if (calls === 1) throw new Error('dataset file unreadable');
      return data as unknown as Dataset;
    },
  });
  await expect(handlers.actorCard({ id: 'actor:lazarus-group' })).rejects.toThrow('unreadable');
  expect((await handlers.actorCard({ id: 'actor:lazarus-group' }))?.actor.name).toBe(
    'Lazarus Group',
  );
});
