// Incident records from dn-institute, DeFiHackLabs and the curated file, merged when two
// records name the same victim within three days of each other.
import type { Attribution, DatasetIncident, IncidentVictimKind, SourceRef } from '../schema';
import type { DhlIncident, DnIncident } from './sources';
import { byString, dayDiff, nameKey, slug, uniq, uniqCI, victimNames } from './util';

export type CuratedIncident = Omit<DatasetIncident, 'id' | 'origin'> & {
  id?: string;
  note?: string;
};

const DN_REPO = 'https://github.com/1712n/dn-institute/blob/main/';
const DHL_REPO = 'https://github.com/SunWeb3Sec/DeFiHackLabs/blob/main/';
const EXPLORER =
  /etherscan|bscscan|polygonscan|tronscan|arbiscan|ftmscan|snowtrace|blockchain\.com|explorer\.|solscan|xrpscan|basescan|optimistic\.|t\.me\/|phalcon\.blocksec|tx\.eth\.samczsun|app\.blocksec/i;

const MERGE_DAYS = 3;
/** Sources date a theft by discovery or by disclosure (Ronin: 23 vs 29 March 2022): a wider
 *  window applies when both records give USD amounts that agree within 15%. */
const MERGE_DAYS_SAME_AMOUNT = 10;

function sameTheft(a: DatasetIncident, b: DatasetIncident): boolean {
  const days = dayDiff(a.date, b.date);
  if (days <= MERGE_DAYS) return true;
  const x = a.amount?.usd;
  const y = b.amount?.usd;
  return (
    days <= MERGE_DAYS_SAME_AMOUNT &&
    x !== undefined &&
    y !== undefined &&
    Math.abs(x - y) / Math.max(x, y) <= 0.15
  );
}

function dnKind(types: string[]): IncidentVictimKind {
  const t = types.map((x) => x.toLowerCase());
  if (t.some((x) => x.includes('payment'))) return 'payment-processor';
  if (t.some((x) => x.includes('gambl') || x.includes('casino'))) return 'gambling';
  if (t.includes('exchange') || t.includes('custodian')) return 'exchange';
  if (t.includes('bridge')) return 'bridge';
  if (t.includes('wallet')) return 'wallet';
  if (t.some((x) => x.includes('defi') || x.includes('dex') || x.includes('lending')))
    return 'defi';
  return 'other';
}

const DN_ACTORS: Record<string, string> = {
  'Lazarus Group': 'actor:lazarus-group',
  APT38: 'actor:apt38',
};

export function fromDnInstitute(r: DnIncident & { file_name_date?: string }): DatasetIncident {
  const date =
    r.file_name_date && /^\d{4}-\d{2}-\d{2}$/.test(r.file_name_date) ? r.file_name_date : r.date;
  const [name = r.title, ...aliases] = uniqCI(r.target_entities.flatMap(victimNames));
  const page: SourceRef = {
    url: encodeURI(DN_REPO + r.source_path),
    title: r.title,
    publisher: 'DN Institute',
  };
  const attributions: Attribution[] = [];
  for (const tag of r.tags) {
    const actorId = DN_ACTORS[tag];
    if (actorId)
      attributions.push({ actorId, strength: 'attributed', by: 'DN Institute', source: page });
  }
  const links = uniq(r.links.map((l) => l.url).filter((u) => !EXPLORER.test(u))).slice(0, 8);
  const inc: DatasetIncident = {
    id: `inc:${date}-${slug(name)}`,
    date,
    victim: { name, aliases: uniqCI(aliases), kind: dnKind(r.entity_types) },
    attributions,
    sources: [page, ...links.map((url) => ({ url }))],
    origin: ['dn-institute'],
  };
  if (typeof r.loss_usd === 'number') inc.amount = { usd: r.loss_usd };
  if (r.attack_types.length) inc.technique = r.attack_types.join(', ');
  return inc;
}

/** Native amount from DeFiHackLabs' "Lost:" text when it is a plain "<number> <TOKEN>". */
export function nativeAmount(text: string | null): { value: number; asset: string } | undefined {
  if (!text) return undefined;
  const m = /^\s*~?\s*\$?([\d,]*\.?\d+)\s*([kKmM])?\s+\$?([A-Za-z][A-Za-z0-9.]{1,11})\b/.exec(text);
  if (!m) return undefined;
  const asset = m[3]!.toUpperCase();
  if (/^(USD|US|DOLLARS?|IN|OF|WORTH|AND|MILLION|BILLION)$/.test(asset)) return undefined;
  const mult = m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1;
  const value = Number(m[1]!.replace(/,/g, '')) * mult;
  return Number.isFinite(value) && value > 0 ? { value, asset } : undefined;
}

