import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

// One manifest for both browsers. Firefox MV3 has no service workers in extensions: it runs the
// same background module as an event page (background.scripts) and needs a gecko id.
function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return baseManifest as ManifestV3Export;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'heistlens@heistlens.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    // crxjs needs the JSX runtime named, otherwise it reports a misleading react/jsx-runtime error.
    oxc: { jsx: { importSource: 'preact', runtime: 'automatic' } },
    plugins: [
      crx({
        manifest: manifestFor(browser),
        browser,
        // The content script runs on every page: one self-contained file, no loader round trip.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
    },
    legacy: { skipWebSocketTokenCheck: true },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
