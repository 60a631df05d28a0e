// One pass over a page: article → text map → engine (in the background) → marks, cards and the
// story panel. Returns a teardown that removes everything it added.
import type { Analysis, Mention } from '../core/types';
import type { Settings } from '../shared/settings';
import { send } from '../shared/send';
import { StoryPanel, type Corrections, type SaveStatus } from '../ui/components/StoryPanel';
import { MARK_CSS } from '../ui/components/theme';
import { findArticle } from './article-root';
import { attachCards } from './card';
import { correctedIncident } from './corrections';
import { highlight, type MarkSpec } from './highlighter';
import { toSelectors } from './selectors';
import { buildTextMap } from './text-map';
import { createUiHost } from './ui-host';

export interface PageRun {
  analysis: Analysis;
  teardown(): void;
}

const MARKED_KINDS = new Set(['actor', 'victim', 'amount']);

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
): Promise<PageRun | null> {
  const article = findArticle(doc);
  if (!article) return null;
  const map = buildTextMap(article.root);
  const reply = await send('analyze', { text: map.text });
  if (!reply.ok) throw new Error(reply.error.message);
  const analysis = reply.value;
  if (!analysis.isCryptoHack && !opts.force) return null;

  const controller = new AbortController();
  const style = doc.createElement('style');
  style.id = 'heistlens-style';
  style.textContent = MARK_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);

  const highlights = highlight(map, markSpecs(analysis.mentions, settings));
  attachCards(doc, analysis, controller.signal);

  const panel = createUiHost(
    doc,
    'heistlens-panel',
    'position: fixed; z-index: 2147483645; right: 16px; bottom: 16px;',
  );
  let status: SaveStatus = { state: 'idle' };
  const url = doc.location.href;
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonicalUrl = canonicalHref ? safeUrl(canonicalHref, url) : url;
  const renderPanel = () =>
    panel.render(
      <StoryPanel
        incident={analysis.incident}
        reasons={analysis.reasons}
        status={status}
        onSave={(c: Corrections) => void save(c)}
        onClose={() => panel.host.style.setProperty('display', 'none')}
      />,
    );
  const save = async (c: Corrections) => {
    status = { state: 'saving' };
    renderPanel();
    const reply = await send('saveIncident', {
      incident: correctedIncident(analysis.incident, c),
      source: {
        url,
        canonicalUrl,
        title: article.title,
        site: article.site,
        ...(article.published ? { published: article.published } : {}),
        highlights: toSelectors(
          map.text,
          analysis.mentions.filter((m) => MARKED_KINDS.has(m.kind)),
        ),
      },
    });
    status = reply.ok
      ? { state: 'saved', merged: reply.value.merged, sourceCount: reply.value.sourceCount }
      : { state: 'error', message: reply.error.message };
    renderPanel();
  };
  renderPanel();
  // Saved sources are keyed by canonical URL: the same story reached by another link is known.
  void send('pageState', { url: canonicalUrl }).then((r) => {
    if (r.ok && r.value.saved && status.state === 'idle') {
      status = { state: 'saved', merged: false, sourceCount: 1 };
      renderPanel();
    }
  });

  return {
    analysis,
    teardown() {
      controller.abort();
      panel.remove();
      highlights.remove();
      style.remove();
      doc.documentElement.classList.remove('heistlens-hidden');
      if (doc.documentElement.getAttribute('class') === '')
        doc.documentElement.removeAttribute('class');
    },
  };
}
