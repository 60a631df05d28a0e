// Settings on the library page change what the content script does on the next page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startServer, type PageServer } from './support/server';

let browser: ExtensionBrowser;
let server: PageServer;
let library: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/src/ui/library/index.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const marksOnDemo = async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo-coinspaid.html`);
  await page.waitForTimeout(2500);
  const kinds = await page.$$eval('heistlens-mark', (els) =>
    els.map((e) => e.getAttribute('data-kind')),
  );
  await page.close();
  return kinds;
};

test('the library page shows where the data comes from, with MITRE’s notice', async () => {
  const about = library.getByRole('region', { name: 'About the data' });
  await expect.poll(() => about.textContent()).toContain('The MITRE Corporation');
  expect(await about.getByRole('link', { name: 'MISP galaxy' }).getAttribute('href')).toMatch(
    /^https:/,
  );
});

test('turning a kind off stops marking it; turning it on again brings it back', async () => {
  await library.getByRole('checkbox', { name: 'Amounts' }).uncheck();
  await expect.poll(() => library.getByRole('status').last().textContent()).toContain('Saved');
  const kinds = await marksOnDemo();
  expect(kinds).toContain('actor');
  expect(kinds).not.toContain('amount');
  await library.getByRole('checkbox', { name: 'Amounts' }).check();
  expect(await marksOnDemo()).toContain('amount');
});

test('"only when I click" leaves pages alone until the reader asks', async () => {
  await library.getByRole('radio', { name: /Only when I click/ }).check();
  await expect.poll(async () => (await marksOnDemo()).length).toBe(0);
  await library.getByRole('radio', { name: /On every page/ }).check();
  await expect.poll(async () => (await marksOnDemo()).length).toBeGreaterThan(0);
});
