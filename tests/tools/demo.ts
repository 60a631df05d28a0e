// `npm run demo`: the main job for a newcomer. Builds the extension, opens the bundled demo
// article in Debian's Chromium with the extension loaded, prints what HeistLens found and
// writes a screenshot to demo-out/. `--headed` shows the browser where a display exists.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../e2e/support/chromium';
import { startServer } from '../e2e/support/server';

const headed = process.argv.includes('--headed') && Boolean(process.env.DISPLAY);
const OUT = 'demo-out';

console.log('Building the extension (dist/chrome)…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

const server = await startServer();
const browser = await launchWithExtension({ headed });
try {
  const page = await browser.context.newPage();
  const url = `${server.origin}/demo-coinspaid.html`;
  console.log(`Opening ${url} in Chromium with HeistLens loaded…`);
  await page.goto(url);
  await page.waitForSelector('heistlens-mark', { timeout: 30_000 });
  const marks = await page.$$eval('heistlens-mark', (els) =>
    els.map((e) => ({
      kind: e.getAttribute('data-kind')!,
      role: e.getAttribute('data-role')!,
      text: e.textContent!,
    })),
  );
  const show = (label: string, pick: (m: (typeof marks)[number]) => boolean) => {
    const found = [...new Set(marks.filter(pick).map((m) => m.text))];
    console.log(`  ${label.padEnd(26)} ${found.length ? found.join(' · ') : '—'}`);
  };
  console.log(`\nHeistLens marked ${marks.length} mentions on "${await page.title()}":`);
  show('Victim (this incident):', (m) => m.role === 'victim');
  show('Attacker (this incident):', (m) => m.role === 'attacker');
  show('Stolen amount:', (m) => m.role === 'stolen');
  show('Other incidents’ victims:', (m) => m.role === 'other-victim');
  show('Other amounts:', (m) => m.kind === 'amount' && m.role !== 'stolen');

  // Open the actor card the way a reader would, then capture the page.
  await page.locator('heistlens-mark[data-role="attacker"]').first().hover();
  await page
    .locator('heistlens-card')
    .getByRole('dialog')
    .getByText('Also known as')
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  mkdirSync(OUT, { recursive: true });
  const shot = join(OUT, 'demo-coinspaid.png');
  await page.screenshot({ path: shot });
  console.log(`\nScreenshot: ${shot}`);
} finally {
  await browser.close();
  await server.close();
}
