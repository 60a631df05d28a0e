// Runtime validator of the bundled dataset (the shape in schema.ts, plus cross-references).
// Hand-written rather than Ajv: Ajv compiles schemas with `new Function`, which the MV3 extension
// CSP forbids in the service worker, and a walker lets every message name the record id and field.
import { VICTIM_ORG_KINDS } from '../core/lexicon';
import type { Dataset } from './schema';

const ACTOR_TYPES = ['group', 'individual', 'drainer', 'unknown'];
const RELATION_KINDS = ['umbrella', 'sub-group', 'overlaps-with'];
const VICTIM_KINDS = [...VICTIM_ORG_KINDS, 'other'];
const ORG_KINDS = [
  ...VICTIM_KINDS,
  'analytics',
  'security',
  'law-enforcement',
  'government',
  'media',
];
const STRENGTHS = ['confirmed', 'attributed', 'suspected'];

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isDate = (v: unknown): boolean =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isUrl = (v: unknown): boolean => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Collects problems for one record; every message is "<record> <field>: <what is wrong>". */
class Checker {
  constructor(
    private readonly out: string[],
    private readonly record: string,
  ) {}

  fail(field: string, what: string): void {
    this.out.push(`${this.record} ${field}: ${what}`);
  }

  str(o: Obj, field: string, optional = false): void {
    if (o[field] === undefined && optional) return;
    if (!isStr(o[field])) this.fail(field, 'must be a non-empty string');
  }

  oneOf(o: Obj, field: string, allowed: string[], optional = false): void {
    if (o[field] === undefined && optional) return;
    if (!allowed.includes(o[field] as string)) {
      this.fail(field, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(o[field])})`);
    }
  }

  strings(v: unknown, field: string, optional = false): void {
    if (v === undefined && optional) return;
    if (!Array.isArray(v)) return this.fail(field, 'must be an array of strings');
    v.forEach((s, i) => {
      if (!isStr(s)) this.fail(`${field}[${i}]`, 'must be a non-empty string');
    });
  }

  source(v: unknown, field: string): void {
    if (!isObj(v)) return this.fail(field, 'must be an object {url, title?, publisher?}');
    if (!isUrl(v.url)) this.fail(`${field}.url`, 'must be an http(s) URL');
    this.str(v, 'title', true);
    this.str(v, 'publisher', true);
  }

  sources(v: unknown, field: string, nonEmpty = false): void {
    if (!Array.isArray(v)) return this.fail(field, 'must be an array');
    if (nonEmpty && v.length === 0) this.fail(field, 'must name at least one source');
    v.forEach((s, i) => this.source(s, `${field}[${i}]`));
  }
}

function checkIds(kind: string, items: unknown[], prefix: string, out: string[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((it, i) => {
    const id = isObj(it) ? it.id : undefined;
    if (
      typeof id !== 'string' ||
      !id.startsWith(prefix) ||
      !/^[a-z]+:[a-z0-9][a-z0-9-]*$/.test(id)
    ) {
      out.push(`${kind} #${i} id: must look like "${prefix}some-slug" (got ${JSON.stringify(id)})`);
    } else if (ids.has(id)) {
      out.push(`${kind} ${id} id: duplicate`);
    } else ids.add(id);
  });
  return ids;
}

