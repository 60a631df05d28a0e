// A character trie over lower-cased, normalised keys, scanned once over the text: walks start only at
// word starts (or at CJK characters, which attach without spaces), so the cost is
// O(text length x longest key) — linear in the text for a fixed lexicon, and no regex backtracking.

import { counters } from './metrics';

export interface TrieKeyOptions {
  /** Match a prefix of a word ("hack" in "hackers"); otherwise the key must end at a word boundary. */
  prefix?: boolean;
}

interface Node<T> {
  /** Children by UTF-16 code unit (numbers: no one-character strings made while scanning). */
  next: Map<number, Node<T>>;
  values: { value: T; prefix: boolean }[] | null;
}

export interface TrieHit<T> {
  start: number;
  end: number;
  values: T[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Per UTF-16 unit: 0 = not classified yet, then bit 1 = classified, bit 2 = word char, bit 4 = CJK. */
const CLASS = new Uint8Array(65536);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  const cjk = code >= 0x2e80 && CJK.test(ch);
  let word = WORD_CHAR.test(ch) && !cjk;
  if (code >= 0xd800 && code <= 0xdfff) word = false;
  const v = 1 | (word ? 2 : 0) | (cjk ? 4 : 0);
  CLASS[code] = v;
  return v;
}

/** Letters and digits of space-separated scripts; CJK characters are not word characters. */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  const v = CLASS[code] || classify(code);
  return (v & 2) !== 0;
}

export function isCjk(code: number): boolean {
  if (code < 0x2e80) return false;
  const v = CLASS[code] || classify(code);
  return (v & 4) !== 0;
}

export class Trie<T> {
  private root: Node<T> = { next: new Map(), values: null };
  private maxLen = 0;

  add(key: string, value: T, opts: TrieKeyOptions = {}): void {
    if (!key) return;
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const ch = key.charCodeAt(k);
      let nx = node.next.get(ch);
      if (!nx) {
        nx = { next: new Map(), values: null };
        node.next.set(ch, nx);
      }
      node = nx;
    }
    (node.values ??= []).push({ value, prefix: !!opts.prefix });
    this.maxLen = Math.max(this.maxLen, key.length);
  }

  /** Every hit at every word start, overlapping ones included (for cue words). */
  scanAll(lower: string): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    const n = lower.length;
    for (let i = 0; i < n; i++) {
      const code = lower.charCodeAt(i);
      if (!isCjk(code) && isWordChar(code) && i > 0 && isWordChar(lower.charCodeAt(i - 1)))
        continue;
      let node: Node<T> | undefined = this.root;
      let j = i;
      while (j < n && node) {
        node = node.next.get(lower.charCodeAt(j));
        j++;
        counters.trieSteps++;
        if (!node || !node.values) continue;
        const boundary =
          j >= n || !isWordChar(lower.charCodeAt(j)) || !isWordChar(lower.charCodeAt(j - 1));
        const vals = node.values.filter((v) => v.prefix || boundary).map((v) => v.value);
        if (vals.length) hits.push({ start: i, end: j, values: vals });
      }
    }
    return hits;
  }

  /**
   * All longest, non-overlapping hits, left to right. `accept` may reject a value at a position
   * (case rules); a rejected longer key falls back to a shorter one.
   */
  scan(lower: string, accept?: (value: T, start: number, end: number) => boolean): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    const n = lower.length;
    let i = 0;
    while (i < n) {
      const code = lower.charCodeAt(i);
      const startOk =
        isCjk(code) || (isWordChar(code) && (i === 0 || !isWordChar(lower.charCodeAt(i - 1))));
      if (!startOk && isWordChar(code)) {
        i++;
        continue;
      }
      let node: Node<T> | undefined = this.root;
      let best: TrieHit<T> | null = null;
      let j = i;
      while (j < n && node) {
        node = node.next.get(lower.charCodeAt(j));
        j++;
        counters.trieSteps++;
        if (!node || !node.values) continue;
        const boundary =
          j >= n || !isWordChar(lower.charCodeAt(j)) || !isWordChar(lower.charCodeAt(j - 1));
        const vals: T[] = [];
        for (const v of node.values) {
          if (!(v.prefix || boundary)) continue;
          if (accept && !accept(v.value, i, j)) continue;
          vals.push(v.value);
        }
        if (vals.length) best = { start: i, end: j, values: vals };
      }
      if (best) {
        hits.push(best);
        i = best.end;
      } else i++;
    }
    return hits;
  }
}
