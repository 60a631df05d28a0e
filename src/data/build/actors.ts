// Builds the actor records: every actor MISP or MITRE ATT&CK places in North Korea, Microsoft's
// names for them, and the hand-curated crypto-crime actors. Both views of the DPRK cluster are
// kept: MISP's synonyms become umbrella/sub-group relations, MITRE's separate groups stay separate.
import type { Actor, ActorRelation, DatasetIncident, SourceRef } from '../schema';
import { namingVendor } from './naming';
import type { MispCluster, Sources, StixObject } from './sources';
import { byString, slug, splitFlags, uniq } from './util';

export interface CuratedActor {
  id: string;
  name?: string;
  type?: Actor['type'];
  country?: string;
  stateSponsor?: string;
  description?: string;
  firstSeen?: string;
  lastSeen?: string;
  aliases?: { name: string; usedBy?: string[] }[];
  relations?: ActorRelation[];
  references?: SourceRef[];
}

/** Lexicon flags by entity id, then lower-cased alias. */
export type FlagMap = Map<string, Map<string, string>>;

const MITRE_URL = 'https://attack.mitre.org/groups/';
const DPRK = 'North Korea';

function isMispDprk(v: MispCluster): boolean {
  const sponsor = v.meta?.['cfr-suspected-state-sponsor'] ?? '';
  return v.meta?.country === 'KP' || /Democratic People's Republic|North Korea/i.test(sponsor);
}

function isMitreDprk(o: StixObject): boolean {
  if (o.type !== 'intrusion-set' || o.revoked || o.x_mitre_deprecated) return false;
  const first = (o.description ?? '').split(/\.\s/)[0] ?? '';
  return /North Korea|DPRK/.test(first) && !/South Korean origins/.test(first);
}

const mitreId = (o: StixObject): string | undefined =>
  o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;

function sponsorName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  return /Democratic People's Republic|North Korea/i.test(raw) ? DPRK : raw;
}

/** Prefer the spelling with more capitals ("ZINC" over "Zinc", "BlueNoroff" over "Bluenoroff"). */
function capitals(s: string): number {
  return (s.match(/[A-Z]/g) ?? []).length;
}

function addAlias(actor: Actor, name: string, usedBy: (string | undefined)[]): void {
  // MISP writes "Subgroup: Bluenoroff"; Microsoft lists campaigns among synonyms ("Tdrop2 campaign").
  const clean = name.replace(/^Subgroup:\s*/i, '').trim();
  if (!clean || /^G\d{4}$/.test(clean) || / campaign$/i.test(clean)) return; // G-ids live in mitreId
  const who = uniq(usedBy.filter((u): u is string => !!u));
  const found = actor.aliases.find((a) => a.name.toLowerCase() === clean.toLowerCase());
  if (found) {
    if (capitals(clean) > capitals(found.name)) found.name = clean;
    found.usedBy = uniq([...(found.usedBy ?? []), ...who]);
    if (!found.usedBy.length) delete found.usedBy;
    return;
  }
  if (clean.toLowerCase() === actor.name.toLowerCase()) return;
  actor.aliases.push(who.length ? { name: clean, usedBy: who } : { name: clean });
}

function addRef(actor: Actor, ref: SourceRef): void {
  if (!actor.references.some((r) => r.url === ref.url)) actor.references.push(ref);
}

function addRelation(actor: Actor, rel: ActorRelation): void {
  if (rel.actorId === actor.id) return;
  const dup = actor.relations.some(
    (r) => r.actorId === rel.actorId && r.kind === rel.kind && r.by === rel.by,
  );
  if (!dup) actor.relations.push(rel);
}

function describe(actor: Actor, origin: string): string {
  const where = actor.country === 'KP' ? ' attributed to North Korea' : '';
  const names = actor.aliases.slice(0, 4).map((a) => a.name);
  const aka = names.length ? ` Other names include ${names.join(', ')}.` : '';
  return `Threat actor${where}, as listed by ${origin}.${aka}`;
}

