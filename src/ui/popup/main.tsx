// Toolbar popup: look up any actor, alias or victim in the bundled dataset.
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { send } from '../../shared/send';
import type { ActorCardView, SearchHit } from '../../shared/views';
import { ActorCard } from '../components/ActorCard';
import { ActorSearch } from '../components/ActorSearch';

function Popup() {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [card, setCard] = useState<ActorCardView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const onQuery = async (q: string) => {
    const ticket = ++latest.current;
    if (!q.trim()) return setHits([]);
    const r = await send('searchActors', { query: q, limit: 8 });
    if (ticket !== latest.current) return; // a newer keystroke has answered already
    if (r.ok) {
      setHits(r.value);
      setError(null);
    } else setError(r.error.message);
  };
  const onChoose = async (hit: SearchHit) => {
    if (hit.type !== 'actor')
      return setError(`${hit.name} is a victim; victims have no actor card.`);
    const r = await send('actorCard', { id: hit.id });
    if (r.ok && r.value) {
      setCard(r.value);
      setHits([]);
    } else setError(r.ok ? `Nothing known about ${hit.name}.` : r.error.message);
  };

  return (
    <main>
      <h1>HeistLens</h1>
      <ActorSearch hits={hits} onQuery={onQuery} onChoose={onChoose} />
      {error && <p role="alert">{error}</p>}
      {card && (
        <section role="dialog" aria-label={`Actor card: ${card.actor.name}`}>
          <ActorCard view={card} maxIncidents={12} />
        </section>
      )}
      <p class="footer">
        <a href="../library/index.html" target="_blank">
          Open the library
        </a>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
