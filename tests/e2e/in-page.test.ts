// In-page behaviour on pages that act like real sites: late content, client-side navigation,
// endless feeds, iframes, shadow roots, negatives, keyboard use, corrections and teardown.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startServer, type PageServer } from './support/server';

interface ChromeTabs {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  return page;
}

const roleTexts = (page: Page, role: string) =>
  page.$$eval(`heistlens-mark[data-role="${role}"]`, (els) => els.map((e) => e.textContent));

/** Sends a message to the content script of the page in front, as the popup would. */
async function tellPage(page: Page, type: string, payload: object = {}): Promise<unknown> {
  await page.bringToFront();
  return browser.worker.evaluate(
    async ({ type, payload }) => {
      // Runs in the service worker, where `chrome` is the extension API.
      const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      return tabs.sendMessage(tab!.id!, { type, payload });
    },
    { type, payload },
  );
}

test('an article that arrives a second after load is marked', async () => {
  const page = await open('late-article.html');
  await page.waitForSelector('heistlens-mark[data-role="victim"]', { timeout: 20_000 });
  expect(await roleTexts(page, 'victim')).toContain('Bybit');
  expect((await roleTexts(page, 'stolen')).join(' ')).toMatch(/1\.5 billion|401,000 ETH/);
  expect(await roleTexts(page, 'stolen')).not.toContain('$620 million');
  await page.close();
});

test('client-side navigation re-runs the pipeline for the new story, and off for a non-story', async () => {
  const page = await open('spa-news.html');
  await page.waitForSelector('heistlens-mark[data-role="victim"]', { timeout: 20_000 });
  expect(await roleTexts(page, 'victim')).toContain('WazirX');
  await page.click('a[data-story="dmm"]');
  await expect
    .poll(() => roleTexts(page, 'victim'), { timeout: 20_000 })
    .toContainEqual(expect.stringContaining('DMM Bitcoin'));
  expect(await roleTexts(page, 'victim')).not.toContain('WazirX');
  await page.click('a[data-story="markets"]');
  await expect
    .poll(() => page.locator('heistlens-mark, heistlens-panel').count(), { timeout: 20_000 })
    .toBe(0);
  await page.close();
});

test('the next story of an endless feed is marked when it scrolls in', async () => {
  const page = await open('infinite-scroll.html');
  await page.waitForTimeout(1500);
  expect(await page.locator('heistlens-mark').count()).toBe(0);
  await page.mouse.wheel(0, 5000);
  await page.waitForSelector('heistlens-mark[data-role="victim"]', { timeout: 20_000 });
  expect((await roleTexts(page, 'victim')).join(' ')).toContain('Orbit');
  await page.close();
});

test('a story inside an iframe is marked in its frame', async () => {
  const page = await open('iframe-story.html');
  const frame = page.frameLocator('iframe');
  await frame.locator('heistlens-mark[data-role="attacker"]').first().waitFor({ timeout: 20_000 });
  expect(await frame.locator('heistlens-mark[data-role="victim"]').first().textContent()).toBe(
    'CoinsPaid',
  );
  await page.close();
});

test('a story inside an open shadow root is marked, and marks stay visible there', async () => {
  const page = await open('shadow-story.html');
  const mark = page.locator('news-story heistlens-mark[data-role="victim"]').first();
  await mark.waitFor({ timeout: 20_000 });
  expect(await mark.textContent()).toBe('Atomic Wallet');
  // The component's own CSS hides <span>; our marks are visible and coloured.
  const bg = await mark.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  await page.close();
});

describe('negative pages get nothing', () => {
  for (const path of [
    'negative-price-news.html',
    'negative-ransomware.html',
    'negative-kitchen-hacks.html',
  ]) {
    test(path, async () => {
      const page = await open(path);
      await page.waitForTimeout(2500);
      expect(await page.locator('heistlens-mark, heistlens-panel, heistlens-card').count()).toBe(0);
      expect(await tellPage(page, 'pageSummary')).toMatchObject({
        ok: true,
        value: { state: 'not-story' },
      });
      await page.close();
    });
  }
});

test('"Analyse anyway" runs on a page the classifier turned down', async () => {
  const page = await open('negative-ransomware.html');
  await page.waitForTimeout(2000);
  const reply = (await tellPage(page, 'analyseNow')) as { ok: boolean; value: { state: string } };
  expect(reply.ok).toBe(true);
  expect(await page.locator('heistlens-panel').count()).toBe(1);
  await page.close();
});

