// The alias lexicon the engine matches. It is generated from the bundled dataset (src/data) and
// passed in by the caller, because src/core may not import anything outside itself.

export type TermType = 'actor' | 'individual' | 'organization';

export type OrgKind =
  | 'exchange'
  | 'bridge'
  | 'defi'
  | 'wallet'
  | 'payment-processor'
  | 'gambling'
  | 'analytics'
  | 'security'
  | 'law-enforcement'
  | 'government'
  | 'media'
  | 'other';

/** Kinds of organisation that can be robbed (as opposed to investigators and authorities). */
export const VICTIM_ORG_KINDS = [
  'exchange',
  'bridge',
  'defi',
  'wallet',
  'payment-processor',
  'gambling',
] as const satisfies readonly OrgKind[];

export interface LexiconTerm {
  /** Alias exactly as it should match (case rules below). */
  alias: string;
  /** Entity id in the dataset, e.g. "actor:lazarus-group" or "org:coinspaid". */
  id: string;
  /** Canonical name. */
  name: string;
  type: TermType;
  orgKind?: OrgKind;
  /** Match case exactly ("ZINC", "APT38"); otherwise case-insensitive. */
  caseSensitive: boolean;
  /** Only counts when the text has crypto/hack context (a bare "Lazarus", short codes). */
  needsContext: boolean;
}

export interface Lexicon {
  version: string;
  terms: LexiconTerm[];
}

/**
 * Compact on-disk form (keeps the content-script bundle small):
 * entities: [id, name, type, orgKind | "", aliases[]] where each alias string may carry prefix
 * flags before a "|" separator: "c" = case-sensitive, "x" = needs context. e.g. "cx|ZINC".
 */
export interface CompactLexicon {
  version: string;
  entities: [string, string, TermType, OrgKind | '', string[]][];
}

export function expandLexicon(compact: CompactLexicon): Lexicon {
  const terms: LexiconTerm[] = [];
  for (const [id, name, type, orgKind, aliases] of compact.entities) {
    for (const raw of aliases) {
      const bar = raw.indexOf('|');
      const flags = bar > 0 && bar <= 2 ? raw.slice(0, bar) : '';
      const alias = flags ? raw.slice(bar + 1) : raw;
      terms.push({
        alias,
        id,
        name,
        type,
        ...(orgKind ? { orgKind } : {}),
        caseSensitive: flags.includes('c'),
        needsContext: flags.includes('x'),
      });
    }
  }
  return { version: compact.version, terms };
}