export function fromDefiHackLabs(r: DhlIncident): DatasetIncident {
  const [dhlName = r.name.trim(), ...dhlAliases] = victimNames(r.name);
  const bridge = /bridge/i.test(`${r.root_cause ?? ''} ${r.name}`);
  const page: SourceRef = {
    url: encodeURI(DHL_REPO + (r.poc ?? r.source_file)),
    title: `DeFiHackLabs: ${r.name}`,
    publisher: 'DeFiHackLabs',
  };
  const links = uniq(r.links.filter((u) => !EXPLORER.test(u))).slice(0, 5);
  const inc: DatasetIncident = {
    id: `inc:${r.date}-${slug(r.name)}`,
    date: r.date,
    victim: { name: dhlName, aliases: dhlAliases, kind: bridge ? 'bridge' : 'defi' },
    attributions: [],
    sources: [page, ...links.map((url) => ({ url }))],
    origin: ['defihacklabs'],
  };
  const native = r.lost_text_multiple_assets ? undefined : nativeAmount(r.lost_text);
  if (r.lost_usd_parsed !== null || native) {
    inc.amount = {};
    if (r.lost_usd_parsed !== null && r.lost_usd_parsed > 0)
      inc.amount.usd = Math.round(r.lost_usd_parsed);
    if (native && native.asset !== 'USDT' && native.asset !== 'USDC') inc.amount.native = [native];
    if (!inc.amount.usd && !inc.amount.native) delete inc.amount;
  }
  if (r.root_cause) inc.technique = r.root_cause.trim();
  return inc;
}

/** Maps a victim name to a merge key: the known organisation's id, else the normalised name. */
export type VictimKey = (name: string) => string;

const namesOf = (i: DatasetIncident, key: VictimKey): string[] => [
  ...new Set([i.victim.name, ...i.victim.aliases].map(key).filter(Boolean)),
];

/** Merge b into a (a is the preferred record: curated > dn-institute > DeFiHackLabs). */
function mergeInto(a: DatasetIncident, b: DatasetIncident): void {
  a.victim.aliases = uniqCI([...a.victim.aliases, b.victim.name, ...b.victim.aliases]).filter(
    (n) => nameKey(n) !== nameKey(a.victim.name),
  );
  if (
    a.victim.kind === 'other' ||
    (a.victim.kind === 'defi' && b.victim.kind !== 'defi' && b.victim.kind !== 'other')
  ) {
    if (b.victim.kind !== 'other') a.victim.kind = b.victim.kind;
  }
  const au = a.amount?.usd;
  const bu = b.amount?.usd;
  if (au === undefined && b.amount) {
    a.amount = { ...b.amount, ...(a.amount ?? {}) };
    if (bu !== undefined) a.amount.usd = bu;
  } else if (au !== undefined && bu !== undefined && Math.abs(au - bu) / Math.max(au, bu) > 0.05) {
    const amt = a.amount!;
    amt.usdMin = Math.min(amt.usdMin ?? au, bu);
    amt.usdMax = Math.max(amt.usdMax ?? au, bu);
  }
  if (b.amount?.native && a.amount && !a.amount.native) a.amount.native = b.amount.native;
  if (!a.technique && b.technique) a.technique = b.technique;
  if (b.chain) a.chain = uniq([...(a.chain ?? []), ...b.chain]);
  for (const at of b.attributions) {
    if (!a.attributions.some((x) => x.actorId === at.actorId && x.by === at.by))
      a.attributions.push(at);
  }
  for (const s of b.sources) if (!a.sources.some((x) => x.url === s.url)) a.sources.push(s);
  a.origin = uniq([...a.origin, ...b.origin]);
}

export function mergeIncidents(
  groups: DatasetIncident[][],
  key: VictimKey = nameKey,
): DatasetIncident[] {
  const names = (i: DatasetIncident): string[] => namesOf(i, key);
  const out: DatasetIncident[] = [];
  const index = new Map<string, DatasetIncident[]>(); // name key -> merged incidents
  for (const group of groups) {
    const batch: [DatasetIncident, DatasetIncident | undefined][] = [];
    for (const inc of group) {
      const primary = key(inc.victim.name);
      const cands = names(inc)
        .flatMap((k) => index.get(k) ?? [])
        .filter((c, i, all) => all.indexOf(c) === i)
        .filter((c) => sameTheft(c, inc));
      // Prefer the record whose main victim name is this record's main name, then the closest date.
      cands.sort(
        (x, y) =>
          Number(key(y.victim.name) === primary) - Number(key(x.victim.name) === primary) ||
          dayDiff(x.date, inc.date) - dayDiff(y.date, inc.date),
      );
      batch.push([inc, cands[0]]);
    }
    // Records of one source never merge with each other (two hacks of one victim a day apart).
    for (const [inc, target] of batch) {
      if (target) mergeInto(target, inc);
      else {
        out.push(inc);
        for (const k of names(inc)) index.set(k, [...(index.get(k) ?? []), inc]);
      }
    }
  }
  // Unique ids, stable order.
  out.sort(byString((i) => `${i.date} ${i.id}`));
  const used = new Set<string>();
  for (const inc of out) {
    let id = inc.id;
    for (let n = 2; used.has(id); n++) id = `${inc.id}-${n}`;
    inc.id = id;
    used.add(id);
    inc.attributions.sort(byString((a) => `${a.actorId} ${a.by}`));
  }
  return out;
}

export function fromCurated(c: CuratedIncident): DatasetIncident {
  const { note: _note, id, ...rest } = c;
  return { ...rest, id: id ?? `inc:${c.date}-${slug(c.victim.name)}`, origin: ['curated'] };
}
