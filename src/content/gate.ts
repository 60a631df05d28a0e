// The cheap first look: a bounded sample of the page's text, checked by the engine's gate in the
// background. Pages that fail it cost one short TreeWalker walk on the page's main thread and a
// message; the gate's multilingual cue automaton stays warm in the service worker instead of
// being built again in every page (40–70 ms per page when it ran here: bench, issue 7).
import { send } from '../shared/send';

// The engine's gate reads only its first 5,000 characters (GATE_CHARS in src/core/gate.ts), so
// walking further is wasted: sampling 12,000 characters cost 24–34 ms on a 50,000-node web app.
const SAMPLE_CHARS = 5000;
const IGNORED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function sampleText(doc: Document, limit = SAMPLE_CHARS): string {
  const parts: string[] = [doc.title];
  const description = doc.querySelector(
    'meta[name="description"], meta[property="og:description"]',
  );
  parts.push(description?.getAttribute('content') ?? '');
  if (!doc.body) return parts.join('\n');
  let length = 0;
  const walk = (scope: Node): void => {
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (IGNORED.has(el.tagName)) return NodeFilter.FILTER_REJECT;
        if (el.shadowRoot && length < limit) walk(el.shadowRoot);
        return NodeFilter.FILTER_SKIP;
      },
    });
    for (let n = walker.nextNode(); n && length < limit; n = walker.nextNode()) {
      const data = (n as Text).data;
      if (data.trim()) {
        parts.push(data);
        length += data.length;
      }
    }
  };
  walk(doc.body);
  return parts.join('\n');
}

/** False when the background cannot be reached: no analysis without it anyway. */
export async function passesGate(sample: string): Promise<boolean> {
  const reply = await send('gate', { sample });
  return reply.ok && reply.value;
}
