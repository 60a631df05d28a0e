// Read queries over the seeded dataset: actor lookup, the popup search, the actor card and a
// victim's incidents. Rows are returned without their lookup keys (plain dataset records).
import type { Actor, ActorRelation, DatasetIncident } from '../data/schema';
import type { ActorCardView, SearchHit } from '../shared/views';
import { aliasKey, type ActorRow, type HeistLensDB, type IncidentRow } from './database';
import { compactKey, lookupKeys, onDatasetSeeded, victimKeyFor } from './dataset-seed';

const stripActor = ({ aliasKeys: _k, ...actor }: ActorRow): Actor => actor;
const stripIncident = ({ victimKey: _v, actorIds: _a, ...inc }: IncidentRow): DatasetIncident =>
  inc;

const byDate = (a: DatasetIncident, b: DatasetIncident): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The USD figure used for totals: the stated amount, else the top of the range. */
export const incidentUsd = (i: DatasetIncident): number =>
  i.amount?.usd ?? i.amount?.usdMax ?? i.amount?.usdMin ?? 0;

/** The actor an alias names ("Jade Sleet" -> TraderTraitor). An actor's own name wins over
 *  another actor's synonym ("Andariel" is Andariel, not Lazarus Group, though MISP lists it). */
export async function findActor(db: HeistLensDB, alias: string): Promise<Actor | undefined> {
  const keys = lookupKeys([alias]);
  if (!keys.length) return undefined;
  const rows = await db.actors.where('aliasKeys').anyOf(keys).toArray();
  if (!rows.length) return undefined;
  const own = rows.find((r) => lookupKeys([r.name]).some((k) => keys.includes(k)));
  const pick =
    own ??
    [...rows].sort((a, b) => a.aliases.length - b.aliases.length || (a.id < b.id ? -1 : 1))[0]!;
  return stripActor(pick);
}

/** Incidents whose victim is this name or one of its aliases, oldest first. */
export async function incidentsForVictim(
  db: HeistLensDB,
  name: string,
): Promise<DatasetIncident[]> {
  const keys = lookupKeys([name]);
  if (!keys.length) return [];
  const orgs = await db.organizations.where('aliasKeys').anyOf(keys).toArray();
  const victimKeys = new Set([...orgs.map((o) => o.id), `name:${compactKey(name)}`]);
  const rows = await db.incidents
    .where('victimKey')
    .anyOf([...victimKeys])
    .toArray();
  return rows.map(stripIncident).sort(byDate);
}

const INVERSE: Record<ActorRelation['kind'], ActorRelation['kind']> = {
  umbrella: 'sub-group',
  'sub-group': 'umbrella',
  'overlaps-with': 'overlaps-with',
};

/** Everything the card shows about one actor; null when the id is unknown. */
export async function actorCard(db: HeistLensDB, id: string): Promise<ActorCardView | null> {
  const row = await db.actors.get(id);
  if (!row) return null;
  const actor = stripActor(row);
  const all = await db.actors.toArray();
  const names = new Map(all.map((a) => [a.id, a.name]));

  // Relations both ways: what this actor's record says, and what other records say about it.
  const related: ActorCardView['related'] = [];
  const seen = new Set<string>();
  const add = (otherId: string, kind: string, by: string): void => {
    const key = `${otherId} ${kind} ${by}`;
    const name = names.get(otherId);
    if (seen.has(key) || !name || otherId === id) return;
    seen.add(key);
    related.push({ kind, by, actor: { id: otherId, name } });
  };
  for (const r of actor.relations) add(r.actorId, r.kind, r.by);
  for (const other of all) {
    for (const r of other.relations) if (r.actorId === id) add(other.id, INVERSE[r.kind], r.by);
  }
  related.sort((a, b) => (a.actor.name + a.kind + a.by < b.actor.name + b.kind + b.by ? -1 : 1));

  const incidents = (await db.incidents.where('actorIds').equals(id).toArray())
    .map(stripIncident)
    .sort(byDate);
  const years = new Map<string, { year: string; usd: number; count: number }>();
  let usd = 0;
  let largest: DatasetIncident | null = null;
  for (const inc of incidents) {
    const v = incidentUsd(inc);
    usd += v;
    const year = inc.date.slice(0, 4);
    const y = years.get(year) ?? { year, usd: 0, count: 0 };
    y.usd += v;
    y.count += 1;
    years.set(year, y);
    if (v > 0 && (!largest || v > incidentUsd(largest))) largest = inc;
  }
  const byYear = [...years.values()].sort((a, b) => (a.year < b.year ? -1 : 1));
  return { actor, related, incidents, totals: { usd, count: incidents.length, byYear }, largest };
}

