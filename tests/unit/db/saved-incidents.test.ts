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
import type { SaveRequest } from '../../../src/shared/messages';

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
