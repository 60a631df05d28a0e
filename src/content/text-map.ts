// Maps the text the engine sees back to the page's Text nodes (the "text map" of DESIGN.md).
// Block boundaries become "\n" so sentences never run across paragraphs; those separators
// belong to no node.
import { isOurUi } from './ours';

export interface TextSlice {
  node: Text;
  /** Offset of node.data[0] in the joined text. */
  start: number;
}

export interface TextMap {
  text: string;
  slices: TextSlice[];
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'SVG',
  'CANVAS',
]);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'FONT',
  'HEISTLENS-MARK',
]);

function blockOf(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root && el.nodeType === 1 && INLINE.has((el as Element).tagName))
    el = el.parentNode;
  return el ?? root;
}

export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const slices: TextSlice[] = [];
  let length = 0;
  let lastBlock: Node | null = null;

  const walk = (scope: Node): void => {
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (SKIP.has(el.tagName.toUpperCase()) || isOurUi(el)) return NodeFilter.FILTER_REJECT;
        // Open shadow roots render in place of the host: read them where they stand.
        if (el.shadowRoot) walk(el.shadowRoot);
        return NodeFilter.FILTER_SKIP;
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      if (!node.data) continue;
      const block = blockOf(node, scope);
      if (lastBlock && block !== lastBlock) {
        parts.push('\n');
        length += 1;
      }
      lastBlock = block;
      slices.push({ node, start: length });
      parts.push(node.data);
      length += node.data.length;
    }
  };
  walk(root);
  return { text: parts.join(''), slices };
}

/** The node pieces covering [start, end) of the joined text, in document order. */
export function locate(
  map: TextMap,
  start: number,
  end: number,
): { node: Text; from: number; to: number }[] {
  const out: { node: Text; from: number; to: number }[] = [];
  // Binary search for the first slice that ends after `start`.
  let lo = 0;
  let hi = map.slices.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = map.slices[mid]!;
    if (s.start + s.node.data.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < map.slices.length; i++) {
    const s = map.slices[i]!;
    if (s.start >= end) break;
    const from = Math.max(0, start - s.start);
    const to = Math.min(s.node.data.length, end - s.start);
    if (to > from) out.push({ node: s.node, from, to });
  }
  return out;
}
