// One pass over a page: article(s) → text map → engine (in the background) → marks, cards and
// the story panel. Returns a teardown that removes everything it added.
import type { Analysis, Mention } from '../core/types';
import type { Settings } from '../shared/settings';
import { send } from '../shared/send';
import { MARK_CSS } from '../ui/components/theme';
import { findArticle, type ArticleInfo } from './article-root';
import { attachCards } from './card';
import { highlight, type Highlights, type MarkSpec } from './highlighter';
import { STYLE_ID } from './ours';
import { mountPanel } from './panel';
import { withSavedHighlights } from './restore';
import { toSelectors } from './selectors';
import { buildTextMap, type TextMap } from './text-map';
import { measured, measuredAsync } from './timing';

export interface PageRun {
  analysis: Analysis;
  marks: number;
  teardown(): void;
}

/** The page's verdict: the analysis (kept for the popup) and, for a story, what was injected. */
export interface PageVerdict {
  analysis: Analysis | null;
  run: PageRun | null;
}

interface Unit {
  article: ArticleInfo;
  map: TextMap;
  analysis: Analysis;
  saved: boolean;
}

const MARKED_KINDS = new Set(['actor', 'victim', 'amount']);
/** An <article> shorter than this is a teaser card, not a story. */
const MIN_ARTICLE_CHARS = 300;

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

/**
 * The page's stories. A feed (several full <article>s, as endless-scroll news pages have) is
 * read one article at a time, so a story below a non-story is still found; otherwise the one
 * article Readability finds.
 */
function articleUnits(doc: Document): ArticleInfo[] {
  const main = findArticle(doc);
  if (!main) return [];
  const articles = [...doc.querySelectorAll('article')].filter(
    (a) =>
      (a.textContent?.length ?? 0) >= MIN_ARTICLE_CHARS && !a.parentElement?.closest('article'),
  );
  if (articles.length < 2) return [main];
  return articles.map((root) => ({
    ...main,
    root,
    title: root.querySelector('h1, h2')?.textContent?.trim() || main.title,
  }));
}

export async function runPage(
  doc: Document,
  settings: Settings,
  opts: { force?: boolean } = {},
): Promise<PageVerdict> {
  const url = doc.location.href;
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonicalUrl = canonicalHref ? safeUrl(canonicalHref, url) : url;
  // Saved sources are keyed by canonical URL: the same story reached by another link is known.
  const statePromise = send('pageState', { url: canonicalUrl });
  const units: Unit[] = [];
  for (const article of measured('article', () => articleUnits(doc))) {
    const map = measured('text-map', () => buildTextMap(article.root));
    const reply = await measuredAsync('analyse', () => send('analyze', { text: map.text }));
    if (!reply.ok) throw new Error(reply.error.message);
    units.push({ article, map, analysis: reply.value, saved: false });
  }
  if (units.length === 0) return { analysis: null, run: null };
  const state = await statePromise;
  const saved = state.ok && state.value.saved ? state.value : null;
  if (saved) {
    // The saved page's story is its first unit; restore what the reader saved there.
    const first = units[0]!;
    first.saved = true;
    if (saved.highlights?.length) {
      first.analysis = withSavedHighlights(first.map.text, first.analysis, saved.highlights);
    }
  }
  const stories = units.filter((u) => u.analysis.isCryptoHack || u.saved);
  if (opts.force && stories.length === 0) stories.push(units[0]!);
  if (stories.length === 0) return { analysis: units[0]!.analysis, run: null };

  const controller = new AbortController();
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MARK_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);

  const owner = new WeakMap<Element, Analysis>();
  const highlights: Highlights[] = [];
  for (const unit of stories) {
    const h = measured('highlight', () =>
      highlight(unit.map, markSpecs(unit.analysis.mentions, settings)),
    );
    for (const mark of h.marks) owner.set(mark, unit.analysis);
    highlights.push(h);
  }
  const marks = highlights.flatMap((h) => h.marks);
  // Page-level CSS does not reach into shadow roots: give each one holding marks its own copy.
  const shadowStyles = new Map<ShadowRoot, HTMLStyleElement>();
  for (const mark of marks) {
    const root = mark.getRootNode();
    if (root instanceof ShadowRoot && !shadowStyles.has(root)) {
      const copy = style.cloneNode(true) as HTMLStyleElement;
      root.appendChild(copy);
      shadowStyles.set(root, copy);
    }
  }
  attachCards(
    doc,
    (mark) => {
      const analysis = owner.get(mark);
      const mention = analysis?.mentions[Number(mark.dataset.mention)];
      return analysis && mention ? { analysis, mention } : undefined;
    },
    stories.map((u) => u.analysis),
    controller.signal,
  );
  const lead = stories[0]!;
  const removePanel = mountPanel(doc, {
    analysis: lead.analysis,
    article: lead.article,
    url,
    canonicalUrl,
    alreadySaved: lead.saved,
    highlights: () =>
      toSelectors(
        lead.map.text,
        lead.analysis.mentions.filter((m) => MARKED_KINDS.has(m.kind)),
      ),
  });

  return {
    analysis: lead.analysis,
    run: {
      analysis: lead.analysis,
      marks: marks.length,
      teardown() {
        controller.abort();
        removePanel();
        for (const h of highlights) h.remove();
        style.remove();
        for (const copy of shadowStyles.values()) copy.remove();
      },
    },
  };
}
