// Small helpers shared by the dataset build steps. Everything here is deterministic.

/** "Lazarus Group" -> "lazarus-group"; accents folded, punctuation dropped. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Key used to compare names across sources: lower case, no punctuation or spaces. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export const byString =
  <T>(key: (t: T) => string) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

export function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Case-insensitive de-duplication that keeps the first spelling. */
export function uniqCI(items: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of items) {
    const k = s.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/** Split an optional lexicon flag prefix ("cx|ZINC") from an alias. */
export function splitFlags(raw: string): { flags: string; alias: string } {
  const bar = raw.indexOf('|');
  if (bar > 0 && bar <= 2 && /^[cx]+$/.test(raw.slice(0, bar))) {
    return { flags: raw.slice(0, bar), alias: raw.slice(bar + 1) };
  }
  return { flags: '', alias: raw };
}

/** Days between two YYYY-MM-DD dates (absolute). */
export function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(a + 'T00:00:00Z') - Date.parse(b + 'T00:00:00Z')) / 86_400_000;
}

/** JSON with object keys in a stable order (insertion order of our own builders) and a final newline. */
export function stableJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent) + '\n';
}

const CORE_SUFFIX =
  /(protocol|finance|defi|fi|network|exchange|dao|bridge|labs?|capital|money|hack|multisig|technologies|markets?|io|app|v\d)$/;

/** A looser key for matching one victim across sources: "Level Finance", "Level" and "LevelFi"
 *  agree. Suffixes are only stripped while at least four characters remain. */
export function coreKey(s: string): string {
  let k = nameKey(s);
  for (;;) {
    const m = CORE_SUFFIX.exec(k);
    if (!m || k.length - m[0].length < 4) return k;
    k = k.slice(0, k.length - m[0].length);
  }
}

/** Names one victim string stands for: "Rari Capital/Fei Protocol" is two, "Harmony's Horizon
 *  Bridge" names Harmony and Horizon Bridge. The first entry is the main name. */
export function victimNames(raw: string): string[] {
  const parts = raw
    .split(/\s*\/\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    out.push(p);
    const poss = /^(.+?)['’]s\s+(.+)$/.exec(p);
    if (poss) out.push(poss[1]!, poss[2]!);
  }
  return uniqCI(out);
}