export function buildActors(
  src: Sources,
  curated: CuratedActor[],
): { actors: Actor[]; flags: FlagMap } {
  const actors = new Map<string, Actor>();
  const byMispUuid = new Map<string, string>();
  const byMitreUuid = new Map<string, string>();
  const mitreNames = new Map<string, string[]>(); // actor id -> MITRE name + aliases

  // 1. MISP actors placed in North Korea.
  const misp = src.mispActors.filter(isMispDprk);
  const fromMisp = new Set<string>();
  for (const v of misp) {
    const actor: Actor = {
      id: `actor:${slug(v.value)}`,
      name: v.value,
      type: 'group',
      aliases: [],
      relations: [],
      references: [],
    };
    if (v.meta?.country) actor.country = v.meta.country;
    const sponsor = sponsorName(v.meta?.['cfr-suspected-state-sponsor']);
    if (sponsor) actor.stateSponsor = sponsor;
    if (typeof v.meta?.since === 'string') actor.firstSeen = v.meta.since;
    for (const s of v.meta?.synonyms ?? []) {
      const origin = v.meta?.[`origin:${s}`];
      addAlias(actor, s, [
        'MISP',
        namingVendor(s),
        typeof origin === 'string' ? origin : undefined,
      ]);
    }
    for (const url of v.meta?.refs ?? []) addRef(actor, { url });
    actors.set(actor.id, actor);
    byMispUuid.set(v.uuid, actor.id);
    fromMisp.add(actor.id);
  }

  // 2. MITRE ATT&CK groups placed in North Korea: joined to a MISP actor when MITRE lists the
  //    MISP name, otherwise a record of their own (MITRE keeps APT38, Andariel... apart).
  const mitre = src.mitre.filter(isMitreDprk).sort(byString((o) => o.name ?? ''));
  for (const o of mitre) {
    const names = [o.name ?? '', ...(o.aliases ?? [])];
    const lower = new Set(names.map((n) => n.toLowerCase()));
    const joined = misp.find((v) => lower.has(v.value.toLowerCase()));
    let actor: Actor;
    const newId = `actor:${slug(o.name ?? '')}`;
    if (joined) {
      const old = actors.get(byMispUuid.get(joined.uuid) ?? '')!;
      actors.delete(old.id);
      const oldName = old.name;
      actor = { ...old, id: newId, name: o.name ?? old.name };
      if (oldName !== actor.name) {
        actor.aliases = actor.aliases.filter(
          (a) => a.name.toLowerCase() !== actor.name.toLowerCase(),
        );
        addAlias(actor, oldName, ['MISP', namingVendor(oldName)]);
      }
      byMispUuid.set(joined.uuid, actor.id);
      fromMisp.add(actor.id);
    } else {
      actor = {
        id: newId,
        name: o.name ?? '',
        type: 'group',
        aliases: [],
        relations: [],
        references: [],
      };
      actor.country = 'KP';
    }
    if (!actor.stateSponsor && /state-sponsored/.test(o.description ?? ''))
      actor.stateSponsor = DPRK;
    const since = /active since (?:at least )?(\d{4})|since at least (\d{4})/.exec(
      o.description ?? '',
    );
    if (since && !actor.firstSeen) actor.firstSeen = since[1] ?? since[2]!;
    const gid = mitreId(o);
    if (gid) {
      actor.mitreId = gid;
      addRef(actor, {
        url: `${MITRE_URL}${gid}/`,
        title: `${o.name} (${gid})`,
        publisher: 'MITRE ATT&CK',
      });
    }
    for (const a of o.aliases ?? []) addAlias(actor, a, ['MITRE', namingVendor(a)]);
    for (const r of o.external_references ?? []) {
      if (r.url && r.source_name !== 'mitre-attack' && actor.references.length < 40) {
        addRef(actor, { url: r.url, title: r.source_name });
      }
    }
    actors.set(actor.id, actor);
    byMitreUuid.set(o.id.replace(/^intrusion-set--/, ''), actor.id);
    mitreNames.set(actor.id, names);
  }

  // 3. Microsoft's names: attached to the most specific actor that already knows the name
  //    (or one of Microsoft's synonyms); otherwise a record of their own.
  const msDprk = src.mispMicrosoft
    .filter((v) => v.meta?.country === 'KP')
    .sort(byString((v) => v.value));
  for (const v of msDprk) {
    const knows = (a: Actor, n: string): boolean =>
      a.name.toLowerCase() === n.toLowerCase() ||
      a.aliases.some((x) => x.name.toLowerCase() === n.toLowerCase());
    const all = [...actors.values()].sort(byString((a) => a.id));
    const exact = all.find((a) => a.name.toLowerCase() === v.value.toLowerCase());
    const pick = (cands: Actor[]): Actor | undefined =>
      cands.sort((a, b) => a.aliases.length - b.aliases.length || (a.id < b.id ? -1 : 1))[0];
    let target =
      exact ??
      pick(all.filter((a) => knows(a, v.value))) ??
      pick(
        all.filter((a) =>
          (v.meta?.synonyms ?? []).some((s) => a.name.toLowerCase() === s.toLowerCase()),
        ),
      );
    if (!target) {
      target = {
        id: `actor:${slug(v.value)}`,
        name: v.value,
        type: 'group',
        aliases: [],
        relations: [],
        references: [],
        country: 'KP',
        stateSponsor: DPRK,
      };
      actors.set(target.id, target);
    }
    addAlias(target, v.value, ['Microsoft']);
    for (const s of v.meta?.synonyms ?? []) {
      const isOtherActor = all.some((a) => a !== target && knows(a, s));
      if (!isOtherActor) addAlias(target, s, [namingVendor(s)]);
    }
    for (const url of v.meta?.refs ?? []) addRef(target, { url });
  }

  // 4. Hand-curated actors and overlays; flags for the lexicon are collected on the way.
  const flags: FlagMap = new Map();
  const setFlag = (id: string, alias: string, f: string): void => {
    if (!f) return;
    if (!flags.has(id)) flags.set(id, new Map());
    flags.get(id)!.set(alias.toLowerCase(), f);
  };
  for (const c of curated) {
    let actor = actors.get(c.id);
    if (!actor) {
      actor = {
        id: c.id,
        name: c.name ?? c.id,
        type: c.type ?? 'unknown',
        aliases: [],
        relations: [],
        references: [],
      };
      actors.set(c.id, actor);
    }
    if (c.name) actor.name = c.name;
    if (c.type) actor.type = c.type;
    if (c.country) actor.country = c.country;
    if (c.stateSponsor) actor.stateSponsor = c.stateSponsor;
    if (c.description) actor.description = c.description;
    if (c.firstSeen) actor.firstSeen = c.firstSeen;
    if (c.lastSeen) actor.lastSeen = c.lastSeen;
    for (const a of c.aliases ?? []) {
      const { flags: f, alias } = splitFlags(a.name);
      addAlias(actor, alias, [...(a.usedBy ?? []), namingVendor(alias)]);
      setFlag(actor.id, alias, f);
    }
    for (const r of c.relations ?? []) addRelation(actor, r);
    for (const r of c.references ?? []) addRef(actor, r);
  }

  // 5. Relations derived from the sources.
  const list = [...actors.values()];
  const ownNames = (a: Actor): string[] => [a.name, ...(mitreNames.get(a.id) ?? [])];
  for (const v of misp) {
    const a = actors.get(byMispUuid.get(v.uuid)!)!;
    const misSource: SourceRef = {
      url: 'https://github.com/MISP/misp-galaxy/blob/main/clusters/threat-actor.json',
      title: `MISP galaxy: ${v.value}`,
      publisher: 'MISP Project',
    };
    // MISP lists a separately tracked group among this actor's synonyms: MISP folds it in.
    for (const s of v.meta?.synonyms ?? []) {
      for (const b of list) {
        if (b === a || b.type !== 'group') continue;
        if (ownNames(b).some((n) => n.toLowerCase() === s.toLowerCase())) {
          addRelation(a, { kind: 'umbrella', actorId: b.id, by: 'MISP', source: misSource });
          addRelation(b, { kind: 'sub-group', actorId: a.id, by: 'MISP', source: misSource });
        }
      }
    }
    for (const r of v.related ?? []) {
      if (r.type !== 'similar') continue;
      const other = byMispUuid.get(r['dest-uuid']) ?? byMitreUuid.get(r['dest-uuid']);
      if (other && other !== a.id)
        addRelation(a, { kind: 'overlaps-with', actorId: other, by: 'MISP', source: misSource });
    }
  }
  for (const o of mitre) {
    const a = actors.get(`actor:${slug(o.name ?? '')}`)!;
    const gid = mitreId(o);
    const source: SourceRef = {
      url: `${MITRE_URL}${gid}/`,
      title: `${o.name} (${gid})`,
      publisher: 'MITRE ATT&CK',
    };
    for (const b of list) {
      if (b === a || !b.mitreId) continue;
      if ((o.description ?? '').includes(`[${b.name}](`)) {
        addRelation(a, { kind: 'overlaps-with', actorId: b.id, by: 'MITRE', source });
      }
    }
  }

  // 6. Descriptions for actors nobody wrote one for (template in our words, not the source's).
  for (const a of actors.values()) {
    const origin = [fromMisp.has(a.id) ? 'MISP' : '', a.mitreId ? 'MITRE ATT&CK' : '']
      .filter(Boolean)
      .join(' and ');
    if (!a.description) a.description = describe(a, origin || 'Microsoft');
    a.relations.sort(byString((r) => `${r.actorId} ${r.kind} ${r.by}`));
  }
  const sorted = [...actors.values()].sort(byString((a) => a.id));
  return { actors: sorted, flags };
}

/**
 * Fills firstSeen (when no source gives it) and lastSeen from the thefts attributed to each actor,
 * so the card can say how recent the activity is.
 */
export function applyActivity(actors: Actor[], incidents: DatasetIncident[]): void {
  const span = new Map<string, { first: string; last: string }>();
  for (const inc of incidents) {
    for (const id of new Set(inc.attributions.map((a) => a.actorId))) {
      const s = span.get(id);
      if (!s) span.set(id, { first: inc.date, last: inc.date });
      else {
        if (inc.date < s.first) s.first = inc.date;
        if (inc.date > s.last) s.last = inc.date;
      }
    }
  }
  for (const a of actors) {
    const s = span.get(a.id);
    if (!s) continue;
    if (!a.firstSeen || s.first.slice(0, 4) < a.firstSeen.slice(0, 4)) a.firstSeen = s.first;
    if (!a.lastSeen || s.last > a.lastSeen) a.lastSeen = s.last;
  }
}
