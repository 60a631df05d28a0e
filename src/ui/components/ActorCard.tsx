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

const MAX_ALIASES = 10;

/** How a relation reads from this actor's side; the dataset stores this actor's role. */
const VIEW: Record<string, string> = {
  umbrella: 'part of this group',
  'sub-group': 'parent group',
  'overlaps-with': 'overlaps',
};

/** One line per related actor, with every source's view of the relation side by side. */
function relatedGroups(related: ActorCardView['related']): { name: string; views: string[] }[] {
  const byActor = new Map<string, { name: string; views: string[] }>();
  for (const r of related) {
    const g = byActor.get(r.actor.id) ?? { name: r.actor.name, views: [] };
    g.views.push(`${VIEW[r.kind] ?? r.kind} (${r.by})`);
    byActor.set(r.actor.id, g);
  }
  return [...byActor.values()];
}

export function ActorCard({ view, asWritten, attribution, maxIncidents = 8 }: ActorCardProps) {
  const { actor, related, incidents, totals } = view;
  // Names in wide use first (more sources), campaign names ("Operation …") last.
  const aliases = actor.aliases
    .filter((a) => a.name !== actor.name)
    .map((a, i) => ({
      a,
      i,
      rank: (/^operation\b/i.test(a.name) ? 100 : 0) - (a.usedBy?.length ?? 0),
    }))
    .sort((x, y) => x.rank - y.rank || x.i - y.i)
    .map((x) => x.a);
  const groups = relatedGroups(related);
  const shownAliases = aliases.slice(0, MAX_ALIASES);
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
            {shownAliases.map((a) => (
              <li key={a.name}>
                {a.name}
                {a.usedBy?.length ? <span class="muted"> ({a.usedBy.join(', ')})</span> : null}
              </li>
            ))}
          </ul>
          {aliases.length > MAX_ALIASES && (
            <p class="muted">and {aliases.length - MAX_ALIASES} more</p>
          )}
        </section>
      )}
      {groups.length > 0 && (
        <section>
          <h3>Related groups</h3>
          <ul>
            {groups.map((g) => (
              <li key={g.name}>
                {g.name} <span class="muted">— {g.views.join('; ')}</span>
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
