// Toolbar popup: look up any actor, alias or victim in the bundled dataset.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultApi } from '../../shared/browser';
import type { PageSummary, ToContent } from '../../shared/messages';
import type { Result } from '../../shared/result';
import { send } from '../../shared/send';
import type { ActorCardView, SearchHit } from '../../shared/views';
import { ActorCard } from '../components/ActorCard';
import { ActorSearch } from '../components/ActorSearch';
import { PageSummaryView } from '../components/PageSummaryView';

/** Asks the active tab's content script; null where none runs (browser pages, the store). */
async function askTab<K extends keyof ToContent>(
  type: K,
  payload: ToContent[K]['req'],
): Promise<ToContent[K]['res'] | null> {
  try {
    const [tab] = await defaultApi.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const r = (await defaultApi.tabs.sendMessage(tab.id, { type, payload })) as
      Result<ToContent[K]['res']> | undefined;
    return r?.ok ? r.value : null;
  } catch {
    return null;
  }
}

function Popup() {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [card, setCard] = useState<ActorCardView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  useEffect(() => void askTab('pageSummary', {}).then(setSummary), []);

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
      <PageSummaryView
        summary={summary}
        onAnalyse={() => void askTab('analyseNow', {}).then(setSummary)}
        onSetActive={(active) => void askTab('setActiveHere', { active }).then(setSummary)}
      />
      <h2 class="section">Look up an actor</h2>
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
