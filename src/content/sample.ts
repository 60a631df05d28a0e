// The cheap first look: a bounded sample of the page's text, for the engine's gate (gate.ts).
// Pages that fail the gate cost this one short walk on the page's main thread and a message.

// The engine's gate reads only its first 5,000 characters (GATE_CHARS in src/core/gate.ts), so
// walking further is wasted: sampling 12,000 characters cost 24–34 ms on a 50,000-node web app.
const SAMPLE_CHARS = 5000;
const IGNORED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Below this much light-DOM text, the page may keep its content in shadow roots. */
const THIN_PAGE_CHARS = 1000;

export function sampleText(doc: Document, limit = SAMPLE_CHARS): string {
  const parts: string[] = [doc.title];
  const description = doc.querySelector(
    'meta[name="description"], meta[property="og:description"]',
  );
  parts.push(description?.getAttribute('content') ?? '');
  if (!doc.body) return parts.join('\n');
  // Fast path: a text-only walk with no filter callback (a JS call per node cost ~6 µs each on a
  // 50,000-node web app). Only a page that shows almost no text this way is walked again,
  // element by element, into its open shadow roots.
  const light = lightText(doc, limit);
  const text = light.chars >= THIN_PAGE_CHARS ? light.parts : shadowAwareText(doc, limit);
  return [...parts, ...text].join('\n');
}

function lightText(doc: Document, limit: number): { parts: string[]; chars: number } {
  const parts: string[] = [];
  let chars = 0;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && chars < limit; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (!data.trim() || IGNORED.has(n.parentElement?.tagName ?? '')) continue;
    parts.push(data);
    chars += data.length;
  }
  return { parts, chars };
}

function shadowAwareText(doc: Document, limit: number): string[] {
  const parts: string[] = [];
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
  return parts;
}
