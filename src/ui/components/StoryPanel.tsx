// Presentational summary of the page's incident with "Save incident". The reader may correct
// the victim and the amount first; what is in the fields is what gets saved.
import { useState } from 'preact/hooks';
import type { Incident } from '../../core/types';
import { formatAmount } from './format';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; merged: boolean; sourceCount: number; split?: boolean }
  | { state: 'error'; message: string };

export interface Corrections {
  victim: string;
  amountText: string;
}

export interface StoryPanelProps {
  incident: Incident;
  reasons: string[];
  status: SaveStatus;
  onSave(corrections: Corrections): void;
  /** Undo the merge: keep this story as an incident of its own. */
  onSplit?(): void;
  onClose(): void;
}

export function StoryPanel({
  incident,
  reasons,
  status,
  onSave,
  onSplit,
  onClose,
}: StoryPanelProps) {
  const [victim, setVictim] = useState(incident.victims.map((v) => v.name).join(', '));
  const [amountText, setAmountText] = useState(incident.amount?.text ?? '');
  const [editing, setEditing] = useState(false);
  const actors = incident.actors
    .map((a) =>
      a.attribution
        ? `${a.name} (${a.attribution.strength}${a.attribution.by ? ` by ${a.attribution.by}` : ''})`
        : a.name,
    )
    .join(', ');
  return (
    <section class="panel" aria-label="HeistLens story summary">
      <header class="panel-head">
        <strong>HeistLens</strong>
        <button type="button" class="icon" aria-label="Close summary" onClick={onClose}>
          ×
        </button>
      </header>
      <dl class="facts">
        <dt>Victim</dt>
        <dd>
          {editing ? (
            <input
              aria-label="Victim"
              value={victim}
              onInput={(e) => setVictim(e.currentTarget.value)}
            />
          ) : (
            victim || 'unknown'
          )}
        </dd>
        <dt>Attacker</dt>
        <dd>{actors || 'not named'}</dd>
        <dt>Stolen</dt>
        <dd>
          {editing ? (
            <input
              aria-label="Stolen amount"
              value={amountText}
              placeholder="e.g. $37.3 million"
              onInput={(e) => setAmountText(e.currentTarget.value)}
            />
          ) : (
            formatAmount(incident.amount)
          )}
        </dd>
        <dt>Date</dt>
        <dd>{incident.date ?? 'not stated'}</dd>
      </dl>
      <ul class="legend" aria-label="Highlight colours">
        <li>
          <span class="swatch attacker" aria-hidden="true" /> attacker
        </li>
        <li>
          <span class="swatch victim" aria-hidden="true" /> victim
        </li>
        <li>
          <span class="swatch stolen" aria-hidden="true" /> stolen amount
        </li>
        <li>
          <span class="swatch other" aria-hidden="true" /> other incidents
        </li>
      </ul>
      {reasons.length > 0 && (
        <details>
          <summary>Why this page was detected</summary>
          <ul>
            {reasons.slice(0, 6).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="actions">
        {status.state === 'saved' ? (
          <>
            <p role="status" class="saved">
              {status.split
                ? 'Saved as an incident of its own'
                : `Saved${status.merged ? ` — added as source ${status.sourceCount} of this incident` : ''}`}
            </p>
            {status.merged && !status.split && onSplit && (
              <button type="button" onClick={onSplit}>
                Keep as a separate incident
              </button>
            )}
          </>
        ) : (
          <>
            <button type="button" onClick={() => setEditing(!editing)} aria-pressed={editing}>
              {editing ? 'Done correcting' : 'Correct'}
            </button>
            <button
              type="button"
              class="primary"
              disabled={status.state === 'saving'}
              onClick={() => onSave({ victim, amountText })}
            >
              Save incident
            </button>
          </>
        )}
        {status.state === 'error' && (
          <p role="alert" class="error">
            Could not save: {status.message}
          </p>
        )}
      </div>
    </section>
  );
}
