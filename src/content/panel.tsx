// Mounts the story panel and wires "Save incident" to the background.
import type { Analysis } from '../core/types';
import { send } from '../shared/send';
import type { HighlightSelector } from '../shared/saved';
import { StoryPanel, type Corrections, type SaveStatus } from '../ui/components/StoryPanel';
import type { ArticleInfo } from './article-root';
import { correctedIncident } from './corrections';
import { createUiHost } from './ui-host';

export interface PanelContext {
  analysis: Analysis;
  article: ArticleInfo;
  url: string;
  canonicalUrl: string;
  highlights: () => HighlightSelector[];
  alreadySaved: boolean;
}

export function mountPanel(doc: Document, ctx: PanelContext): () => void {
  const panel = createUiHost(
    doc,
    'heistlens-panel',
    'position: fixed; z-index: 2147483645; right: 16px; bottom: 16px;',
  );
  let status: SaveStatus = ctx.alreadySaved
    ? { state: 'saved', merged: false, sourceCount: 1 }
    : { state: 'idle' };
  const render = () =>
    panel.render(
      <StoryPanel
        incident={ctx.analysis.incident}
        reasons={ctx.analysis.reasons}
        status={status}
        onSave={(c: Corrections) => void save(c)}
        onSplit={() => void split()}
        onClose={() => panel.host.style.setProperty('display', 'none')}
      />,
    );
  const save = async (c: Corrections) => {
    status = { state: 'saving' };
    render();
    const { article } = ctx;
    const reply = await send('saveIncident', {
      incident: await correctedIncident(ctx.analysis.incident, c, async (text) => {
        const r = await send('parseAmount', { text });
        return r.ok ? r.value : null;
      }),
      source: {
        url: ctx.url,
        canonicalUrl: ctx.canonicalUrl,
        title: article.title,
        site: article.site,
        ...(article.published ? { published: article.published } : {}),
        highlights: ctx.highlights(),
      },
    });
    if (reply.ok) sourceId = reply.value.sourceId;
    status = reply.ok
      ? { state: 'saved', merged: reply.value.merged, sourceCount: reply.value.sourceCount }
      : { state: 'error', message: reply.error.message };
    render();
  };
  let sourceId: string | null = null;
  const split = async () => {
    if (!sourceId || status.state !== 'saved') return;
    const reply = await send('splitSource', { sourceId });
    status =
      reply.ok && reply.value
        ? { ...status, split: true }
        : {
            state: 'error',
            message: reply.ok ? 'this story is no longer merged' : reply.error.message,
          };
    render();
  };
  render();
  return () => panel.remove();
}
