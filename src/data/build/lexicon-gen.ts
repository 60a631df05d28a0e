// Turns the dataset into the compact alias lexicon the engine bundles (src/core/lexicon.ts format).
// Case and context rules: curated flags first, then the rules file, then automatic rules for codes.
import type { CompactLexicon, TermType } from '../../core/lexicon';
import type { Dataset } from '../schema';
import type { FlagMap } from './actors';
import { byString } from './util';

export interface LexiconRules {
  commonWords: string[];
  needsContext: string[];
  caseSensitive: string[];
  drop: string[];
}

/** Aliases that differ only in case, spaces or hyphens ("APT 38", "APT38") belong to one entity. */
const ownerKey = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, '');

const isCode = (s: string): boolean => /^[A-Z0-9][A-Z0-9.#-]*$/.test(s) && /[A-Z]/.test(s);

/** Names that are not organisations at all in DeFiHackLabs' list (bots, unverified contracts). */
const JUNK = /_|^mev|^unverified|^token\d|contract|^\d/i;

/** What the lexicon knows about one entity when deciding its aliases' flags. */
export interface AliasContext {
  /** The entity's canonical name (as opposed to a synonym). */
  canonical: boolean;
  /** Flags written in the curated files ("c", "x", "cx"), when the alias was curated. */
  curatedFlags?: string;
  /** An organisation known only from incident lists (no curated or CCXT record). */
  incidentOnly?: boolean;
}

/** Decide the flags of one alias, or null to leave it out of the lexicon. */
export function aliasFlags(
  alias: string,
  ctx: AliasContext,
  rules: LexiconRules,
  common: Set<string>,
): string | null {
  const a = alias.trim();
  if (a.length < 3 || rules.drop.includes(a)) return null;
  const word = common.has(a.toLowerCase());
  // Obscure victims known only from incident lists: never short codes, common words or junk.
  if (ctx.incidentOnly && (word || a.length < 4 || JUNK.test(a))) return null;
  let c = isCode(a) && !a.includes(' ');
  let x = false;
  if (word) {
    if (c) x = a.length <= 4;
    else if (ctx.canonical || ctx.curatedFlags?.includes('x')) {
      // A proper name that is also a word ("Curve", "Harmony"): only as capitalised, in context.
      c = true;
      x = true;
    } else return null;
  }
  if (a.length <= 3) c = true;
  if (rules.needsContext.includes(a)) x = true;
  if (rules.caseSensitive.includes(a)) c = true;
  if (ctx.curatedFlags !== undefined) {
    c = c || ctx.curatedFlags.includes('c');
    x = x || ctx.curatedFlags.includes('x');
  }
  return (c ? 'c' : '') + (x ? 'x' : '');
}

export function buildLexicon(
  dataset: Dataset,
  flags: FlagMap,
  rules: LexiconRules,
  englishWords: string[] = [],
  incidentOnly: ReadonlySet<string> = new Set(),
): CompactLexicon {
  const common = new Set([...rules.commonWords, ...englishWords].map((w) => w.toLowerCase()));
  type Entry = [string, string, TermType, CompactLexicon['entities'][number][3], string[]];
  const entities: Entry[] = [];
  // An alias belongs to one entity: a canonical name wins over someone else's synonym.
  const owner = new Map<string, string>();
  const claim = (alias: string, id: string, strong: boolean): boolean => {
    const k = ownerKey(alias);
    const held = owner.get(k);
    if (held && held !== id && !strong) return false;
    owner.set(k, id);
    return true;
  };
  for (const a of dataset.actors) claim(a.name, a.id, true);
  for (const o of dataset.organizations)
    if (!owner.has(ownerKey(o.name))) claim(o.name, o.id, true);

  const emit = (
    id: string,
    name: string,
    type: TermType,
    kind: Entry[3],
    aliases: string[],
  ): void => {
    const out: string[] = [];
    const seen = new Set<string>();
    const f = flags.get(id);
    for (const [i, alias] of [name, ...aliases].entries()) {
      const k = alias.toLowerCase();
      if (seen.has(k) || owner.get(ownerKey(alias)) !== id) continue;
      seen.add(k);
      const ctx: AliasContext = { canonical: i === 0, incidentOnly: incidentOnly.has(id) };
      const curated = f?.get(k);
      if (curated !== undefined) ctx.curatedFlags = curated;
      const fl = aliasFlags(alias, ctx, rules, common);
      if (fl === null) continue;
      out.push(fl ? `${fl}|${alias}` : alias);
    }
    if (out.length) entities.push([id, name, type, kind, out]);
  };

  for (const a of dataset.actors) {
    for (const al of a.aliases) claim(al.name, a.id, false);
  }
  for (const o of dataset.organizations) for (const al of o.aliases) claim(al, o.id, false);

  // Spellings listed under one entity but owned by another ("APT 38" under Lazarus) go to the owner.
  const foreign = new Map<string, string[]>();
  const collect = (id: string, aliases: string[]): void => {
    for (const al of aliases) {
      const o = owner.get(ownerKey(al));
      if (o && o !== id) foreign.set(o, [...(foreign.get(o) ?? []), al]);
    }
  };
  for (const a of dataset.actors)
    collect(
      a.id,
      a.aliases.map((x) => x.name),
    );
  for (const o of dataset.organizations) collect(o.id, o.aliases);
  const extra = (id: string): string[] => foreign.get(id) ?? [];

  for (const a of dataset.actors) {
    const type: TermType = a.type === 'individual' ? 'individual' : 'actor';
    emit(a.id, a.name, type, '', [...a.aliases.map((x) => x.name), ...extra(a.id)]);
  }
  for (const o of dataset.organizations)
    emit(o.id, o.name, 'organization', o.kind, [...o.aliases, ...extra(o.id)]);
  entities.sort(byString((e) => e[0]));
  return { version: dataset.version, entities };
}