// ---------------------------------------------------------------------------------------------
// Popup search: prefix and typo-tolerant, over actor names/aliases and victim names.

interface Candidate {
  id: string;
  name: string;
  text: string; // the alias or victim name this entry matches on
  key: string; // aliasKey(text)
  words: string[];
  type: SearchHit['type'];
}

const cache = new WeakMap<HeistLensDB, Promise<Candidate[]>>();
onDatasetSeeded((db) => cache.delete(db));

async function candidates(db: HeistLensDB): Promise<Candidate[]> {
  let list = cache.get(db);
  if (!list) {
    list = (async () => {
      const out: Candidate[] = [];
      const push = (id: string, name: string, text: string, type: SearchHit['type']): void => {
        const key = aliasKey(text);
        if (key)
          out.push({
            id,
            name,
            text,
            key,
            words: key.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
            type,
          });
      };
      for (const a of await db.actors.toArray()) {
        push(a.id, a.name, a.name, 'actor');
        for (const al of a.aliases) push(a.id, a.name, al.name, 'actor');
      }
      const victims = new Map<string, DatasetIncident['victim']>();
      await db.incidents.each((i) => {
        const k = victimKeyFor(i.victim);
        if (!victims.has(k)) victims.set(k, i.victim);
      });
      for (const [k, v] of victims) {
        push(k, v.name, v.name, 'victim');
        for (const al of v.aliases) push(k, v.name, al, 'victim');
      }
      return out;
    })();
    cache.set(db, list);
  }
  return list;
}

/** Damerau-Levenshtein distance with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Lower is better; undefined when the candidate does not match at all. */
function score(q: string, c: Candidate): number | undefined {
  if (c.key === q) return 0;
  if (c.key.startsWith(q)) return 1;
  if (c.words.some((w) => w.startsWith(q)) || compactKey(c.text).startsWith(compactKey(q)))
    return 2;
  if (q.length < 3) return undefined;
  // Typos: compare with the start of the name (and of each word) at about the query's length.
  const max = q.length <= 4 ? 1 : 2;
  let best = max + 1;
  for (const target of [c.key, ...c.words]) {
    for (const len of [q.length - 1, q.length, q.length + 1]) {
      if (len < 2 || len > target.length) continue;
      best = Math.min(best, editDistance(q, target.slice(0, len), max));
    }
  }
  return best <= max ? 3 + best : undefined;
}

export async function searchActors(
  db: HeistLensDB,
  query: string,
  limit = 10,
): Promise<SearchHit[]> {
  const q = aliasKey(query);
  if (!q) return [];
  const best = new Map<string, { hit: SearchHit; s: number }>();
  for (const c of await candidates(db)) {
    const s = score(q, c);
    if (s === undefined) continue;
    const prev = best.get(c.id);
    if (prev && prev.s <= s) continue;
    const hit: SearchHit = { id: c.id, name: c.name, type: c.type };
    if (c.text !== c.name) hit.matched = c.text;
    best.set(c.id, { hit, s });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.s - b.s ||
        Number(a.hit.type !== 'actor') - Number(b.hit.type !== 'actor') ||
        a.hit.name.length - b.hit.name.length ||
        (a.hit.name < b.hit.name ? -1 : 1),
    )
    .slice(0, Math.max(0, limit))
    .map((x) => x.hit);
}
