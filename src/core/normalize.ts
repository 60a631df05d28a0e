// Normalisation for matching. Every later stage works on `norm`/`lower`; offsets are mapped back to
// the original text through `startMap`/`endMap` so mentions point at what the reader sees.
//
// - NFKC per code point (full-width digits, ligatures, nbsp and thin spaces become plain spaces)
// - curly quotes and primes become ASCII quotes, dashes become '-'
// - zero-width characters and soft hyphens are dropped
// - Cyrillic/Greek letters that look like Latin ones are folded, but only inside a word that also
//   holds ASCII Latin letters ("Сlient" with a Cyrillic С), never in Russian or Greek prose.

export interface Normalized {
  original: string;
  /** Normalised text (case kept). */
  norm: string;
  /** Same length as `norm`, lower-cased per UTF-16 unit where that keeps the length. */
  lower: string;
  /** norm index -> original index of the code point that produced it. */
  startMap: Int32Array;
  /** norm index -> original end (exclusive) of the code point that produced it. */
  endMap: Int32Array;
}

// prettier-ignore
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ү: 'y',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x', α: 'a',
};

// prettier-ignore
const SIMPLE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"',
  '\u00BB': '"', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
  '\u2015': '-', '\u2212': '-', '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u2007': ' ',
  '\u3000': ' ', '\t': ' ',
};

const DROP = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetterish(ch: string): boolean {
  return /\p{L}|\p{M}/u.test(ch);
}

const ANY_HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`);

/** Marks, per original index, the Cyrillic/Greek homoglyphs that sit in a mixed Latin word. */
function homoglyphPositions(text: string): Set<number> {
  const out = new Set<number>();
  // most texts hold no lookalike at all: one native scan instead of walking every word
  if (!ANY_HOMOGLYPH.test(text)) return out;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetter(c)) {
      i++;
      continue;
    }
    // scan one word (letters only, ASCII or not)
    let j = i;
    let latin = false;
    let candidates: number[] | null = null;
    while (j < n) {
      const cj = text.charCodeAt(j);
      if (cj < 128) {
        if (!isAsciiLetter(cj)) break;
        latin = true;
        j++;
        continue;
      }
      const ch = text[j]!;
      if (HOMOGLYPHS[ch] !== undefined) {
        (candidates ??= []).push(j);
        j++;
        continue;
      }
      if (cj >= 0xd800 && cj <= 0xdbff) break; // astral: not part of a Latin word
      if (!isLetterish(ch)) break;
      j++;
    }
    if (latin && candidates) for (const k of candidates) out.add(k);
    i = j === i ? i + 1 : j;
  }
  return out;
}

// What one BMP code unit (not a high surrogate, not a homoglyph to fold) becomes, computed on first
// sight: NFKC and the SIMPLE replacements are per code point, so the answer never changes. null =
// dropped.
const unitCache = new Map<number, string | null>();
function normalizeUnit(ch: string, c: number): string | null {
  let out = unitCache.get(c);
  if (out !== undefined) return out;
  if (DROP.has(ch)) out = null;
  else {
    out = SIMPLE[ch] ?? ch.normalize('NFKC');
    if (out.length > 1) out = out.replace(/[\u2018\u2019\u201C\u201D\u00A0]/g, (m) => SIMPLE[m]!);
  }
  unitCache.set(c, out);
  return out;
}

export function normalize(text: string): Normalized {
  const homo = homoglyphPositions(text);
  const parts: string[] = [];
  let starts = new Int32Array(text.length + 16);
  let ends = new Int32Array(text.length + 16);
  let len = 0;
  const grow = (need: number) => {
    if (len + need <= starts.length) return;
    const size = Math.max(starts.length * 2, len + need);
    const s2 = new Int32Array(size);
    s2.set(starts.subarray(0, len));
    const e2 = new Int32Array(size);
    e2.set(ends.subarray(0, len));
    starts = s2;
    ends = e2;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    // fast path: a run of printable ASCII (and newlines) is copied as is, offsets one to one
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if ((c < 32 && c !== 10) || c > 126) break;
      j++;
    }
    if (j > i) {
      grow(j - i);
      for (let k = i; k < j; k++) {
        starts[len] = k;
        ends[len] = k + 1;
        len++;
      }
      parts.push(text.slice(i, j));
      i = j;
      continue;
    }
    const c = text.charCodeAt(i);
    let width = 1;
    let out: string;
    if (c < 128) {
      out = c === 9 ? ' ' : c === 13 ? '\n' : text[i]!;
    } else if (!(c >= 0xd800 && c <= 0xdbff) && !(homo.size && homo.has(i))) {
      const u = normalizeUnit(text[i]!, c);
      if (u === null) {
        i++;
        continue;
      }
      out = u;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) width = 2;
      const ch = text.slice(i, i + width);
      if (DROP.has(ch)) {
        i += width;
        continue;
      }
      const h = homo.has(i) ? HOMOGLYPHS[ch] : undefined;
      out = h ?? SIMPLE[ch] ?? ch.normalize('NFKC');
      if (out.length > 1) out = out.replace(/[\u2018\u2019\u201C\u201D\u00A0]/g, (m) => SIMPLE[m]!);
    }
    grow(out.length);
    for (let k = 0; k < out.length; k++) {
      starts[len] = i;
      ends[len] = i + width;
      len++;
    }
    parts.push(out);
    i += width;
  }
  const norm = parts.join('');
  return {
    original: text,
    norm,
    lower: lowerSameLength(norm),
    startMap: starts.subarray(0, len),
    endMap: ends.subarray(0, len),
  };
}

/** Lower-cases per UTF-16 unit, keeping a unit unchanged when lower-casing would change length. */
export function lowerSameLength(s: string): string {
  const low = s.toLowerCase();
  if (low.length === s.length) return low;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const l = s[i]!.toLowerCase();
    out += l.length === 1 ? l : s[i]!;
  }
  return out;
}

/** Normalises a lexicon alias the same way the text is normalised (for building matchers). */
export function normalizeKey(alias: string): string {
  // printable ASCII normalises to itself (most aliases and cue words: skip the offset maps)
  const norm = /^[\x20-\x7e\n]*$/.test(alias) ? alias : normalize(alias).norm;
  return norm.replace(/\s+/g, ' ').trim();
}

/** Maps a [start, end) span in `norm` back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (n.norm.length === 0) return [0, 0];
  const s = start < n.startMap.length ? n.startMap[start]! : n.original.length;
  const e = end > 0 ? n.endMap[Math.min(end, n.endMap.length) - 1]! : 0;
  return [s, Math.max(s, e)];
}
