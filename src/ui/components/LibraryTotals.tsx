// Totals per attacker over the incidents shown (presentational).
import type { ActorTotal } from '../library/library-view';
import { formatUsd } from './format';

export function LibraryTotals({ totals, limit = 12 }: { totals: ActorTotal[]; limit?: number }) {
  if (!totals.length) return null;
  return (
    <section class="totals" aria-labelledby="totals-title">
      <h2 id="totals-title">Totals per attacker</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Attacker</th>
            <th scope="col">Incidents</th>
            <th scope="col">Stolen (known USD)</th>
          </tr>
        </thead>
        <tbody>
          {totals.slice(0, limit).map((t) => (
            <tr key={t.name}>
              <th scope="row">{t.name}</th>
              <td class="count">{t.incidents}</td>
              <td>
                {t.usd > 0 ? formatUsd(t.usd) : '—'}
                {t.unknown > 0 && <span class="muted"> (+{t.unknown} without a figure)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
