// One Chromium with the built extension and one page server for the in-browser benchmarks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/support/chromium';
import { startServer, type PageServer } from '../../tests/e2e/support/server';

export const BENCH_DIR = resolve(import.meta.dirname, '..');
export const OUT_DIR = resolve(BENCH_DIR, 'out');
/** The bench builds into its own folder so a concurrent `npm test` rebuilding dist/ cannot pull it away mid-run. */
export const DIST = resolve(OUT_DIR, 'dist-chrome');
export const PAGES = resolve(OUT_DIR, 'pages');

export interface Session {
  browser: ExtensionBrowser;
  server: PageServer;
  contentScriptUrl: string;
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  const browser = await launchWithExtension({ dist: DIST });
  await browser.context.addInitScript(NAME_SHIM);
  const server = await startServer(PAGES);
  const manifest = JSON.parse(readFileSync(resolve(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  return {
    browser,
    server,
    contentScriptUrl: `chrome-extension://${browser.extensionId}/${manifest.content_scripts[0]!.js[0]}`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export type Measures = Record<string, number>;

/** Waits for HeistLens's pass on the page to finish and returns its User Timing measures (ms). */
export async function heistlensMeasures(page: Page, timeout = 120_000): Promise<Measures> {
  // The measures are recorded by the content script's isolated world, yet the performance
  // timeline is the page's: the main world reads them.
  await page.waitForFunction(
    () => performance.getEntriesByName('heistlens:total').length > 0,
    null,
    { timeout, polling: 20 },
  );
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (e.name.startsWith('heistlens:')) out[e.name.slice(10)] = e.duration;
    }
    return out;
  });
}

/**
 * tsx (esbuild keepNames) wraps named functions in `__name(...)`; functions passed to
 * page.evaluate / worker.evaluate then need that helper defined where they run.
 */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f; undefined';