/** Returns the problems found (empty when the dataset is valid). */
export function validateDataset(data: unknown): string[] {
  const out: string[] = [];
  if (!isObj(data)) return ['dataset: must be an object'];
  if (!isStr(data.version)) out.push('dataset version: must be a non-empty string');
  for (const table of ['actors', 'incidents', 'organizations', 'generatedFrom']) {
    if (!Array.isArray(data[table])) out.push(`dataset ${table}: must be an array`);
  }
  if (out.length) return out;
  const actors = data.actors as unknown[];
  const incidents = data.incidents as unknown[];
  const orgs = data.organizations as unknown[];

  const actorIds = checkIds('actor', actors, 'actor:', out);
  const orgIds = checkIds('organization', orgs, 'org:', out);
  checkIds('incident', incidents, 'inc:', out);

  actors.forEach((a, i) => {
    if (!isObj(a)) return out.push(`actor #${i}: must be an object`);
    const c = new Checker(out, `actor ${String(a.id)}`);
    c.str(a, 'name');
    c.oneOf(a, 'type', ACTOR_TYPES);
    if (!Array.isArray(a.aliases)) c.fail('aliases', 'must be an array');
    else
      a.aliases.forEach((al, j) => {
        if (!isObj(al) || !isStr(al.name))
          return c.fail(`aliases[${j}].name`, 'must be a non-empty string');
        c.strings(al.usedBy, `aliases[${j}].usedBy`, true);
      });
    if (a.country !== undefined && !/^[A-Z]{2}$/.test(String(a.country))) {
      c.fail('country', 'must be an ISO 3166-1 alpha-2 code');
    }
    c.str(a, 'stateSponsor', true);
    c.str(a, 'description', true);
    for (const f of ['firstSeen', 'lastSeen']) {
      if (a[f] !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(a[f]))) {
        c.fail(f, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
      }
    }
    if (a.mitreId !== undefined && !/^G\d{4}$/.test(String(a.mitreId)))
      c.fail('mitreId', 'must be a G-id');
    if (!Array.isArray(a.relations)) c.fail('relations', 'must be an array');
    else
      a.relations.forEach((r, j) => {
        const f = `relations[${j}]`;
        if (!isObj(r)) return c.fail(f, 'must be an object');
        c.oneOf(r, 'kind', RELATION_KINDS);
        if (!actorIds.has(r.actorId as string))
          c.fail(`${f}.actorId`, `unknown actor ${JSON.stringify(r.actorId)}`);
        if (!isStr(r.by)) c.fail(`${f}.by`, 'must say who makes the claim');
        if (r.source !== undefined) c.source(r.source, `${f}.source`);
      });
    c.sources(a.references, 'references');
  });

  incidents.forEach((inc, i) => {
    if (!isObj(inc)) return out.push(`incident #${i}: must be an object`);
    const c = new Checker(out, `incident ${String(inc.id)}`);
    if (!isDate(inc.date)) c.fail('date', 'must be a valid YYYY-MM-DD date');
    c.oneOf(inc, 'datePrecision', ['day', 'month'], true);
    const v = inc.victim;
    if (!isObj(v)) c.fail('victim', 'must be an object');
    else {
      c.str(v, 'name');
      c.strings(v.aliases, 'victim.aliases');
      if (!VICTIM_KINDS.includes(v.kind as string))
        c.fail('victim.kind', `must be one of ${VICTIM_KINDS.join(', ')}`);
      if (v.orgId !== undefined && !orgIds.has(v.orgId as string))
        c.fail('victim.orgId', 'unknown organisation');
    }
    const amt = inc.amount;
    if (amt !== undefined) {
      if (!isObj(amt)) c.fail('amount', 'must be an object');
      else {
        for (const f of ['usd', 'usdMin', 'usdMax']) {
          if (amt[f] !== undefined && !isNum(amt[f]))
            c.fail(`amount.${f}`, 'must be a non-negative number');
        }
        if (isNum(amt.usdMin) && isNum(amt.usdMax) && amt.usdMin > amt.usdMax) {
          c.fail('amount.usdMin', 'must not exceed amount.usdMax');
        }
        if (amt.native !== undefined) {
          if (!Array.isArray(amt.native)) c.fail('amount.native', 'must be an array');
          else
            amt.native.forEach((n, j) => {
              if (!isObj(n) || !isNum(n.value) || !isStr(n.asset)) {
                c.fail(`amount.native[${j}]`, 'must be {value: number, asset: string}');
              }
            });
        }
      }
    }
    c.strings(inc.chain, 'chain', true);
    c.str(inc, 'technique', true);
    c.str(inc, 'summary', true);
    if (inc.fundsReturned !== undefined) {
      const fr = inc.fundsReturned;
      if (!isObj(fr)) c.fail('fundsReturned', 'must be an object');
      else if (fr.usd !== undefined && !isNum(fr.usd))
        c.fail('fundsReturned.usd', 'must be a non-negative number');
    }
    if (!Array.isArray(inc.attributions)) c.fail('attributions', 'must be an array');
    else
      inc.attributions.forEach((at, j) => {
        const f = `attributions[${j}]`;
        if (!isObj(at)) return c.fail(f, 'must be an object');
        if (!actorIds.has(at.actorId as string))
          c.fail(`${f}.actorId`, `unknown actor ${JSON.stringify(at.actorId)}`);
        c.oneOf(at, 'strength', STRENGTHS);
        if (!isStr(at.by)) c.fail(`${f}.by`, 'must say who made the attribution');
        c.source(at.source, `${f}.source`);
      });
    c.sources(inc.sources, 'sources', true);
    c.strings(inc.origin, 'origin');
    if (Array.isArray(inc.origin) && inc.origin.length === 0) c.fail('origin', 'must not be empty');
  });

  orgs.forEach((o, i) => {
    if (!isObj(o)) return out.push(`organization #${i}: must be an object`);
    const c = new Checker(out, `organization ${String(o.id)}`);
    c.str(o, 'name');
    c.strings(o.aliases, 'aliases');
    c.oneOf(o, 'kind', ORG_KINDS);
    if (o.url !== undefined && !isUrl(o.url)) c.fail('url', 'must be an http(s) URL');
  });
  return out;
}

/** Throws with every problem listed when the dataset is malformed. */
export function assertDataset(data: unknown): asserts data is Dataset {
  const problems = validateDataset(data);
  if (problems.length) {
    const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
    throw new Error(`invalid dataset:\n${problems.slice(0, 20).join('\n')}${more}`);
  }
}
