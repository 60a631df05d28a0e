// Reading one CLI input as article text: files by extension, stdin sniffed for HTML. Binary or
// unreadable inputs raise InputError with a message meant for a person.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

export class InputError extends Error {}

const TEXT_EXT = new Set(['.txt', '.md', '.markdown', '.text', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** Binary: NUL bytes, or many control characters, in the first 8 KB; or invalid UTF-8. */
export function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  if (n > 0 && ctrl / n > 0.1) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, Math.min(buf.length, 65536)));
  } catch {
    // a multi-byte character cut at the 64 KB boundary is not binary
    if (buf.length <= 65536) return true;
  }
  return false;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1000));
}

export async function readInput(path: string, readStdin: () => Promise<Buffer>): Promise<string> {
  let buf: Buffer;
  let ext = '';
  if (path === '-') {
    buf = await readStdin();
  } else {
    let st;
    try {
      st = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`);
    }
    if (st.isDirectory()) throw new InputError('is a directory');
    try {
      buf = await readFile(path);
    } catch (err) {
      throw new InputError(`cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    ext = extname(path).toLowerCase();
    if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext)) ext = '';
  }
  if (isBinary(buf)) throw new InputError('binary file, not text or HTML');
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (HTML_EXT.has(ext) || (ext === '' && looksLikeHtml(text))) {
    const { htmlToArticleText } = await import('./html');
    return htmlToArticleText(text);
  }
  return text;
}
