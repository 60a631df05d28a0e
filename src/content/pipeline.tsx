// One pass over a page: article → text map → engine (in the background) → marks, cards and the
// story panel. Returns a teardown that removes everything it added.
import type { Analysis, Mention } from '../core/types';
import type { Settings } from '../shared/settings';
import { send } from '../shared/send';
import { MARK_CSS } from '../ui/components/theme';
import { findArticle } from './article-root';
import { attachCards } from './card';
import { highlight, type MarkSpec } from './highlighter';
import { mountPanel } from './panel';
import { withSavedHighlights } from './restore';
import { toSelectors } from './selectors';
import { buildTextMap } from './text-map';

export interface PageRun {
  analysis: Analysis;
  marks: number;
  teardown(): void;
}

/** An analysed page that is not a story: nothing injected, the analysis kept for the popup. */
export interface PageVerdict {
  analysis: Analysis | null;
  run: PageRun | null;
}

const MARKED_KINDS = new Set(['actor', 'victim', 'amount']);
export const STYLE_ID = 'heistlens-style';

function markSpecs(mentions: Mention[], settings: Settings): MarkSpec[] {
  return mentions.flatMap((m, i) =>
    MARKED_KINDS.has(m.kind) && settings.kinds[m.kind as keyof Settings['kinds']]
      ? [{ start: m.start, end: m.end, kind: m.kind, role: m.role, mention: i }]
      : [],
  );
}

function safeUrl(href: string, base: string): string {
  try {
    return new URL(href, base).toString();
  } catch {
    return base;
  }
}

export async function runPage(
  doc: Document,
  settings: Settings,
  opts: { force?: boolean } = {},
): Promise<PageVerdict> {
  const article = findArticle(doc);
  if (!article) return { analysis: null, run: null };
  const map = buildTextMap(article.root);
  const url = doc.location.href;
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonicalUrl = canonicalHref ? safeUrl(canonicalHref, url) : url;
  // Saved sources are keyed by canonical URL: the same story reached by another link is known.
  const [reply, state] = await Promise.all([
    send('analyze', { text: map.text }),
    send('pageState', { url: canonicalUrl }),
  ]);
  if (!reply.ok) throw new Error(reply.error.message);
  const saved = state.ok && state.value.saved ? state.value : null;
  if (!reply.value.isCryptoHack && !opts.force && !saved)
    return { analysis: reply.value, run: null };
  const analysis = saved?.highlights?.length
    ? withSavedHighlights(map.text, reply.value, saved.highlights)
    : reply.value;

  const controller = new AbortController();
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MARK_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);

  const highlights = highlight(map, markSpecs(analysis.mentions, settings));
  // Page-level CSS does not reach into shadow roots: give each one holding marks its own copy.
  const shadowStyles = new Map<ShadowRoot, HTMLStyleElement>();
  for (const mark of highlights.marks) {
    const root = mark.getRootNode();
    if (root instanceof ShadowRoot && !shadowStyles.has(root)) {
      const copy = style.cloneNode(true) as HTMLStyleElement;
      root.appendChild(copy);
      shadowStyles.set(root, copy);
    }
  }
  attachCards(doc, analysis, controller.signal);
  const removePanel = mountPanel(doc, {
    analysis,
    article,
    url,
    canonicalUrl,
    alreadySaved: Boolean(saved),
    highlights: () =>
      toSelectors(
        map.text,
        analysis.mentions.filter((m) => MARKED_KINDS.has(m.kind)),
      ),
  });

  return {
    analysis,
    run: {
      analysis,
      marks: highlights.marks.length,
      teardown() {
        controller.abort();
        removePanel();
        highlights.remove();
        style.remove();
        for (const copy of shadowStyles.values()) copy.remove();
      },
    },
  };
}
