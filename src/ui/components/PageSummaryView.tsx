// Presentational: what HeistLens made of the current tab, with its per-page actions.
import type { PageSummary } from '../../shared/messages';
import { formatAmount } from './format';

export interface PageSummaryProps {
  summary: PageSummary | null;
  onAnalyse(): void;
  onSetActive(active: boolean): void;
}

export function PageSummaryView({ summary, onAnalyse, onSetActive }: PageSummaryProps) {
  if (!summary) return <p class="muted">HeistLens does not run on this page.</p>;
  if (summary.state === 'off') {
    return (
      <section aria-label="This page">
        <p>HeistLens is off on this site.</p>
        <button type="button" onClick={() => onSetActive(true)}>
          Turn on for this site
        </button>
      </section>
    );
  }
  if (summary.state !== 'story') {
    return (
      <section aria-label="This page">
        <p>{summary.state === 'pending' ? 'Not analysed yet.' : 'Not a crypto-hack story.'}</p>
        <div class="toolbar">
          <button type="button" onClick={onAnalyse}>
            Analyse anyway
          </button>
          <button type="button" onClick={() => onSetActive(false)}>
            Turn off for this site
          </button>
        </div>
      </section>
    );
  }
  const i = summary.incident!;
  return (
    <section aria-label="This page">
      <dl class="facts">
        <dt>Victim</dt>
        <dd>{i.victims.map((v) => v.name).join(', ') || 'unknown'}</dd>
        <dt>Attacker</dt>
        <dd>{i.actors.map((a) => a.name).join(', ') || 'not named'}</dd>
        <dt>Stolen</dt>
        <dd>{formatAmount(i.amount)}</dd>
        <dt>Date</dt>
        <dd>{i.date ?? 'not stated'}</dd>
      </dl>
      <p class="muted">{summary.marks ?? 0} mentions marked on the page.</p>
      <button type="button" onClick={() => onSetActive(false)}>
        Turn off for this site
      </button>
    </section>
  );
}
