// The alias matcher: one trie per Lexicon object, built on first use and cached in a WeakMap, so a
// content script analysing many pages with the same bundled lexicon pays for it once.
import type { Lexicon, LexiconTerm } from './lexicon';
import { lowerSameLength, normalizeKey } from './normalize';
import type { Normalized } from './normalize';
import { Trie } from './trie';

interface CompiledTerm {
  term: LexiconTerm;
  /** Normalised alias with case kept, for case-sensitive terms. */
  exact: string;
}

export interface LexiconHit {
  /** Offsets in normalised text. */
  start: number;
  end: number;
  term: LexiconTerm;
  /** All terms sharing this alias (e.g. one alias for two entities); first is preferred. */
  alternatives: LexiconTerm[];
}

const cache = new WeakMap<Lexicon, Trie<CompiledTerm>>();

/** Words too common to be an alias on their own whatever the dataset says. */
const STOP_ALIASES = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'it', 'is', 'as', 'by', 'for',
  'we', 'us', 'he', 'she', 'they', 'this', 'that', 'with', 'from', 'be', 'are', 'was', 'i',
]); // prettier-ignore

export function compileLexicon(lexicon: Lexicon): Trie<CompiledTerm> {
  let trie = cache.get(lexicon);
  if (trie) return trie;
  trie = new Trie<CompiledTerm>();
  for (const term of lexicon.terms) {
    const exact = normalizeKey(term.alias);
    if (exact.length < 2) continue;
    const key = lowerSameLength(exact);
    if (STOP_ALIASES.has(key)) continue;
    trie.add(key, { term, exact });
  }
  cache.set(lexicon, trie);
  return trie;
}

function acceptCase(ct: CompiledTerm, n: Normalized, start: number, end: number): boolean {
  const written = n.norm.slice(start, end);
  if (ct.term.caseSensitive) return written === ct.exact;
  // A short alias written in lower case is usually a common word ("crystal", "harmony"); names are
  // capitalised. Longer aliases ("lazarus group") are accepted in any case.
  if (ct.exact.length <= 12 && !/[\p{Lu}\p{Lo}\d]/u.test(written)) return false;
  return true;
}

export function matchLexicon(lexicon: Lexicon, n: Normalized): LexiconHit[] {
  const trie = compileLexicon(lexicon);
  const hits = trie.scan(n.lower, (ct, s, e) => acceptCase(ct, n, s, e));
  return hits.map((h) => ({
    start: h.start,
    end: h.end,
    term: h.values[0]!.term,
    alternatives: h.values.map((v) => v.term),
  }));
}
