// The built extension in Debian's Chromium against fixture pages served on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startServer, type PageServer } from './support/server';

let browser: ExtensionBrowser;
let server: PageServer;
const requests: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStory(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  return page;
}

const marksOf = (page: Page) =>
  page.$$eval('heistlens-mark', (els) =>
    els.map((e) => ({
      kind: e.getAttribute('data-kind'),
      role: e.getAttribute('data-role'),
      text: e.textContent,
    })),
  );

describe('a crypto-hack story', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openStory('demo-coinspaid.html');
    await page.waitForSelector('heistlens-mark[data-role="attacker"]', { timeout: 30_000 });
  });

  test('marks the attacker, the victim and the stolen amount, and not the decoys', async () => {
    const marks = await marksOf(page);
    expect(marks).toContainEqual({ kind: 'actor', role: 'attacker', text: 'Lazarus Group' });
    expect(
      marks.some((m) => m.kind === 'victim' && m.role === 'victim' && m.text === 'CoinsPaid'),
    ).toBe(true);
    const stolen = marks.filter((m) => m.role === 'stolen').map((m) => m.text);
    expect(stolen.join(' ')).toContain('37.3 million');
    // The ticker, the sponsored bonus and the earlier heists are not this theft.
    for (const decoy of ['$100', '$500', '$29,210.44', '$620 million', '$35 million']) {
      expect(stolen.some((t) => t?.includes(decoy))).toBe(false);
    }
    // Marks are keyboard focusable.
    expect(await page.getAttribute('heistlens-mark[data-role="attacker"]', 'tabindex')).toBe('0');
  });

  test('focusing an actor mark opens its card; Escape closes it and returns focus', async () => {
    const mark = page.locator('heistlens-mark[data-kind="actor"][data-role="attacker"]').first();
    await mark.focus();
    const card = page.locator('heistlens-card').getByRole('dialog');
    // Wait for the looked-up record, not the "Looking up Lazarus Group…" placeholder that
    // already contains the name.
    await expect.poll(() => card.textContent(), { timeout: 15_000 }).toMatch(/Also known as/);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Lazarus Group');
    expect(text).toMatch(/Hidden Cobra|TraderTraitor|APT38/);
    expect(text).toMatch(/Thefts attributed/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('heistlens-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('HEISTLENS-MARK');
  });

  test('hovering an amount shows why it is the stolen amount', async () => {
    await page.locator('heistlens-mark[data-role="stolen"]').first().hover();
    await expect
      .poll(() => page.locator('heistlens-card').getByRole('dialog').textContent(), {
        timeout: 10_000,
      })
      .toContain('stolen');
  });

  test('"Save incident" stores it, the panel says "Saved", the library lists and exports it', async () => {
    await page.getByRole('button', { name: 'Save incident' }).click();
    await expect
      .poll(() => page.locator('heistlens-panel').getByRole('status').textContent())
      .toContain('Saved');

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/src/ui/library/index.html`);
    await expect
      .poll(() => library.locator('table.incidents').textContent())
      .toContain('CoinsPaid');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.format).toBe('heistlens-library');
    expect(exported.version).toBe(1);
    expect(exported.incidents).toHaveLength(1);
    expect(exported.incidents[0].victims[0].name).toBe('CoinsPaid');
    expect(exported.incidents[0].sources[0].url).toContain('demo-coinspaid.html');
    await library.close();

    // A revisit of the saved page says "Saved" straight away.
    const again = await openStory('demo-coinspaid.html');
    await expect
      .poll(() => again.locator('heistlens-panel').getByRole('status').textContent(), {
        timeout: 30_000,
      })
      .toContain('Saved');
    await again.close();
  });
});

test('a page that is not a crypto-hack story gets no mark and no in-page UI', async () => {
  const page = await openStory('negative-kitchen-hacks.html');
  await page.waitForTimeout(2500); // past the quiet-DOM wait and the analysis
  expect(await page.locator('heistlens-mark').count()).toBe(0);
  expect(await page.locator('heistlens-panel, heistlens-card').count()).toBe(0);
  await page.close();
});

test('the popup looks actors up as the reader types', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/index.html`);
  const box = popup.getByRole('combobox', { name: 'Look up an actor' });
  await box.fill('tradertrait');
  await expect
    .poll(() => popup.getByRole('option').allTextContents(), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining('TraderTraitor'));
  await box.fill('Lazarus');
  await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('Lazarus');
  await box.press('Enter');
  await expect.poll(() => popup.getByRole('dialog').textContent()).toMatch(/Also known as/);
  expect(await popup.getByRole('dialog').textContent()).toContain('Lazarus Group');
  await popup.close();
});

test('the extension made no network request beyond the test pages', () => {
  const foreign = requests.filter(
    (u) => !u.startsWith(server.origin) && !/^(chrome-extension|data|blob):/.test(u),
  );
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});
