// One page of the library's incidents as a table (presentational). Only the current page is
// rendered, so a library of 10,000 incidents costs no more to draw than one of 50.
import type { Entry } from '../library/library-view';
import type { AmountRange } from '../../shared/saved';
import { formatAmount, formatUsd } from './format';

export function formatRange(range: AmountRange | null): string {
  if (!range || range.min === range.max) return '';
  if (range.currency === 'USD') return `${formatUsd(range.min)} – ${formatUsd(range.max)}`;
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${n(range.min)} – ${n(range.max)} ${range.currency}`;
}

export const victimLabel = (e: Entry) =>
  e.incident.victims.map((v) => v.name).join(', ') || 'Unknown victim';

export interface LibraryListProps {
  entries: Entry[];
  /** How many incidents match (all pages). */
  total: number;
  page: number;
  pageCount: number;
  selected: ReadonlySet<string>;
  activeId: string | null;
  onToggle(id: string): void;
  onSelectShown(select: boolean): void;
  onOpen(id: string): void;
  onPage(page: number): void;
}

export function LibraryList(props: LibraryListProps) {
  const { entries, total, page, pageCount, selected } = props;
  const allShown = entries.length > 0 && entries.every((e) => selected.has(e.incident.id));
  return (
    <section class="list" aria-label="Saved incidents">
      <table class="incidents">
        <caption>
          {total === 1 ? '1 incident' : `${total.toLocaleString('en-US')} incidents`}
          {pageCount > 1 ? ` · page ${page + 1} of ${pageCount}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="check">
              <input
                type="checkbox"
                aria-label="Select the incidents on this page"
                checked={allShown}
                onChange={(e) => props.onSelectShown(e.currentTarget.checked)}
              />
            </th>
            <th scope="col">Date</th>
            <th scope="col">Victim</th>
            <th scope="col">Attackers</th>
            <th scope="col">Stolen</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const i = e.incident;
            const spread = formatRange(e.range);
            return (
              <tr
                key={i.id}
                data-incident={i.id}
                class={props.activeId === i.id ? 'active' : undefined}
              >
                <td class="check">
                  <input
                    type="checkbox"
                    aria-label={`Select ${victimLabel(e)}`}
                    checked={selected.has(i.id)}
                    onChange={() => props.onToggle(i.id)}
                  />
                </td>
                <td class="date">{i.date ?? '—'}</td>
                <td>
                  <button type="button" class="link" onClick={() => props.onOpen(i.id)}>
                    {victimLabel(e)}
                  </button>
                </td>
                <td>{i.actors.map((a) => a.name).join(', ') || '—'}</td>
                <td>
                  {formatAmount(i.amount)}
                  {spread && <div class="muted range">sources: {spread}</div>}
                </td>
                <td class="count">{e.sources ? e.sources.length : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pageCount > 1 && (
        <nav class="pager" aria-label="Pages">
          <button type="button" disabled={page === 0} onClick={() => props.onPage(page - 1)}>
            Previous page
          </button>
          <span>
            Page {page + 1} of {pageCount}
          </span>
          <button
            type="button"
            disabled={page >= pageCount - 1}
            onClick={() => props.onPage(page + 1)}
          >
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
