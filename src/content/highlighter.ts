// Wraps text ranges in <heistlens-mark> elements and unwraps them exactly. A custom element
// rather than <span>/<mark> so page CSS written for those tags cannot hide or restyle ours.
import { locate, type TextMap } from './text-map';

export interface MarkSpec {
  start: number;
  end: number;
  kind: string;
  role: string;
  /** Index of the mention, so a mark can find its data again. */
  mention: number;
}

export interface Highlights {
  marks: HTMLElement[];
  /** Remove every mark and rejoin the Text nodes we split: the DOM is as it was. */
  remove(): void;
}

const ROLE_LABEL: Record<string, string> = {
  attacker: 'attacker',
  victim: 'victim',
  stolen: 'stolen amount',
  'other-victim': 'victim of another incident',
  'other-theft': 'amount of another incident',
};

interface Piece {
  node: Text;
  order: number;
  from: number;
  to: number;
  spec: MarkSpec;
}

export function highlight(map: TextMap, specs: MarkSpec[]): Highlights {
  const order = new Map<Text, number>();
  map.slices.forEach((s, i) => order.set(s.node, i));

  const pieces: Piece[] = [];
  let lastEnd = -1;
  for (const spec of [...specs].sort((a, b) => a.start - b.start)) {
    if (spec.start < lastEnd || spec.end <= spec.start) continue; // overlapping: keep the first
    lastEnd = spec.end;
    for (const p of locate(map, spec.start, spec.end)) {
      // Only non-whitespace runs are wrapped: a mark never holds bare layout whitespace.
      const text = p.node.data;
      let { from, to } = p;
      while (from < to && /\s/.test(text[from]!)) from++;
      while (to > from && /\s/.test(text[to - 1]!)) to--;
      if (to > from) pieces.push({ node: p.node, order: order.get(p.node)!, from, to, spec });
    }
  }
  // Last piece first: splitting a node keeps its head in place, so earlier offsets stay valid.
  pieces.sort((a, b) => b.order - a.order || b.from - a.from);

  const created = new Map<Text, Set<Node>>();
  const marks: HTMLElement[] = [];
  for (const { node, from, to, spec } of pieces) {
    if (!node.parentNode) continue;
    const doc = node.ownerDocument;
    const made = created.get(node) ?? new Set<Node>();
    created.set(node, made);
    if (to < node.data.length) made.add(node.splitText(to));
    let target = node;
    if (from > 0) {
      target = node.splitText(from);
      made.add(target);
    }
    const mark = doc.createElement('heistlens-mark');
    mark.setAttribute('data-kind', spec.kind);
    mark.setAttribute('data-role', spec.role);
    mark.setAttribute('data-mention', String(spec.mention));
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'mark');
    mark.setAttribute('aria-description', `HeistLens: ${ROLE_LABEL[spec.role] ?? spec.role}`);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  marks.reverse(); // document order

  return {
    marks,
    remove() {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
      for (const [original, made] of created) {
        let next = original.nextSibling;
        while (next && made.has(next)) {
          original.data += (next as Text).data;
          next.parentNode!.removeChild(next);
          next = original.nextSibling;
        }
      }
      marks.length = 0;
      created.clear();
    },
  };
}
