// The library (options page): the reader's saved incidents and their export.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/send';
import type { SavedIncident, SavedSource } from '../../shared/saved';
import { formatAmount } from '../components/format';
import { downloadText } from './download';

function Library() {
  const [data, setData] = useState<{ incidents: SavedIncident[]; sources: SavedSource[] } | null>(
    null,
  );
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  const reload = async () => {
    const r = await send('listSaved', {});
    if (r.ok) setData(r.value);
    else setMessage({ kind: 'alert', text: `Could not read the library: ${r.error.message}` });
  };
  useEffect(() => void reload(), []);

  const exportJson = async () => {
    const r = await send('exportJson', {});
    if (!r.ok) return setMessage({ kind: 'alert', text: `Export failed: ${r.error.message}` });
    const day = r.value.exportedAt.slice(0, 10);
    downloadText(
      `heistlens-library-${day}.json`,
      JSON.stringify(r.value, null, 2) + '\n',
      'application/json',
    );
    setMessage({ kind: 'status', text: `Exported ${r.value.incidents.length} incidents.` });
  };

  const sourcesOf = (id: string) => data?.sources.filter((s) => s.incidentId === id) ?? [];
  return (
    <main>
      <h1>HeistLens library</h1>
      <div class="toolbar">
        <button type="button" onClick={exportJson} disabled={!data}>
          Export JSON
        </button>
      </div>
      {message && (
        <p role={message.kind} class={message.kind}>
          {message.text}
        </p>
      )}
      {!data ? (
        <p>Loading…</p>
      ) : data.incidents.length === 0 ? (
        <p>
          No saved incidents yet. On a crypto-theft story, press “Save incident” in the HeistLens
          panel.
        </p>
      ) : (
        <table class="incidents">
          <caption>{data.incidents.length} saved incidents</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Victim</th>
              <th scope="col">Attackers</th>
              <th scope="col">Stolen</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {data.incidents.map((i) => (
              <tr key={i.id} data-incident={i.id}>
                <td>{i.date ?? '—'}</td>
                <td>{i.victims.map((v) => v.name).join(', ') || 'unknown'}</td>
                <td>{i.actors.map((a) => a.name).join(', ') || '—'}</td>
                <td>{formatAmount(i.amount)}</td>
                <td>
                  <ul class="sources">
                    {sourcesOf(i.id).map((s) => (
                      <li key={s.id}>
                        <a href={s.url} target="_blank" rel="noreferrer noopener">
                          {s.site || s.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

render(<Library />, document.getElementById('app')!);
