// Presentational card for one actor: names, aliases (and who uses them), relations, thefts.
import type { ActorCardView } from '../../shared/views';
import { formatUsd } from './format';

export interface ActorCardProps {
  view: ActorCardView;
  /** The alias as written on the page, when opened from a mark. */
  asWritten?: string;
  /** This story's attribution, e.g. "suspected by CoinsPaid". */
  attribution?: string;
  maxIncidents?: number;
}

export function ActorCard({ view, asWritten, attribution, maxIncidents = 8 }: ActorCardProps) {
  const { actor, related, incidents, totals } = view;
  const aliases = actor.aliases.filter((a) => a.name !== actor.name);
  return (
    <div class="card">
      <h2 class="card-title">{actor.name}</h2>
      {asWritten && asWritten !== actor.name && <p class="muted">Written here as “{asWritten}”</p>}
      {attribution && <p class="attribution">In this story: {attribution}</p>}
      <dl class="facts">
        {actor.country && (
          <>
            <dt>Country</dt>
            <dd>
              {actor.country}
              {actor.stateSponsor ? ` (${actor.stateSponsor})` : ''}
            </dd>
          </>
        )}
        <dt>Known thefts</dt>
        <dd>
          {totals.count} · {formatUsd(totals.usd)} in total
        </dd>
      </dl>
      {aliases.length > 0 && (
        <section>
          <h3>Also known as</h3>
          <ul class="aliases">
            {aliases.slice(0, 16).map((a) => (
              <li key={a.name}>
                {a.name}
                {a.usedBy?.length ? <span class="muted"> ({a.usedBy.join(', ')})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section>
          <h3>Related groups</h3>
          <ul>
            {related.map((r) => (
              <li key={r.actor.id + r.kind}>
                {r.actor.name}{' '}
                <span class="muted">
                  ({r.kind}, per {r.by})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {incidents.length > 0 && (
        <section>
          <h3>Thefts attributed</h3>
          <ul class="incidents">
            {[...incidents]
              .reverse()
              .slice(0, maxIncidents)
              .map((i) => (
                <li key={i.id}>
                  <span class="date">{i.date}</span> {i.victim.name} —{' '}
                  {formatUsd(i.amount?.usd ?? i.amount?.usdMax)}
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
