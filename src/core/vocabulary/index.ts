// All languages' cue vocabularies compiled into one trie, built once at first use.
import { normalizeKey, lowerSameLength } from '../normalize';
import { Trie } from '../trie';
import type { CueKind, Vocabulary } from './types';
import { en } from './en';
import { es } from './es';
import { pt } from './pt';
import { fr } from './fr';
import { de } from './de';
import { it } from './it';
import { ru } from './ru';
import { ja } from './ja';
import { ko } from './ko';
import { hi } from './hi';
import { zh } from './zh';
import { tr } from './tr';
import { vi } from './vi';

export type { CueKind, Vocabulary } from './types';

export const VOCABULARIES: readonly Vocabulary[] = [
  en,
  es,
  pt,
  fr,
  de,
  it,
  ru,
  ja,
  ko,
  hi,
  zh,
  tr,
  vi,
];

export interface Cue {
  kind: CueKind;
  lang: string;
}

let compiled: Trie<Cue> | null = null;

export function cueTrie(): Trie<Cue> {
  if (compiled) return compiled;
  const trie = new Trie<Cue>();
  for (const voc of VOCABULARIES) {
    for (const [kind, terms] of Object.entries(voc)) {
      if (kind === 'lang' || !Array.isArray(terms)) continue;
      for (const raw of terms as string[]) {
        const prefix = raw.endsWith('*');
        const key = lowerSameLength(normalizeKey(prefix ? raw.slice(0, -1) : raw));
        trie.add(key, { kind: kind as CueKind, lang: voc.lang }, { prefix });
      }
    }
  }
  compiled = trie;
  return trie;
}
