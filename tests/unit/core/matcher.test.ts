import { describe, expect, it } from 'vitest';
import { compileLexicon, matchLexicon } from '../../../src/core/matcher';
import type { Lexicon, LexiconTerm } from '../../../src/core/lexicon';
import { normalize } from '../../../src/core/normalize';
import { counters, resetCounters } from '../../../src/core/metrics';
import { testLexicon, run } from './helpers';

function hits(text: string, lex: Lexicon = testLexicon) {
  const n = normalize(text);
  return matchLexicon(lex, n).map((h) => ({ text: n.norm.slice(h.start, h.end), id: h.term.id }));
}

describe('alias matcher', () => {
  it('prefers the longest alias', () => {
    expect(hits('the Lazarus Group struck')).toEqual([
      { text: 'Lazarus Group', id: 'actor:lazarus-group' },
    ]);
  });

  it('respects word boundaries', () => {
    expect(hits('Orbitexx and SuperOrbitex')).toEqual([]);
    expect(hits('Orbitex’s hot wallet')).toEqual([{ text: 'Orbitex', id: 'org:orbitex' }]);
  });

  it('matches case-sensitive aliases only as written', () => {
    expect(hits('ZINC and APT38')).toHaveLength(2);
    expect(hits('zinc and apt38')).toEqual([]);
  });

  it('does not take a lower-case common word for a short name', () => {
    expect(hits('a tether on the rope')).toEqual([]);
    expect(hits('Tether froze it')).toHaveLength(1);
  });

  it('matches across homoglyphs and non-breaking spaces', () => {
    expect(hits('the Lаzarus\u00a0Group (Cyrillic a)')).toEqual([
      { text: 'Lazarus Group', id: 'actor:lazarus-group' },
    ]);
  });

  it('matches Latin names inside CJK text', () => {
    expect(hits('取引所Orbitexがハッキング')).toEqual([{ text: 'Orbitex', id: 'org:orbitex' }]);
  });

  it('builds the matcher once per lexicon object', () => {
    expect(compileLexicon(testLexicon)).toBe(compileLexicon(testLexicon));
    const copy: Lexicon = { ...testLexicon };
    expect(compileLexicon(copy)).not.toBe(compileLexicon(testLexicon));
  });

  it('a bare context-dependent alias needs crypto or theft context', () => {
    const story = run(
      'Orbitex hacked\n\nHackers linked to Lazarus stole $5 million in crypto from Orbitex.',
    );
    expect(story.incident.actors.map((a) => a.name)).toEqual(['Lazarus Group']);
    const novel = run('Lazarus rose from the dead in the story, the priest said.');
    expect(novel.mentions.filter((m) => m.kind === 'actor')).toEqual([]);
  });

  it('stays cheap on a large lexicon (steps bounded by text x longest alias)', () => {
    const terms: LexiconTerm[] = [];
    for (let i = 0; i < 3000; i++) {
      terms.push({
        alias: `Exchange Number ${i} Holdings`,
        id: `org:x${i}`,
        name: `X${i}`,
        type: 'organization',
        caseSensitive: false,
        needsContext: false,
      });
    }
    const big: Lexicon = { version: 'big', terms };
    const text = 'Exchange Number 1234 Holdings was hacked. '.repeat(200);
    resetCounters();
    const found = matchLexicon(big, normalize(text));
    expect(found).toHaveLength(200);
    expect(counters.trieSteps).toBeLessThan(text.length * 30);
  });
});
