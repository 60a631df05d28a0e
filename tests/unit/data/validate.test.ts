import { describe, expect, it } from 'vitest';
import dataset from '../../../src/data/generated/dataset.json';
import type { Dataset } from '../../../src/data/schema';
import { assertDataset, validateDataset } from '../../../src/data/validate';

const clone = (): Dataset => structuredClone(dataset) as unknown as Dataset;

describe('validateDataset', () => {
  it('accepts the committed dataset', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('names the incident and the field of a bad date', () => {
    const d = clone();
    d.incidents[3]!.date = '2023-02-30';
    const id = d.incidents[3]!.id;
    expect(validateDataset(d)).toEqual([`incident ${id} date: must be a valid YYYY-MM-DD date`]);
  });

  it('names the actor and relation that points nowhere', () => {
    const d = clone();
    const a = d.actors.find((x) => x.id === 'actor:tradertraitor')!;
    a.relations.push({ kind: 'umbrella', actorId: 'actor:nobody', by: 'FBI' });
    const problems = validateDataset(d);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^actor actor:tradertraitor relations\[\d+\]\.actorId: unknown actor/,
    );
  });

  it('rejects an attribution without a source URL, naming record and field', () => {
    const d = clone();
    const inc = d.incidents.find((i) => i.attributions.length)!;
    inc.attributions[0]!.source = { url: 'not a url' };
    expect(validateDataset(d)).toContain(
      `incident ${inc.id} attributions[0].source.url: must be an http(s) URL`,
    );
  });

  it('rejects a negative amount, an inverted range and an unknown victim kind', () => {
    const d = clone();
    const inc = d.incidents[0]!;
    inc.amount = { usd: -5, usdMin: 10, usdMax: 2 };
    (inc.victim as { kind: string }).kind = 'bank';
    const p = validateDataset(d).join('\n');
    expect(p).toContain(`incident ${inc.id} amount.usd: must be a non-negative number`);
    expect(p).toContain(`incident ${inc.id} amount.usdMin: must not exceed amount.usdMax`);
    expect(p).toContain(`incident ${inc.id} victim.kind: must be one of`);
  });

  it('rejects duplicate ids and bad organisation kinds', () => {
    const d = clone();
    d.organizations.push({ ...d.organizations[0]! });
    (d.organizations[1] as { kind: string }).kind = 'bakery';
    const p = validateDataset(d).join('\n');
    expect(p).toContain(`organization ${d.organizations[0]!.id} id: duplicate`);
    expect(p).toContain(`organization ${d.organizations[1]!.id} kind: must be one of`);
  });

  it('assertDataset throws with the problems listed', () => {
    const d = clone();
    d.actors[0]!.name = '';
    expect(() => assertDataset(d)).toThrow(
      `actor ${d.actors[0]!.id} name: must be a non-empty string`,
    );
    expect(() => assertDataset({})).toThrow(/dataset version/);
  });
});
