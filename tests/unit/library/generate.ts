// A seeded generator of saved libraries for property tests: the same seed gives the same
// library. Strings include the hostile and awkward cases an import must carry as plain text.
import type { LibraryExport } from '../../../src/shared/library-export';
import { buildExport } from '../../../src/shared/library-export';
import {
  victimKeyOf,
  type HighlightSelector,
  type SavedActor,
  type SavedAmount,
  type SavedIncident,
  type SavedSource,
  type SavedVictim,
} from '../../../src/shared/saved';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof rng>;

const VICTIMS = [
  'CoinsPaid',
  'Atomic Wallet',
  'Alphapo',
  'Stake.com',
  'Poloniex',
  'HTX',
  'Mixin Network',
  'Orbit Bridge',
  'DMM Bitcoin',
  'WazirX',
  'Bybit',
  'Ronin Network',
  'Harmony Horizon',
  'Coincheck',
  'BingX',
  'Radiant Capital',
  'Élan Exchange',
  '比特币交易所',
  'Ünïcødé Labs',
];
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\tTabbed',
  'Comma, "quoted" and\nnewline',
  '"; DROP TABLE incidents; --',
  '__proto__',
  '🦊 emoji ✓',
  "O'Brien & Sons",
];
const ACTORS: SavedActor[] = [
  { name: 'Lazarus Group', entityId: 'actor:lazarus-group' },
  { name: 'TraderTraitor', entityId: 'actor:tradertraitor' },
  { name: 'APT38', entityId: 'actor:apt38' },
  { name: 'Unknown drainer crew' },
  { name: 'Inferno Drainer', entityId: 'actor:inferno-drainer' },
];
const STRENGTHS = ['confirmed', 'attributed', 'suspected', 'claimed'] as const;
const KINDS = ['exchange', 'bridge', 'defi', 'wallet', 'payment-processor', 'gambling', 'other'];
const CURRENCIES = ['USD', 'ETH', 'BTC', 'JPY', 'INR', 'USDT'];

const pad = (n: number) => String(n).padStart(2, '0');
function day(r: Rng): string {
  return `${r.int(2014, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
}
function instant(r: Rng): string {
  return `${day(r)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}Z`;
}
const text = (r: Rng) => (r.chance(0.2) ? r.pick(HOSTILE) : r.pick(VICTIMS));

function amount(r: Rng): SavedAmount | null {
  if (r.chance(0.15)) return null;
  const currency = r.pick(CURRENCIES);
  const value = r.chance(0.5) ? r.int(1, 900) * 100_000 : Math.round(r.next() * 1e6) / 100;
  const a: SavedAmount = { value, currency };
  if (currency !== 'USD' && r.chance(0.7)) a.usd = Math.round(value * (r.next() * 3000 + 1));
  if (r.chance(0.5)) a.text = r.chance(0.3) ? r.pick(HOSTILE) : `${value} ${currency}`;
  return a;
}

function actors(r: Rng, by: string): SavedActor[] {
  const n = r.int(0, 2);
  const out: SavedActor[] = [];
  for (let k = 0; k < n; k++) {
    const a: SavedActor = { ...r.pick(ACTORS) };
    if (out.some((x) => x.name === a.name)) continue;
    if (r.chance(0.7)) a.strength = r.pick(STRENGTHS);
    if (r.chance(0.5)) a.by = r.chance(0.5) ? 'FBI' : by;
    out.push(a);
  }
  return out;
}

function highlight(r: Rng): HighlightSelector {
  const start = r.int(0, 5000);
  const exact = text(r);
  return {
    kind: r.pick(['actor', 'victim', 'amount', 'organization', 'date'] as const),
    role: r.pick(['attacker', 'victim', 'stolen', 'mentioned']),
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: r.pick(HOSTILE).slice(0, 20),
      suffix: ' said',
    },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

export function generateLibrary(
  seed: number,
  count = 30,
): { incidents: SavedIncident[]; sources: SavedSource[] } {
  const r = rng(seed);
  const incidents: SavedIncident[] = [];
  const sources: SavedSource[] = [];
  for (let i = 0; i < count; i++) {
    const id = `inc-${seed}-${i}`;
    const victims: SavedVictim[] = [{ name: text(r) }];
    if (r.chance(0.5)) victims[0]!.kind = r.pick(KINDS);
    if (r.chance(0.3)) victims[0]!.entityId = `org:v${r.int(1, 99)}`;
    if (r.chance(0.1)) victims.push({ name: r.pick(VICTIMS) });
    const createdAt = instant(r);
    const incident: SavedIncident = {
      id,
      victims,
      victimKey: victimKeyOf(victims),
      actors: actors(r, victims[0]!.name),
      amount: amount(r),
      date: r.chance(0.9) ? day(r) : null,
      tags: r.chance(0.4)
        ? [...new Set([r.pick(['dprk', 'bridge', '=1+1', 'follow-up']), 'x'])]
        : [],
      notes: r.chance(0.4) ? r.pick(HOSTILE) : '',
      createdAt,
      updatedAt: r.chance(0.5) ? createdAt : instant(r),
    };
    if (r.chance(0.3)) incident.datasetIncidentId = `inc:${incident.date ?? '2020-01-01'}-x${i}`;
    incidents.push(incident);
    const n = r.int(0, 3);
    for (let k = 0; k < n; k++) {
      const host = r.pick(['news.example', 'chain.example', 'wire.example']);
      const url = `https://${host}/${seed}/${i}/${k}?q=${encodeURIComponent(r.pick(HOSTILE))}`;
      const s: SavedSource = {
        id: `src-${seed}-${i}-${k}`,
        incidentId: id,
        url,
        canonicalUrl: url,
        title: text(r),
        site: host,
        savedAt: instant(r),
        amount: amount(r),
        highlights: Array.from({ length: r.int(0, 4) }, () => highlight(r)),
      };
      if (r.chance(0.5)) s.published = day(r);
      if (r.chance(0.7)) s.reported = { victims, actors: actors(r, 'x'), date: incident.date };
      if (k > 0 && r.chance(0.8)) s.mergedAt = instant(r);
      sources.push(s);
    }
  }
  return { incidents, sources };
}

export const EXPORTED_AT = '2026-01-01T00:00:00.000Z';
export const exportOf = (lib: {
  incidents: SavedIncident[];
  sources: SavedSource[];
}): LibraryExport => buildExport(lib.incidents, lib.sources, EXPORTED_AT, 'HeistLens test');
