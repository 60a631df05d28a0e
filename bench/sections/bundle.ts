// 6. Bundle sizes: every entry point of the built extension (the file and everything it loads
// statically), raw and gzipped (zlib default level, as servers and stores compress).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  kind: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  entries: EntrySize[];
  files: { file: string; rawBytes: number; gzipBytes: number }[];
}

export const gzipSize = (buf: Buffer): number => gzipSync(buf).length;

/** Static imports of a built JS file or the scripts/styles an HTML page loads, relative to dist. */
function dependencies(dist: string, file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const refs: string[] = [];
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.push(m[1]!);
  } else if (file.endsWith('.js')) {
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) refs.push(m[1]!);
  }
  return refs.map((r) =>
    r.startsWith('/') ? r.slice(1) : relative(dist, resolve(dist, dirname(file), r)),
  );
}

function closure(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f) || !existsSync(join(dist, f))) return;
    seen.add(f);
    for (const d of dependencies(dist, f)) visit(d);
  };
  visit(entry);
  return [...seen];
}

export function benchBundle(dist: string): BundleResult {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    content_scripts: { js: string[] }[];
    action: { default_popup: string };
    options_ui: { page: string };
  };
  const entries: [string, string][] = [
    ...manifest.content_scripts.flatMap((c) =>
      c.js.map((j) => ['content script', j] as [string, string]),
    ),
    ['background service worker', manifest.background.service_worker],
    ['popup', manifest.action.default_popup],
    ['library (options page)', manifest.options_ui.page],
  ];
  const sizeOf = (f: string) => {
    const buf = readFileSync(join(dist, f));
    return { rawBytes: statSync(join(dist, f)).size, gzipBytes: gzipSize(buf) };
  };
  const all = new Set<string>();
  const out: EntrySize[] = entries.map(([kind, entry]) => {
    const files = closure(dist, entry);
    files.forEach((f) => all.add(f));
    const sizes = files.map(sizeOf);
    return {
      entry,
      kind,
      files,
      rawBytes: sizes.reduce((n, s) => n + s.rawBytes, 0),
      gzipBytes: sizes.reduce((n, s) => n + s.gzipBytes, 0),
    };
  });
  // Files loaded at run time rather than imported (the dataset the worker fetches when seeding).
  const assets = join(dist, 'assets');
  for (const f of existsSync(assets) ? readdirSync(assets) : []) all.add(`assets/${f}`);
  return {
    entries: out,
    files: [...all].sort().map((file) => ({ file, ...sizeOf(file) })),
  };
}
