// The content script's cheap gate: a bounded look at the first ~5,000 characters for theft words
// and crypto words. False positives are fine (analyze decides); false negatives hide a story.
import { normalize } from './normalize';
import { scanCues } from './document';

export const GATE_CHARS = 5000;

export function looksLikeCryptoHack(text: string): boolean {
  if (typeof text !== 'string' || !text) return false;
  const head = normalize(text.slice(0, GATE_CHARS)).lower;
  let theft = 0;
  let crypto = 0;
  let off = 0;
  for (const c of scanCues(head)) {
    if (c.kind === 'theft') theft += 2;
    else if (c.kind === 'weak-theft' || c.kind === 'victim-after') theft++;
    else if (c.kind === 'crypto') crypto++;
    else if (c.kind === 'offtopic') off++;
  }
  return theft >= 2 && crypto >= 1 && theft + crypto >= 4 && off * 2 < theft + crypto;
}
