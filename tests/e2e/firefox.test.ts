// The core flow in Debian's Firefox ESR, driven over WebDriver BiDi.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BidiFirefox } from './support/firefox-bidi';
import { startServer, type PageServer } from './support/server';

let ff: BidiFirefox;
let server: PageServer;

beforeAll(async () => {
  server = await startServer();
  ff = await BidiFirefox.launch();
  await ff.installExtension();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

test('Firefox: marks, card and save on a crypto-hack story', async () => {
  await ff.navigate(`${server.origin}/demo-coinspaid.html`);
  const marks = await ff.waitFor<{ role: string; text: string }[]>(
    `(() => { const m = [...document.querySelectorAll('heistlens-mark')].map(e => ({ role: e.dataset.role, text: e.textContent }));
       return m.some(x => x.role === 'attacker') ? m : null; })()`,
    45_000,
  );
  expect(marks).toContainEqual({ role: 'attacker', text: 'Lazarus Group' });
  expect(marks.some((m) => m.role === 'victim' && m.text === 'CoinsPaid')).toBe(true);
  expect(
    marks
      .filter((m) => m.role === 'stolen')
      .map((m) => m.text)
      .join(' '),
  ).toContain('37.3 million');

  await ff.hover('heistlens-mark[data-role="attacker"]');
  const card = await ff.waitFor<string>(
    `(() => { const d = document.querySelector('heistlens-card')?.shadowRoot?.querySelector('[role="dialog"]');
       return d && /Also known as/.test(d.textContent) ? d.textContent : null; })()`,
  );
  expect(card).toContain('Lazarus Group');

  await ff.evaluate(
    `[...document.querySelector('heistlens-panel').shadowRoot.querySelectorAll('button')].find(b => b.textContent.trim() === 'Save incident').click()`,
  );
  const status = await ff.waitFor<string>(
    `document.querySelector('heistlens-panel')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null`,
  );
  expect(status).toContain('Saved');
});
