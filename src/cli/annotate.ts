// `npm run --silent annotate -- [--format json] <path>...`
// Reads .txt/.md as text, .html/.htm through Readability (on a clone, in happy-dom), `-` as stdin,
// and prints one JSON line per input, in order: {source, ...Analysis}.
// Exit codes: 0 all analysed, 1 some input unreadable (others still analysed), 2 bad usage.
import { analyze } from '../core/analyze';
import { bundledLexicon } from '../data/lexicon';
import { readInput, InputError } from './inputs';

export const USAGE = `usage: annotate [--format json] <path>...
  <path>  a .txt/.md text file, a .html/.htm page, or - for stdin
  --format json   JSON Lines output, one object per input (the default and only format)`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
}

export function parseArgs(argv: string[]): { paths: string[] } | { error: string } {
  const paths: string[] = [];
  let afterDashes = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (afterDashes || a === '-' || !a.startsWith('-')) {
      paths.push(a);
      continue;
    }
    if (a === '--') {
      afterDashes = true;
      continue;
    }
    if (a === '--format' || a === '-f') {
      const v = argv[++i];
      if (v !== 'json') return { error: `unsupported format: ${v ?? '(missing)'}` };
      continue;
    }
    if (a === '--format=json') continue;
    if (a === '--help' || a === '-h') return { error: '' };
    return { error: `unknown option: ${a}` };
  }
  if (!paths.length) return { error: 'no input paths' };
  return { paths };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr(`${args.error ? `annotate: ${args.error}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const lexicon = bundledLexicon();
  let failed = false;
  let stdinUsed = false;
  for (const path of args.paths) {
    try {
      if (path === '-' && stdinUsed) throw new InputError('stdin already read');
      if (path === '-') stdinUsed = true;
      const text = await readInput(path, io.readStdin);
      const analysis = analyze(text, { lexicon });
      io.stdout(`${JSON.stringify({ source: path, ...analysis })}\n`);
    } catch (err) {
      failed = true;
      const msg =
        err instanceof InputError ? err.message : `internal error: ${(err as Error).message}`;
      io.stderr(`annotate: ${path}: ${msg}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const isEntry = (process.argv[1] ?? '').replace(/\\/g, '/').endsWith('src/cli/annotate.ts');
if (isEntry) {
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: readAllStdin,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`annotate: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
