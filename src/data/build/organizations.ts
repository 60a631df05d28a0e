// Organisation records: the hand-curated list (victims, investigators, law enforcement), CCXT's
// exchanges, and every incident victim the curated list does not already know.
import type { OrgKind } from '../../core/lexicon';
import type { DatasetIncident, Organization } from '../schema';
import type { FlagMap } from './actors';
import type { CcxtExchange } from './sources';
import { byString, coreKey, nameKey, slug, splitFlags, uniqCI } from './util';

export interface CuratedOrganization {
  name: string;
  kind: OrgKind;
  aliases: string[];
  url?: string;
}

export class OrgIndex {
  readonly byId = new Map<string, Organization>();
  /** Organisations created only because an incident named them as victim. */
  readonly incidentOnly = new Set<string>();
  private readonly byKey = new Map<string, string>();
  /** Loose keys ("level" for "Level Finance"); null when two organisations share one. */
  private readonly byCore = new Map<string, string | null>();

  constructor(readonly flags: FlagMap) {}

  find(name: string): Organization | undefined {
    const id = this.byKey.get(nameKey(name));
    return id ? this.byId.get(id) : undefined;
  }

  /** Exact name first, then the loose key when it points at exactly one organisation. */
  findLoose(name: string): Organization | undefined {
    const exact = this.find(name);
    if (exact) return exact;
    const id = this.byCore.get(coreKey(name));
    return id ? this.byId.get(id) : undefined;
  }

  add(org: Organization, rawAliases: string[] = []): Organization {
    const existing = this.find(org.name) ?? org.aliases.map((a) => this.find(a)).find(Boolean);
    const target = existing ?? org;
    if (!existing) {
      while (this.byId.has(target.id)) target.id += '-2';
      this.byId.set(target.id, target);
    } else {
      target.aliases = uniqCI([
        ...target.aliases,
        ...[org.name, ...org.aliases].filter((a) => a !== target.name),
      ]);
      if (!target.url && org.url) target.url = org.url;
    }
    for (const n of [target.name, ...target.aliases]) {
      const k = nameKey(n);
      if (k && !this.byKey.has(k)) this.byKey.set(k, target.id);
      const c = coreKey(n);
      if (c.length >= 4) {
        const held = this.byCore.get(c);
        this.byCore.set(c, held === undefined || held === target.id ? target.id : null);
      }
    }
    for (const raw of rawAliases) {
      const { flags, alias } = splitFlags(raw);
      if (!flags) continue;
      if (!this.flags.has(target.id)) this.flags.set(target.id, new Map());
      this.flags.get(target.id)!.set(alias.toLowerCase(), flags);
    }
    return target;
  }

  sorted(): Organization[] {
    return [...this.byId.values()].sort(byString((o) => o.id));
  }
}

export function addCuratedOrganizations(index: OrgIndex, curated: CuratedOrganization[]): void {
  for (const c of curated) {
    const aliases = uniqCI(c.aliases.map((a) => splitFlags(a).alias).filter((a) => a !== c.name));
    const org: Organization = { id: `org:${slug(c.name)}`, name: c.name, aliases, kind: c.kind };
    if (c.url) org.url = c.url;
    index.add(org, c.aliases);
  }
}

export function addCcxtExchanges(index: OrgIndex, exchanges: CcxtExchange[]): void {
  for (const e of [...exchanges].sort(byString((x) => x.id))) {
    if (e.alias) continue;
    const host = e.www ? new URL(e.www).hostname.replace(/^www\./, '') : '';
    const aliases = host && host.toLowerCase() !== e.name.toLowerCase() ? [host] : [];
    const org: Organization = {
      id: `org:${slug(e.name)}`,
      name: e.name,
      aliases,
      kind: e.dex ? 'defi' : 'exchange',
    };
    if (e.www) org.url = e.www;
    index.add(org);
  }
}

/** Links every incident victim to an organisation, creating one for victims nobody listed. */
export function linkVictims(index: OrgIndex, incidents: DatasetIncident[]): void {
  for (const inc of incidents) {
    let org =
      index.findLoose(inc.victim.name) ??
      inc.victim.aliases.map((a) => index.findLoose(a)).find(Boolean);
    if (!org) {
      org = index.add({
        id: `org:${slug(inc.victim.name)}`,
        name: inc.victim.name,
        aliases: inc.victim.aliases,
        kind: inc.victim.kind,
      });
      // Victims known only from incident lists are obscure names: match them only in hack context.
      index.incidentOnly.add(org.id);
      if (!index.flags.has(org.id)) index.flags.set(org.id, new Map());
      for (const n of [org.name, ...org.aliases])
        index.flags.get(org.id)!.set(n.toLowerCase(), 'x');
    }
    inc.victim.orgId = org.id;
  }
}