test('keyboard: Tab reaches a mark, the card opens, Escape closes it and returns focus', async () => {
  const page = await open('demo-coinspaid.html');
  await page.waitForSelector('heistlens-mark[data-role="attacker"]', { timeout: 20_000 });
  // Tab from the top of the page until focus lands on a mark.
  let tag = '';
  for (let i = 0; i < 20 && tag !== 'HEISTLENS-MARK'; i++) {
    await page.keyboard.press('Tab');
    tag = await page.evaluate(() => document.activeElement?.tagName ?? '');
  }
  expect(tag).toBe('HEISTLENS-MARK');
  await expect.poll(() => page.locator('heistlens-card').getByRole('dialog').count()).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('heistlens-card').count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('HEISTLENS-MARK');
  await page.close();
});

test('the reader corrects the victim before saving, and the correction is what is saved', async () => {
  const page = await open('late-article.html');
  await page.waitForSelector('heistlens-panel', { timeout: 20_000 });
  const panel = page.locator('heistlens-panel');
  await panel.getByRole('button', { name: 'Correct' }).click();
  await panel.getByRole('textbox', { name: 'Victim' }).fill('Bybit (corrected)');
  await panel.getByRole('textbox', { name: 'Stolen amount' }).fill('$1.46 billion');
  await panel.getByRole('button', { name: 'Save incident' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toContain('Saved');
  const saved = await browser.worker.evaluate(async () => {
    const r = await new Promise<IDBDatabase>((res, rej) => {
      const q = indexedDB.open('heistlens');
      q.onsuccess = () => res(q.result);
      q.onerror = () => rej(q.error);
    });
    return new Promise<unknown[]>((res) => {
      const q = r.transaction('savedIncidents').objectStore('savedIncidents').getAll();
      q.onsuccess = () => res(q.result);
    });
  });
  expect(saved).toContainEqual(
    expect.objectContaining({
      victims: [{ name: 'Bybit (corrected)' }],
      amount: expect.objectContaining({ value: 1_460_000_000, currency: 'USD' }),
    }),
  );
  await page.close();
});

test('turning HeistLens off on a page removes everything and restores the DOM exactly', async () => {
  const page = await browser.context.newPage();
  // Capture the article as the site rendered it, before any content script ran.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { pristine: string }).pristine = document.body.innerHTML;
    });
  });
  await page.goto(`${server.origin}/demo-coinspaid.html`);
  await page.waitForSelector('heistlens-mark', { timeout: 20_000 });
  await page.locator('heistlens-mark[data-role="attacker"]').first().hover();
  await page.locator('heistlens-card').waitFor();
  const reply = (await tellPage(page, 'setActiveHere', { active: false })) as {
    value: { state: string };
  };
  expect(reply.value.state).toBe('off');
  const after = await page.evaluate(() => ({
    body: document.body.innerHTML,
    pristine: (window as unknown as { pristine: string }).pristine,
    injected: document.querySelectorAll(
      '[id^="heistlens"], heistlens-mark, heistlens-card, heistlens-panel',
    ).length,
    htmlClass: document.documentElement.getAttribute('class'),
  }));
  expect(after.injected).toBe(0);
  expect(after.htmlClass).toBeNull();
  expect(after.body).toBe(after.pristine);
  // Off stays off for the site on the next visit, and on again brings the marks back.
  const again = await open('demo-coinspaid.html');
  await again.waitForTimeout(2000);
  expect(await again.locator('heistlens-mark').count()).toBe(0);
  await tellPage(again, 'setActiveHere', { active: true });
  await again.waitForSelector('heistlens-mark', { timeout: 20_000 });
  await again.close();
  await page.close();
});

test('the highlight toggle hides and shows every mark', async () => {
  const page = await open('demo-coinspaid.html');
  await page.waitForSelector('heistlens-mark[data-role="stolen"]', { timeout: 20_000 });
  const bg = () =>
    page
      .locator('heistlens-mark[data-role="stolen"]')
      .first()
      .evaluate((e) => getComputedStyle(e).backgroundColor);
  const shown = await bg();
  expect(await tellPage(page, 'toggleHighlights')).toEqual({ ok: true, value: { hidden: true } });
  expect(await bg()).toBe('rgba(0, 0, 0, 0)');
  await tellPage(page, 'toggleHighlights');
  expect(await bg()).toBe(shown);
  await page.close();
});

test('a second outlet is added to the saved incident, and the panel can undo that merge', async () => {
  const first = await open('demo-coinspaid.html');
  await first.getByRole('button', { name: 'Save incident' }).click();
  await expect
    .poll(() => first.locator('heistlens-panel').getByRole('status').textContent())
    .toContain('Saved');
  const second = await open('second-outlet-coinspaid.html');
  const panel = second.locator('heistlens-panel');
  await panel.getByRole('button', { name: 'Save incident' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toContain('added as source 2');
  await panel.getByRole('button', { name: 'Keep as a separate incident' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toContain('incident of its own');
  await first.close();
  await second.close();
});
