// A character trie over lower-cased, normalised keys, scanned once over the text: walks start only at
// word starts (or at CJK characters, which attach without spaces), so the cost is
// O(text length x longest key) — linear in the text for a fixed lexicon, and no regex backtracking.

import { counters } from './metrics';

export interface TrieKeyOptions {
  /** Match a prefix of a word ("hack" in "hackers"); otherwise the key must end at a word boundary. */
  prefix?: boolean;
}

interface Entry<T> {
  value: T;
  prefix: boolean;
}

export interface TrieHit<T> {
  start: number;
  end: number;
  values: T[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Per UTF-16 unit, computed on first sight: bit 1 = computed, 2 = word character, 4 = CJK.
// A typed table instead of a Map or a regex per call: both tests run for every character scanned.
const charClass = new Uint8Array(65536);
const COMPUTED = 1;
const WORD = 2;
const CJK_BIT = 4;

function classOf(code: number): number {
  let v = charClass[code]!;
  if (v === 0) {
    const ch = String.fromCharCode(code);
    const cjk = CJK.test(ch);
    v = COMPUTED;
    if (WORD_CHAR.test(ch) && !cjk && !(code >= 0xd800 && code <= 0xdfff)) v |= WORD;
    if (cjk) v |= CJK_BIT;
    charClass[code] = v;
  }
  return v;
}

/** Letters and digits of space-separated scripts; CJK characters are not word characters. */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return (classOf(code) & WORD) !== 0;
}

export function isCjk(code: number): boolean {
  return code >= 0x2e80 && (classOf(code) & CJK_BIT) !== 0;
}

/** The end of the run of word characters from i. */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 1 : (classOf(c) & WORD) !== 0) i++;
    else break;
  }
  return i;
}
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordChar(c) ? 1 : 0;

/** Fan-out up to which a node's edges are searched linearly rather than by bisection. */
const LINEAR_EDGES = 8;

/**
 * Keys are added into per-node Maps (cheap to build); the first scan compiles them into flat typed
 * arrays: a direct table of the root's children by UTF-16 unit, and every other node's edges sorted
 * by unit in one array (linear search for small fan-outs, bisection for large ones). Node 0 is the
 * root, so 0 also means "no child".
 */
export class Trie<T> {
  private kids: Map<number, number>[] = [new Map()];
  private entries: (Entry<T>[] | null)[] = [null];
  private maxLen = 0;
  private compiled: {
    root: Int32Array;
    edgeStart: Int32Array;
    edgeCode: Uint16Array;
    edgeNext: Int32Array;
  } | null = null;

