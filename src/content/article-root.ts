// Finds the live element that holds the article. Readability mutates what it parses, so it
// runs on a clone; its result is mapped back to the live DOM by locating a few of the article's
// paragraphs among the live Text nodes and taking their closest common ancestor.
import { Readability } from '@mozilla/readability';

export interface ArticleInfo {
  root: Element;
  title: string;
  site: string;
  published?: string;
}

const PROBE_LENGTH = 60;

function probes(articleText: string): string[] {
  const paragraphs = articleText
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= PROBE_LENGTH);
  if (paragraphs.length === 0) return [];
  const pick = [paragraphs[0]!, paragraphs[Math.floor(paragraphs.length / 2)]!, paragraphs.at(-1)!];
  return [...new Set(pick)].map((p) => p.slice(0, PROBE_LENGTH));
}

function commonAncestor(nodes: Node[]): Element | null {
  if (nodes.length === 0) return null;
  let anc: Node | null = nodes[0]!.parentNode;
  for (const n of nodes.slice(1)) while (anc && !anc.contains(n)) anc = anc.parentNode;
  return anc && anc.nodeType === 1 ? (anc as Element) : null;
}

/** Live elements whose own text contains the probe (whitespace-normalised). */
function findLive(doc: Document, probe: string): Node | null {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT);
  let best: Node | null = null;
  // Paragraph-level elements are enough: the probe is the start of a paragraph.
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (!/^(P|LI|BLOCKQUOTE|H[1-6]|DIV|TD|SECTION|FIGCAPTION)$/.test(el.tagName)) continue;
    if (el.childElementCount > 8) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.startsWith(probe)) {
      best = el;
      break;
    }
  }
  return best;
}

function meta(doc: Document, names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

export function findArticle(doc: Document): ArticleInfo | null {
  if (!doc.body) return null;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
  } catch {
    parsed = null;
  }
  const text = parsed?.textContent ?? '';
  const found = probes(text)
    .map((p) => findLive(doc, p))
    .filter((n): n is Node => n !== null);
  // The headline carries the story's key figure; take it in when it sits near the body.
  const h1 = doc.querySelector('h1');
  if (h1 && found.length > 0) {
    const withTitle = commonAncestor([...found, h1]);
    if (withTitle && withTitle !== doc.body && withTitle !== doc.documentElement) found.push(h1);
  }
  const root =
    (found.length >= 2 ? commonAncestor(found) : found[0]?.parentElement) ??
    doc.querySelector('article, [itemprop="articleBody"], main') ??
    doc.body;
  const published =
    meta(doc, ['article:published_time', 'datePublished', 'date']) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  return {
    root,
    title: parsed?.title || doc.title,
    site: parsed?.siteName || meta(doc, ['og:site_name']) || doc.location?.hostname || '',
    ...(published ? { published } : {}),
  };
}
