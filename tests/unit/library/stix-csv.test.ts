// The STIX bundle against the STIX 2.1 rules it relies on, and the CSV read back as rows.
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, incidentRows, libraryCsv, parseCsv, toCsv } from '../../../src/shared/csv';
import {
  buildStixBundle,
  IMPACT_EXTENSION,
  INCIDENT_CORE_EXTENSION,
  type StixObject,
} from '../../../src/shared/stix';
import { generateLibrary } from './generate';

const ID =
  /^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const REQUIRED: Record<string, string[]> = {
  identity: ['name', 'identity_class'],
  'threat-actor': ['name'],
  'intrusion-set': ['name'],
  report: ['name', 'published', 'object_refs'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
  incident: ['name', 'extensions'],
  impact: ['impact_category', 'extensions'],
};

/** Every property named *_ref or *_refs, anywhere in the object (extensions included). */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('_ref') && typeof v === 'string') out.push(v);
      else if (k.endsWith('_refs') && Array.isArray(v)) out.push(...(v as string[]));
      else refsOf(v, out);
    }
  }
  return out;
}

describe('STIX 2.1 bundle', () => {
  const lib = generateLibrary(11, 40);
  const bundle = buildStixBundle(lib.incidents, lib.sources);
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));

  test('the bundle and every object have a type--UUID id; ids are unique', () => {
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(ID);
    expect(byId.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) {
      const m = ID.exec(o.id);
      expect(m, o.id).not.toBeNull();
      expect(m![1]).toBe(o.type);
    }
  });

  test('common and per-type required properties', () => {
    for (const o of bundle.objects) {
      expect(o.spec_version).toBe('2.1');
      expect(o.created).toMatch(TIMESTAMP);
      expect(o.modified).toMatch(TIMESTAMP);
      expect((o.modified as string) >= (o.created as string)).toBe(true);
      for (const p of REQUIRED[o.type] ?? ['(unknown type)']) {
        expect(o, `${o.type} needs ${p}`).toHaveProperty([p]);
      }
      if (o.type === 'report') {
        expect((o.object_refs as string[]).length).toBeGreaterThan(0);
        expect(o.published).toMatch(TIMESTAMP);
      }
    }
  });

  test('every *_ref resolves inside the bundle', () => {
    for (const o of bundle.objects) {
      for (const ref of refsOf(o)) expect(byId.has(ref), `${o.id} → ${ref}`).toBe(true);
    }
  });

  test('one report per source, with its URL; incidents carry the amount through the extensions', () => {
    const reports = bundle.objects.filter((o) => o.type === 'report');
    expect(reports).toHaveLength(lib.sources.length);
    const urls = reports.map((r) => (r.external_references as { url: string }[])[0]!.url);
    expect(urls.sort()).toEqual(lib.sources.map((s) => s.url).sort());
    const incidents = bundle.objects.filter((o) => o.type === 'incident');
    expect(incidents).toHaveLength(lib.incidents.length);
    for (const inc of incidents) {
      const core = (inc.extensions as Record<string, { impact_refs: string[] }>)[
        INCIDENT_CORE_EXTENSION
      ]!;
      const impact = byId.get(core.impact_refs[0]!) as StixObject;
      expect(impact.impact_category).toBe('monetary');
      const ext = impact.extensions as Record<string, Record<string, unknown>>;
      expect(ext[IMPACT_EXTENSION]).toEqual({ extension_type: 'new-sdo' });
      expect(ext.monetary).toBeDefined();
    }
  });

  test('a known incident: Lazarus attributed, CoinsPaid targeted, $37.0–37.3M', () => {
    const incident = {
      id: 'a',
      victims: [{ name: 'CoinsPaid', kind: 'payment-processor' }],
      victimKey: 'coinspaid',
      actors: [
        { name: 'Lazarus Group', entityId: 'actor:lazarus-group', strength: 'suspected' as const },
      ],
      amount: { value: 37_300_000, currency: 'USD' },
      date: '2023-07-22',
      tags: [],
      notes: '',
      createdAt: '2023-07-27T10:00:00.000Z',
      updatedAt: '2023-07-27T10:00:00.000Z',
    };
    const src = (id: string, usd: number) => ({
      id,
      incidentId: 'a',
      url: `https://${id}.example/story`,
      canonicalUrl: `https://${id}.example/story`,
      title: 'CoinsPaid loses millions',
      site: `${id}.example`,
      savedAt: '2023-07-27T10:00:00.000Z',
      amount: { value: usd, currency: 'USD' },
      highlights: [],
    });
    const b = buildStixBundle([incident], [src('one', 37_300_000), src('two', 37_000_000)]);
    const of = (t: string) => b.objects.filter((o) => o.type === t);
    expect(of('intrusion-set').map((o) => o.name)).toEqual(['Lazarus Group']);
    expect(of('identity').map((o) => o.name)).toEqual(['CoinsPaid']);
    expect(of('report')).toHaveLength(2);
    const rel = of('relationship')
      .map((r) => r.relationship_type)
      .sort();
    expect(rel).toEqual(['attributed-to', 'targets', 'targets']);
    const monetary = (of('impact')[0]!.extensions as Record<string, unknown>).monetary;
    expect(monetary).toMatchObject({
      currency: 'usd',
      min_amount: 37_000_000,
      max_amount: 37_300_000,
    });
  });

  test('re-export is stable: same input, same bytes; ids do not depend on order', () => {
    const again = buildStixBundle([...lib.incidents].reverse(), [...lib.sources].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle));
  });
});

describe('CSV', () => {
  const lib = generateLibrary(21, 60);
  const undefuse = (c: string) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c);

  test('read back as rows, it equals the data (header + one row per incident)', () => {
    const rows = parseCsv(libraryCsv(lib.incidents, lib.sources));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r.map(undefuse))).toEqual(
      incidentRows(lib.incidents, lib.sources),
    );
  });

  test('formula triggers are defused, quotes and newlines survive', () => {
    const text = toCsv([['=1+1', '+A1', '-2', '@x', '\tt', '\rr', 'a,"b"\nc', 'plain', '1-2']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ["'=1+1", "'+A1", "'-2", "'@x", "'\tt", "'\rr", 'a,"b"\nc', 'plain', '1-2'],
    ]);
    // No cell of a real export starts with a trigger character.
    for (const row of parseCsv(libraryCsv(lib.incidents, lib.sources))) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
