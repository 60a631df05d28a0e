// One incident in full (presentational): facts, every source with its own figure, and the
// reader's actions: edit, split a merged source back out, delete.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../library/library-view';
import type { IncidentEdit } from '../../shared/saved';
import { formatAmount } from './format';
import { LibraryEditForm } from './LibraryEditForm';
import { formatRange, victimLabel } from './LibraryList';

export interface LibraryDetailProps {
  entry: Entry;
  onClose(): void;
  onSave(edit: IncidentEdit): void;
  onDelete(): void;
  onSplit(sourceId: string): void;
}

/** Only http(s) links are made clickable; anything else is shown as text. */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

export function LibraryDetail({ entry, onClose, onSave, onDelete, onSplit }: LibraryDetailProps) {
  const { incident, range } = entry;
  const sources = entry.sources ?? [];
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [incident.id]);
  useEffect(() => setEditing(false), [incident.id]);
  // Escape closes the details (the edit form keeps Escape for its own fields).
  useEffect(() => {
    if (editing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editing, onClose]);

  return (
    <aside class="detail" aria-labelledby="detail-title">
      <div class="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {victimLabel(entry)}
        </h2>
        <button type="button" class="icon" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>
      {editing ? (
        <LibraryEditForm
          incident={incident}
          onCancel={() => setEditing(false)}
          onSave={(edit) => {
            onSave(edit);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <dl class="facts">
            <dt>Date</dt>
            <dd>{incident.date ?? 'unknown'}</dd>
            <dt>Victims</dt>
            <dd>
              {incident.victims
                .map((v) => (v.kind ? `${v.name} (${v.kind})` : v.name))
                .join(', ') || 'unknown'}
            </dd>
            <dt>Attackers</dt>
            <dd>
              {incident.actors.length
                ? incident.actors.map((a) => (
                    <div key={a.name}>
                      {a.name}
                      {a.strength && (
                        <span class="muted">
                          {' '}
                          — {a.strength}
                          {a.by ? ` by ${a.by}` : ''}
                        </span>
                      )}
                    </div>
                  ))
                : 'not named'}
            </dd>
            <dt>Stolen</dt>
            <dd>
              {formatAmount(incident.amount)}
              {formatRange(range) && (
                <div class="muted">Sources disagree: {formatRange(range)}</div>
              )}
            </dd>
            {incident.tags.length > 0 && (
              <>
                <dt>Tags</dt>
                <dd>{incident.tags.join(', ')}</dd>
              </>
            )}
            {incident.notes && (
              <>
                <dt>Notes</dt>
                <dd class="notes">{incident.notes}</dd>
              </>
            )}
          </dl>
          <div class="actions">
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" class="danger" onClick={onDelete}>
              Delete incident
            </button>
          </div>
        </>
      )}
      <h3>
        {!entry.sources
          ? 'Sources loading…'
          : sources.length === 1
            ? '1 source'
            : `${sources.length} sources`}
      </h3>
      <ol class="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <div>
              {safeHref(s.url) ? (
                <a href={safeHref(s.url)} target="_blank" rel="noreferrer noopener">
                  {s.title || s.url}
                </a>
              ) : (
                <span>{s.title || s.url}</span>
              )}
            </div>
            <div class="muted">
              {s.site}
              {s.published ? ` · published ${s.published.slice(0, 10)}` : ''} · saved{' '}
              {s.savedAt.slice(0, 10)} · figure: {formatAmount(s.amount)} · {s.highlightCount}{' '}
              highlights
              {s.mergedAt ? ' · added to this incident' : ''}
            </div>
            {sources.length > 1 && (
              <button
                type="button"
                class="small"
                onClick={() => onSplit(s.id)}
                aria-label={`Split “${s.title || s.site}” into its own incident`}
              >
                Split into its own incident
              </button>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
