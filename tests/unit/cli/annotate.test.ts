// The annotate CLI: in-process for the argument and input rules (fast), and one real spawn per
// exit code to check the command as users run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../../src/cli/annotate';
import { isBinary } from '../../../src/cli/inputs';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'heistlens-cli-'));
const STORY =
  'Orbitex hacked: attackers steal $31 million in crypto\n\nCrypto exchange Orbitex said hackers stole $31 million from its hot wallet on July 22, 2024.';
const txt = join(dir, 'story.txt');
const md = join(dir, 'notes.md');
const html = join(dir, 'page.html');
const bin = join(dir, 'blob.txt');
writeFileSync(txt, STORY);
writeFileSync(md, '# Kitchen notes\n\nTen kitchen hacks for busy weeknights.');
writeFileSync(
  html,
  `<!doctype html><html><head><title>Orbitex hacked: attackers steal $31 million in crypto</title></head><body>
  <nav><a href="/">Home</a> | <a href="/markets">Markets</a></nav>
  <article><h1>Orbitex hacked: attackers steal $31 million in crypto</h1>
  <p>Crypto exchange Orbitex said on Tuesday that hackers stole $31 million in ether and stablecoins from one of its hot wallets on July 22, 2024, and paused withdrawals while it investigates the breach.</p>
  <p>The exchange said customer balances would be covered in full from its own reserves, and that it had asked other exchanges to freeze any stolen funds that reach them.</p>
  <script>document.title = 'changed'</script></article>
  <aside>Sponsored: get a $100 bonus</aside></body></html>`,
);
writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0]));

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readStdin: async () => Buffer.from(stdin),
    },
  };
}

function lines(out: string[]) {
  return out
    .join('')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('parseArgs', () => {
  it('accepts --format json and paths, - for stdin', () => {
    expect(parseArgs(['--format', 'json', 'a.txt', '-'])).toEqual({ paths: ['a.txt', '-'] });
    expect(parseArgs(['--', '--weird-name.txt'])).toEqual({ paths: ['--weird-name.txt'] });
  });
  it('rejects no paths, unknown flags and other formats', () => {
    expect(parseArgs([])).toHaveProperty('error');
    expect(parseArgs(['--verbose', 'a.txt'])).toHaveProperty('error');
    expect(parseArgs(['--format', 'xml', 'a.txt'])).toHaveProperty('error');
  });
});

describe('annotate (in process)', () => {
  it('prints one JSON line per input, in order, with source first', async () => {
    const t = io();
    expect(await main([txt, md, html], t.io)).toBe(0);
    const out = lines(t.out);
    expect(out.map((o) => o.source)).toEqual([txt, md, html]);
    expect(Object.keys(out[0]!)[0]).toBe('source');
    expect(out[0]).toMatchObject({ schema: 'heistlens/analysis@1', isCryptoHack: true });
    expect(out[1]).toMatchObject({ isCryptoHack: false });
    expect(out[2]).toMatchObject({ isCryptoHack: true });
    expect((out[2]!.incident as { amount: { value: number } }).amount.value).toBe(31e6);
  });

  it('reads stdin for -', async () => {
    const t = io(STORY);
    expect(await main(['-'], t.io)).toBe(0);
    expect(lines(t.out)[0]).toMatchObject({ source: '-', isCryptoHack: true });
  });

  it('reports a missing or binary file, analyses the rest, exits 1', async () => {
    const t = io();
    const missing = join(dir, 'nope.txt');
    expect(await main([missing, txt, bin], t.io)).toBe(1);
    expect(lines(t.out).map((o) => o.source)).toEqual([txt]);
    const err = t.err.join('');
    expect(err).toContain(`${missing}: no such file`);
    expect(err).toContain(`${bin}: binary file`);
  });

  it('reports a directory', async () => {
    const t = io();
    expect(await main([dir], t.io)).toBe(1);
    expect(t.err.join('')).toContain('is a directory');
  });

  it('bad usage prints usage and exits 2', async () => {
    for (const argv of [[], ['--nope', txt]]) {
      const t = io();
      expect(await main(argv, t.io)).toBe(2);
      expect(t.err.join('')).toContain('usage: annotate');
      expect(t.out).toEqual([]);
    }
  });
});

describe('isBinary', () => {
  it('tells text from binary', () => {
    expect(isBinary(Buffer.from('plain text, ünïcödé, 日本語'))).toBe(false);
    expect(isBinary(Buffer.from([0x41, 0x00, 0x42]))).toBe(true);
    expect(isBinary(Buffer.from([0xff, 0xfe, 0xfd, 0x41]))).toBe(true);
  });
});

describe('annotate (spawned)', () => {
  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/annotate.ts'), ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exit 0 with JSON Lines; exit 1 on a bad input; exit 2 on bad usage', () => {
    const ok = spawn(['--format', 'json', txt, '-'], STORY);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(2);

    const bad = spawn([join(dir, 'missing.txt'), txt]);
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('no such file');

    const usage = spawn([]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage');
  }, 120_000);
});
