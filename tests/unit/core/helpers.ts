// A small inline lexicon for the engine's unit tests: the rules must work without the bundled
// dataset, and a test must not change meaning when the dataset grows.
import { analyze } from '../../../src/core/analyze';
import type { Lexicon, LexiconTerm } from '../../../src/core/lexicon';
import type { Analysis } from '../../../src/core/types';

type T = Partial<LexiconTerm> & Pick<LexiconTerm, 'alias' | 'id' | 'name' | 'type'>;

const term = (t: T): LexiconTerm => ({ caseSensitive: false, needsContext: false, ...t });

export const testLexicon: Lexicon = {
  version: 'test',
  terms: [
    term({ alias: 'Lazarus Group', id: 'actor:lazarus-group', name: 'Lazarus Group', type: 'actor' }),
    term({ alias: 'Lazarus', id: 'actor:lazarus-group', name: 'Lazarus Group', type: 'actor', needsContext: true }),
    term({ alias: 'APT38', id: 'actor:lazarus-group', name: 'Lazarus Group', type: 'actor', caseSensitive: true }),
    term({ alias: 'TraderTraitor', id: 'actor:tradertraitor', name: 'TraderTraitor', type: 'actor' }),
    term({ alias: 'ZINC', id: 'actor:lazarus-group', name: 'Lazarus Group', type: 'actor', caseSensitive: true, needsContext: true }),
    term({ alias: 'Pink Drainer', id: 'actor:pink-drainer', name: 'Pink Drainer', type: 'actor' }),
    term({ alias: 'Avraham Eisenberg', id: 'actor:avraham-eisenberg', name: 'Avraham Eisenberg', type: 'individual' }),
    term({ alias: 'Kestrel Pay', id: 'org:kestrel-pay', name: 'Kestrel Pay', type: 'organization', orgKind: 'payment-processor' }),
    term({ alias: 'Orbitex', id: 'org:orbitex', name: 'Orbitex', type: 'organization', orgKind: 'exchange' }),
    term({ alias: 'Harbor Bridge', id: 'org:harbor-bridge', name: 'Harbor Bridge', type: 'organization', orgKind: 'bridge' }),
    term({ alias: 'Chainalysis', id: 'org:chainalysis', name: 'Chainalysis', type: 'organization', orgKind: 'analytics' }),
    term({ alias: 'Elliptic', id: 'org:elliptic', name: 'Elliptic', type: 'organization', orgKind: 'analytics' }),
    term({ alias: 'FBI', id: 'org:fbi', name: 'FBI', type: 'organization', orgKind: 'law-enforcement', caseSensitive: true }),
    term({ alias: 'Binance', id: 'org:binance', name: 'Binance', type: 'organization', orgKind: 'exchange' }),
    term({ alias: 'Tether', id: 'org:tether', name: 'Tether', type: 'organization', orgKind: 'other' }),
  ],
}; // prettier-ignore

export function run(text: string): Analysis {
  return analyze(text, { lexicon: testLexicon });
}

export function roleOf(a: Analysis, text: string, kind?: string): string | undefined {
  return a.mentions.find((m) => m.text === text && (!kind || m.kind === kind))?.role;
}
