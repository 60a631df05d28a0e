// A small WebDriver BiDi client for Debian's Firefox ESR: launch headless, install the built
// extension temporarily (webExtension.install), navigate, evaluate. Playwright's Firefox needs
// its own patched build, which these machines may not download.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'firefox');

// Quiet, offline profile: nothing phones home, nothing asks questions.
const PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
  'extensions.experiments.enabled': false,
};

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export class BidiFirefox {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  context = '';

  private constructor(
    private proc: ChildProcess,
    private ws: WebSocket,
    private profile: string,
  ) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as {
        id?: number;
        type: string;
        result?: unknown;
        error?: string;
        message?: string;
      };
      if (msg.id === undefined) return;
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.type === 'error') p?.reject(new Error(`${msg.error}: ${msg.message}`));
      else p?.resolve(msg.result);
    });
  }

  static async launch(): Promise<BidiFirefox> {
    if (!existsSync(FIREFOX)) {
      throw new Error(
        `Firefox not found at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr).`,
      );
    }
    const profile = mkdtempSync(join(tmpdir(), 'heistlens-firefox-'));
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(PREFS)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('\n'),
    );
    const proc = spawn(
      FIREFOX,
      ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const url = await new Promise<string>((resolveUrl, reject) => {
      let log = '';
      const timer = setTimeout(
        () => reject(new Error(`Firefox did not start BiDi:\n${log}`)),
        60_000,
      );
      proc.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolveUrl(m[1]!);
        }
      });
      proc.on('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${log}`)));
    });
    const ws = new WebSocket(`${url.replace(/\/$/, '')}/session`);
    await new Promise((res, rej) => ws.once('open', res).once('error', rej));
    const ff = new BidiFirefox(proc, ws, profile);
    await ff.send('session.new', { capabilities: {} });
    const tree = (await ff.send('browsingContext.getTree', {})) as {
      contexts: { context: string }[];
    };
    ff.context = tree.contexts[0]!.context;
    return ff;
  }

  send(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  async installExtension(path = DIST_FIREFOX): Promise<string> {
    if (!existsSync(join(path, 'manifest.json')))
      throw new Error(`No built extension in ${path}: run npm run build:firefox.`);
    const r = (await this.send('webExtension.install', {
      extensionData: { type: 'path', path },
    })) as { extension: string };
    return r.extension;
  }

  async navigate(url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /** Moves the real pointer over the first element matching `selector` (a true hover). */
  async hover(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number }>(
      `(() => { const e = document.querySelector(${JSON.stringify(selector)}); e.scrollIntoView({ block: 'center' });
         const r = e.getBoundingClientRect(); return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }; })()`,
    );
    await this.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [{ type: 'pointerMove', x: box.x, y: box.y, duration: 0 }],
        },
      ],
    });
  }

  /** Evaluates an expression (awaiting a promise) in the page and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = (await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: this.context },
      awaitPromise: true,
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`);
    return JSON.parse(r.result?.value ?? 'null') as T;
  }

  /** Polls an expression until it returns a truthy value. */
  async waitFor<T>(expression: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.evaluate<T>(expression);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for: ${expression}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async close(): Promise<void> {
    await this.send('browser.close', {}).catch(() => undefined);
    this.ws.close();
    await new Promise((r) => (this.proc.exitCode !== null ? r(null) : this.proc.once('exit', r)));
    rmSync(this.profile, { recursive: true, force: true });
  }
}
