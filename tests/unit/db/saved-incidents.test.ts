import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { HeistLensDB } from '../../../src/db/database';
import {
  canonicalizeUrl,
  deleteIncident,
  listSaved,
  pageState,
  saveIncident,
} from '../../../src/db/saved-incidents';
import { splitSource, updateIncident } from '../../../src/db/library-edit';
import type { SaveRequest } from '../../../src/shared/messages';
import { amountRange } from '../../../src/shared/saved';

let db: HeistLensDB;
let n = 0;
const opts = (now = '2023-07-27T10:00:00Z') => ({ now, newId: () => `id-${++n}` });

function story(
  url: string,
  victim = 'CoinsPaid',
  date: string | null = '2023-07-22',
  usd = 37_300_000,
): SaveRequest {
  return {
    incident: {
      victims: [{ name: victim }],
      actors: [
        {
          name: 'Lazarus Group',
          entityId: 'actor:lazarus-group',
          strength: 'suspected',
          by: victim,
        },
      ],
      amount: { value: usd, currency: 'USD', usd },
      date,
    },
    source: { url, canonicalUrl: url, title: 't', site: new URL(url).hostname, highlights: [] },
  };
}

beforeEach(() => {
  db = new HeistLensDB(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saving incidents', () => {
  test('a second outlet on the same theft becomes a second source of one incident', async () => {
    const a = await saveIncident(db, story('https://one.example/a'), opts());
    const b = await saveIncident(
      db,
      story('https://two.example/b', 'CoinsPaid', '2023-07-24', 37_000_000),
      opts(),
    );
    expect(a).toMatchObject({ merged: false, sourceCount: 1 });
    expect(b).toMatchObject({ incidentId: a.incidentId, merged: true, sourceCount: 2 });
    const { incidents, sources } = await listSaved(db);
    expect(incidents).toHaveLength(1);
    // Each source keeps its own figure.
    expect(sources.map((s) => s.amount?.usd).sort()).toEqual([37_000_000, 37_300_000]);
  });

  test('the same victim months apart is another incident', async () => {
    await saveIncident(db, story('https://one.example/a'), opts());
    const later = await saveIncident(
      db,
      story('https://one.example/z', 'CoinsPaid', '2023-11-02'),
      opts(),
    );
    expect(later.merged).toBe(false);
    expect((await listSaved(db)).incidents).toHaveLength(2);
  });

  test('saving the same page twice updates its source instead of adding one', async () => {
    await saveIncident(db, story('https://one.example/a?utm_source=x'), opts());
    const again = await saveIncident(db, story('https://one.example/a'), opts());
    expect(again).toMatchObject({ merged: false, sourceCount: 1 });
    expect((await listSaved(db)).sources).toHaveLength(1);
  });

  test('pageState knows a saved URL; delete removes the incident and its sources', async () => {
    const { incidentId } = await saveIncident(db, story('https://one.example/a'), opts());
    expect(await pageState(db, 'https://one.example/a#comments')).toMatchObject({
      saved: true,
      incidentId,
    });
    expect(await deleteIncident(db, incidentId)).toBe(true);
    expect(await listSaved(db)).toEqual({ incidents: [], sources: [] });
    expect((await pageState(db, 'https://one.example/a')).saved).toBe(false);
  });
});

test('canonical URLs drop the fragment and tracking parameters, keep the rest', () => {
  expect(canonicalizeUrl('https://x.example/p?id=3&utm_medium=m&fbclid=z#top')).toBe(
    'https://x.example/p?id=3',
  );
  expect(canonicalizeUrl('not a url')).toBe('not a url');
});

describe('merge rules', () => {
  test('conflicting figures are kept per source and the incident shows the range', async () => {
    await saveIncident(db, story('https://one.example/a'), opts());
    await saveIncident(
      db,
      story('https://two.example/b', 'CoinsPaid', '2023-07-23', 37_000_000),
      opts(),
    );
    const { incidents, sources } = await listSaved(db);
    expect(incidents[0]!.amount?.usd).toBe(37_300_000); // the first figure stays the chosen one
    expect(amountRange(incidents[0]!, sources)).toEqual({
      min: 37_000_000,
      max: 37_300_000,
      currency: 'USD',
    });
  });

  test('the victim name matches across spelling ("Coins Paid" = "CoinsPaid"), window is 4 days', async () => {
    await saveIncident(db, story('https://one.example/a'), opts());
    const near = await saveIncident(
      db,
      story('https://two.example/b', 'Coins Paid', '2023-07-26'),
      opts(),
    );
    expect(near.merged).toBe(true);
    const far = await saveIncident(
      db,
      story('https://three.example/c', 'CoinsPaid', '2023-07-27'),
      opts(),
    );
    expect(far.merged).toBe(false);
  });

  test('the same dataset incident merges even when the victim is named differently', async () => {
    const a = await saveIncident(db, story('https://one.example/a'), {
      ...opts(),
      datasetIncidentId: 'inc:x',
    });
    const b = await saveIncident(db, story('https://two.example/b', 'Alphapo', '2023-07-22'), {
      ...opts(),
      datasetIncidentId: 'inc:x',
    });
    expect(b).toMatchObject({ incidentId: a.incidentId, merged: true, sourceCount: 2 });
  });

  test('a different victim on the same day is another incident', async () => {
    await saveIncident(db, story('https://one.example/a'), opts());
    const other = await saveIncident(db, story('https://two.example/b', 'Alphapo'), opts());
    expect(other.merged).toBe(false);
  });

  test('a merge can be undone: the source goes back to an incident of its own', async () => {
    const first = await saveIncident(db, story('https://one.example/a'), opts());
    const second = story('https://two.example/b', 'CoinsPaid', '2023-07-23', 37_000_000);
    second.incident.actors.push({ name: 'TraderTraitor', entityId: 'actor:tradertraitor' });
    await saveIncident(db, second, opts());
    const merged = (await listSaved(db)).incidents[0]!;
    expect(merged.actors.map((a) => a.name)).toEqual(['Lazarus Group', 'TraderTraitor']);

    const moved = (await db.savedSources.where('url').equals('https://two.example/b').first())!;
    expect(moved.mergedAt).toBeDefined();
    const split = await splitSource(db, moved.id, {
      now: '2023-07-28T00:00:00Z',
      newId: () => 'split-1',
    });
    expect(split).toEqual({ incidentId: 'split-1', fromIncidentId: first.incidentId });

    const { incidents, sources } = await listSaved(db);
    expect(incidents).toHaveLength(2);
    const original = incidents.find((i) => i.id === first.incidentId)!;
    const own = incidents.find((i) => i.id === 'split-1')!;
    expect(original.actors.map((a) => a.name)).toEqual(['Lazarus Group']); // TraderTraitor left with its story
    expect(original.amount?.usd).toBe(37_300_000);
    expect(own).toMatchObject({ date: '2023-07-23', amount: { usd: 37_000_000 } });
    expect(own.actors.map((a) => a.name)).toEqual(['Lazarus Group', 'TraderTraitor']);
    expect(sources.find((s) => s.id === moved.id)).toMatchObject({ incidentId: 'split-1' });
    expect(sources.find((s) => s.id === moved.id)!.mergedAt).toBeUndefined();
    // An incident's only source cannot be split off.
    expect(await splitSource(db, moved.id, { now: 'x', newId: () => 'never' })).toBeNull();
  });

  test('the reader can correct an incident; the victim key follows the victim', async () => {
    const { incidentId } = await saveIncident(db, story('https://one.example/a'), opts());
    const edited = await updateIncident(
      db,
      incidentId,
      {
        victims: [{ name: 'Alpha Po' }],
        tags: [' dprk ', 'dprk', ''],
        notes: 'checked',
        date: '2023-07-21',
      },
      '2023-08-01T00:00:00Z',
    );
    expect(edited).toMatchObject({
      victimKey: 'alphapo',
      tags: ['dprk'],
      notes: 'checked',
      date: '2023-07-21',
    });
    expect(await updateIncident(db, 'nope', { notes: 'x' }, 'now')).toBeNull();
  });
});
