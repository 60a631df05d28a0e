// The cheap first look: a bounded sample of the page's text, checked by the engine's gate.
// Pages that fail it cost one short TreeWalker walk and nothing more.
import { looksLikeCryptoHack } from '../core/gate';

const SAMPLE_CHARS = 12_000;

export function sampleText(doc: Document, limit = SAMPLE_CHARS): string {
  const parts: string[] = [doc.title];
  const description = doc.querySelector(
    'meta[name="description"], meta[property="og:description"]',
  );
  parts.push(description?.getAttribute('content') ?? '');
  if (!doc.body) return parts.join('\n');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let n = walker.nextNode(); n && length < limit; n = walker.nextNode()) {
    const p = n.parentElement?.tagName;
    if (p === 'SCRIPT' || p === 'STYLE' || p === 'NOSCRIPT') continue;
    const data = (n as Text).data;
    if (data.trim()) {
      parts.push(data);
      length += data.length;
    }
  }
  return parts.join('\n');
}

export function passesGate(doc: Document): boolean {
  return looksLikeCryptoHack(sampleText(doc));
}
