// Figures are medians of repeated runs, reported with their min, max and run count.
export interface Figure {
  median: number;
  min: number;
  max: number;
  n: number;
  p95?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function figure(xs: number[], withP95 = false): Figure {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return {
    median,
    min: s[0]!,
    max: s.at(-1)!,
    n: s.length,
    ...(withP95 ? { p95: percentile(s, 95) } : {}),
  };
}

/** "12.3 ms (10.1–15.0, n=5)" */
export function fmt(f: Figure | undefined, unit = 'ms', digits = 1): string {
  if (!f || !Number.isFinite(f.median)) return 'n/a';
  const d = (x: number) => x.toFixed(x >= 100 ? 0 : digits);
  return `${d(f.median)} ${unit} (${d(f.min)}–${d(f.max)}, n=${f.n})`;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function log(...args: unknown[]): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
}
