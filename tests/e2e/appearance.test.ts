// What a reader sees: the card and the panel in light and dark mode. The screenshots are
// written to demo-out/ on every run and, with UPDATE_SCREENSHOTS=1, to the README's images.
import { afterAll, expect, test } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startServer, type PageServer } from './support/server';

const OUT = 'demo-out';
const README_IMAGES = join('tests', 'e2e', 'screenshots');
const open: { browser?: ExtensionBrowser; server?: PageServer } = {};

afterAll(async () => {
  await open.browser?.close();
  await open.server?.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`card and panel render in ${scheme} mode with their own styles`, async () => {
    open.server ??= await startServer();
    const browser = await launchWithExtension({ colorScheme: scheme });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${open.server.origin}/demo-coinspaid.html`);
      const panel = page.locator('heistlens-panel');
      await panel.getByRole('button', { name: 'Save incident' }).waitFor({ timeout: 20_000 });
      mkdirSync(OUT, { recursive: true });
      const files = [`card-${scheme}.png`, `panel-${scheme}.png`];
      await panel.locator('section').screenshot({ path: join(OUT, files[1]!) });
      await page.locator('heistlens-mark[data-role="attacker"]').first().hover();
      const card = page.locator('heistlens-card').getByRole('dialog');
      await card.getByText('Also known as').waitFor({ timeout: 20_000 });
      const background = await page
        .locator('heistlens-card')
        .evaluate(
          (host) => getComputedStyle(host.shadowRoot!.querySelector('.card')!).backgroundColor,
        );
      // Light: white card; dark: a dark card. The site's own CSS reaches neither.
      expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 35, 45)');
      expect(await panel.getByRole('list', { name: 'Highlight colours' }).textContent()).toContain(
        'stolen amount',
      );
      await page.screenshot({ path: join(OUT, files[0]!) });
      if (process.env.UPDATE_SCREENSHOTS === '1') {
        mkdirSync(README_IMAGES, { recursive: true });
        for (const f of files) copyFileSync(join(OUT, f), join(README_IMAGES, f));
      }
    } finally {
      await browser.close();
    }
  });
}