  add(key: string, value: T, opts: TrieKeyOptions = {}): void {
    if (!key) return;
    this.maxLen = Math.max(this.maxLen, key.length);
    // The text is walked one UTF-16 unit at a time, so a key holding an astral character (one
    // step of two units) never matched: leave it out.
    if (/[\ud800-\udbff][\udc00-\udfff]/.test(key)) return;
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      let nx = this.kids[node]!.get(code);
      if (nx === undefined) {
        nx = this.kids.length;
        this.kids.push(new Map());
        this.entries.push(null);
        this.kids[node]!.set(code, nx);
      }
      node = nx;
    }
    (this.entries[node] ??= []).push({ value, prefix: !!opts.prefix });
    this.compiled = null;
  }

  private compile() {
    const nodes = this.kids.length;
    let edges = 0;
    for (const m of this.kids) edges += m.size;
    const edgeStart = new Int32Array(nodes + 1);
    const edgeCode = new Uint16Array(edges);
    const edgeNext = new Int32Array(edges);
    let e = 0;
    for (let node = 0; node < nodes; node++) {
      edgeStart[node] = e;
      const kids = this.kids[node]!;
      if (kids.size === 0) continue;
      const sorted = kids.size === 1 ? kids : [...kids].sort((a, b) => a[0] - b[0]);
      for (const [code, next] of sorted) {
        edgeCode[e] = code;
        edgeNext[e] = next;
        e++;
      }
    }
    edgeStart[nodes] = e;
    const root = new Int32Array(65536);
    for (const [code, next] of this.kids[0]!) root[code] = next;
    this.compiled = { root, edgeStart, edgeCode, edgeNext };
    return this.compiled;
  }

  /** Every hit at every word start, overlapping ones included (for cue words). */
  scanAll(lower: string): TrieHit<T>[] {
    const { root, edgeStart, edgeCode, edgeNext } = this.compiled ?? this.compile();
    const entries = this.entries;
    const hits: TrieHit<T>[] = [];
    const n = lower.length;
    let steps = 0;
    // walks start at every character except inside a word (after its first character); word
    // characters are never CJK
    for (let i = 0; i < n; i = isWordChar(lower.charCodeAt(i)) ? wordEnd(lower, i + 1) : i + 1) {
      const code = lower.charCodeAt(i);
      let node = root[code]!;
      let j = i + 1;
      steps++;
      while (node !== 0) {
        const list = entries[node];
        if (list) {
          const boundary =
            j >= n || !isWordChar(lower.charCodeAt(j)) || !isWordChar(lower.charCodeAt(j - 1));
          const vals: T[] = [];
          for (const v of list) if (v.prefix || boundary) vals.push(v.value);
          if (vals.length) hits.push({ start: i, end: j, values: vals });
        }
        if (j >= n) break;
        const c = lower.charCodeAt(j);
        j++;
        steps++;
        let lo = edgeStart[node]!;
        const hi = edgeStart[node + 1]!;
        node = 0;
        if (hi - lo <= LINEAR_EDGES) {
          for (; lo < hi; lo++)
            if (edgeCode[lo] === c) {
              node = edgeNext[lo]!;
              break;
            }
        } else {
          let h = hi - 1;
          while (lo <= h) {
            const mid = (lo + h) >> 1;
            const mc = edgeCode[mid]!;
            if (mc === c) {
              node = edgeNext[mid]!;
              break;
            }
            if (mc < c) lo = mid + 1;
            else h = mid - 1;
          }
        }
      }
    }
    counters.trieSteps += steps;
    return hits;
  }

  /**
   * All longest, non-overlapping hits, left to right. `accept` may reject a value at a position
   * (case rules); a rejected longer key falls back to a shorter one.
   */
  scan(lower: string, accept?: (value: T, start: number, end: number) => boolean): TrieHit<T>[] {
    const { root, edgeStart, edgeCode, edgeNext } = this.compiled ?? this.compile();
    const entries = this.entries;
    const hits: TrieHit<T>[] = [];
    const n = lower.length;
    let steps = 0;
    let i = 0;
    while (i < n) {
      const code = lower.charCodeAt(i);
      const word = isWordChar(code);
      if (word && i > 0 && isWordChar(lower.charCodeAt(i - 1))) {
        i = wordEnd(lower, i);
        continue;
      }
      let node = root[code]!;
      let best: TrieHit<T> | null = null;
      let j = i + 1;
      steps++;
      while (node !== 0) {
        const list = entries[node];
        if (list) {
          const boundary =
            j >= n || !isWordChar(lower.charCodeAt(j)) || !isWordChar(lower.charCodeAt(j - 1));
          const vals: T[] = [];
          for (const v of list) {
            if (!(v.prefix || boundary)) continue;
            if (accept && !accept(v.value, i, j)) continue;
            vals.push(v.value);
          }
          if (vals.length) best = { start: i, end: j, values: vals };
        }
        if (j >= n) break;
        const c = lower.charCodeAt(j);
        j++;
        steps++;
        let lo = edgeStart[node]!;
        const hi = edgeStart[node + 1]!;
        node = 0;
        if (hi - lo <= LINEAR_EDGES) {
          for (; lo < hi; lo++)
            if (edgeCode[lo] === c) {
              node = edgeNext[lo]!;
              break;
            }
        } else {
          let h = hi - 1;
          while (lo <= h) {
            const mid = (lo + h) >> 1;
            const mc = edgeCode[mid]!;
            if (mc === c) {
              node = edgeNext[mid]!;
              break;
            }
            if (mc < c) lo = mid + 1;
            else h = mid - 1;
          }
        }
      }
      if (best) {
        hits.push(best);
        i = best.end;
      } else i = word ? wordEnd(lower, i + 1) : i + 1;
    }
    counters.trieSteps += steps;
    return hits;
  }
}
