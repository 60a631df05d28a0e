// The library (options page): the reader's saved incidents, with search, filters, details,
// corrections, exports and import. Talks to the background only through `send`.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { libraryCsv } from '../../shared/csv';
import { buildExport, serializeExport } from '../../shared/library-export';
import { checkImportSize, parseLibraryText } from '../../shared/library-import';
import type { AnyMap, MessageType, Reply } from '../../shared/messages';
import type { IncidentEdit, SavedIncident, SourceSummary } from '../../shared/saved';
import { buildStixBundle } from '../../shared/stix';
import { LibraryDetail } from '../components/LibraryDetail';
import { LibraryFilters } from '../components/LibraryFilters';
import { LibraryList, victimLabel } from '../components/LibraryList';
import { LibraryTotals } from '../components/LibraryTotals';
import { downloadText } from './download';
import {
  actorTotals,
  applyQuery,
  buildIndex,
  EMPTY_QUERY,
  facetsOf,
  type LibraryQuery,
} from './library-view';

export type Send = <K extends MessageType>(type: K, payload: AnyMap[K]['req']) => Promise<Reply<K>>;

export interface LibraryAppProps {
  send: Send;
  download?: typeof downloadText;
  generator?: string;
  now?: () => Date;
  pageSize?: number;
}

type Message =
  { kind: 'status'; text: string; undo?: () => void } | { kind: 'alert'; text: string };

interface Data {
  incidents: SavedIncident[];
  /** null until the second read arrives; the list draws from the incidents alone before. */
  sources: SourceSummary[] | null;
}

export function LibraryApp({
  send,
  download = downloadText,
  generator = 'HeistLens',
  now = () => new Date(),
  pageSize = 50,
}: LibraryAppProps) {
  const [data, setData] = useState<Data | null>(null);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [loadMs, setLoadMs] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Where the time to open goes (read by the e2e timing test): replies, index. */
  const timing = useRef({ listMs: 0, indexMs: 0 });
  const [sourcesMs, setSourcesMs] = useState<number | null>(null);
  const generation = useRef(0);

  // Two reads: incidents first (the list draws), then source summaries (counts, figures per
  // source, search over titles). A newer reload makes an older one's replies stale.
  const reload = async () => {
    const mine = ++generation.current;
    const started = performance.now();
    const r = await send('listIncidents', {});
    if (mine !== generation.current) return;
    if (!r.ok) {
      setMessage({ kind: 'alert', text: `Could not read the library: ${r.error.message}` });
      return;
    }
    timing.current.listMs = Math.round(performance.now() - started);
    setData((prev) => ({ incidents: r.value, sources: prev?.sources ?? null }));
    // Measured to the next frame, after the index is built and the first page is drawn.
    requestAnimationFrame(() => setLoadMs(Math.round(performance.now() - started)));
    const s = await send('listSourceSummaries', {});
    if (mine !== generation.current) return;
    if (!s.ok) {
      setMessage({ kind: 'alert', text: `Could not read the sources: ${s.error.message}` });
      return;
    }
    setData({ incidents: r.value, sources: s.value });
    requestAnimationFrame(() => setSourcesMs(Math.round(performance.now() - started)));
  };
  useEffect(() => void reload(), []);

  const index = useMemo(() => {
    const t = performance.now();
    const built = data ? buildIndex(data.incidents, data.sources) : [];
    timing.current.indexMs = Math.round(performance.now() - t);
    return built;
  }, [data]);
  const facets = useMemo(() => facetsOf(index), [index]);
  const matches = useMemo(() => applyQuery(index, query), [index, query]);
  const totals = useMemo(() => actorTotals(matches), [matches]);
  const pageCount = Math.max(1, Math.ceil(matches.length / pageSize));
  const currentPage = Math.min(page, pageCount - 1);
  const shown = matches.slice(currentPage * pageSize, (currentPage + 1) * pageSize);
  const active = activeId ? index.find((e) => e.incident.id === activeId) : undefined;

  const liveSelection = data
    ? data.incidents.filter((i) => selected.has(i.id)).map((i) => i.id)
    : [];
  const selectedCount = liveSelection.length;

  const exportAs = async (kind: 'json' | 'stix' | 'csv') => {
    // Exports carry every field (highlights included), so they are read in full here.
    const r = await send('exportData', selectedCount ? { ids: liveSelection } : {});
    if (!r.ok) return setMessage({ kind: 'alert', text: `Export failed: ${r.error.message}` });
    const { incidents, sources } = r.value;
    const at = now();
    const day = at.toISOString().slice(0, 10);
    if (kind === 'json') {
      const doc = buildExport(incidents, sources, at.toISOString(), generator);
      download(`heistlens-library-${day}.json`, serializeExport(doc), 'application/json');
    } else if (kind === 'stix') {
      const bundle = buildStixBundle(incidents, sources);
      download(
        `heistlens-stix-${day}.json`,
        JSON.stringify(bundle, null, 2) + '\n',
        'application/json',
      );
    } else {
      download(
        `heistlens-library-${day}.csv`,
        libraryCsv(incidents, sources),
        'text/csv;charset=utf-8',
      );
    }
    const what = incidents.length === 1 ? '1 incident' : `${incidents.length} incidents`;
    setMessage({ kind: 'status', text: `Exported ${what} as ${kind.toUpperCase()}.` });
  };

  const importText = async (text: string, done: (summary: string) => string) => {
    const r = await send('importJson', { text });
    if (!r.ok) return setMessage({ kind: 'alert', text: `Import failed: ${r.error.message}` });
    if (!r.value.imported) {
      const { message: why, path } = r.value.problem;
      return setMessage({ kind: 'alert', text: `Import refused: ${why} (at ${path})` });
    }
    const s = r.value.summary;
    setMessage({
      kind: 'status',
      text: done(`${s.added} added, ${s.updated} updated, ${s.kept} already up to date`),
    });
    await reload();
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (fileInput.current) fileInput.current.value = ''; // choosing the same file again works
    const size = checkImportSize(file.size);
    if (!size.ok) {
      return setMessage({ kind: 'alert', text: `Import refused: ${size.error.message}` });
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return setMessage({ kind: 'alert', text: `Could not read the file: ${String(e)}` });
    }
    // Checked here first for an immediate answer; the background checks again before writing.
    // Sent compact: a pretty-printed 50 MB file re-escaped for messaging could pass Chrome's
    // 64 MB message limit.
    const parsed = parseLibraryText(text);
    if (!parsed.ok) {
      const { message: why, path } = parsed.error;
      return setMessage({ kind: 'alert', text: `Import refused: ${why} (at ${path})` });
    }
    await importText(JSON.stringify(parsed.value), (s) => `Imported “${file.name}”: ${s}.`);
  };

  const remove = async (id: string) => {
    const entry = index.find((e) => e.incident.id === id);
    if (!entry) return;
    const full = await send('exportData', { ids: [id] });
    if (!full.ok)
      return setMessage({ kind: 'alert', text: `Delete failed: ${full.error.message}` });
    const r = await send('deleteIncident', { id });
    if (!r.ok) return setMessage({ kind: 'alert', text: `Delete failed: ${r.error.message}` });
    setActiveId(null);
    const backup = serializeExport(
      buildExport(full.value.incidents, full.value.sources, now().toISOString(), generator),
    );
    setMessage({
      kind: 'status',
      text: `Deleted “${victimLabel(entry)}”.`,
      undo: () => void importText(backup, () => `Restored “${victimLabel(entry)}”.`),
    });
    await reload();
  };

  const save = async (id: string, edit: IncidentEdit) => {
    const r = await send('updateIncident', { id, edit });
    if (!r.ok || !r.value) {
      return setMessage({ kind: 'alert', text: 'Could not save the changes.' });
    }
    setMessage({ kind: 'status', text: 'Changes saved.' });
    await reload();
  };

  const split = async (sourceId: string) => {
    const r = await send('splitSource', { sourceId });
    if (!r.ok || !r.value)
      return setMessage({ kind: 'alert', text: 'Could not split the source.' });
    setMessage({ kind: 'status', text: 'The source is now an incident of its own.' });
    setActiveId(r.value.incidentId);
    await reload();
  };

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const selectShown = (on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const e of shown) {
        if (on) next.add(e.incident.id);
        else next.delete(e.incident.id);
      }
      return next;
    });

  return (
    <main
      data-load-ms={loadMs ?? undefined}
      data-list-ms={loadMs === null ? undefined : timing.current.listMs}
      data-index-ms={loadMs === null ? undefined : timing.current.indexMs}
      data-sources-ms={sourcesMs ?? undefined}
      data-count={data?.incidents.length}
    >
      <h1>HeistLens library</h1>
      <div class="toolbar" role="toolbar" aria-label="Export and import">
        <button type="button" onClick={() => void exportAs('json')} disabled={!data}>
          Export JSON
        </button>
        <button type="button" onClick={() => void exportAs('stix')} disabled={!data}>
          Export STIX 2.1
        </button>
        <button type="button" onClick={() => void exportAs('csv')} disabled={!data}>
          Export CSV
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          tabIndex={-1}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <span class="muted scope">
          {selectedCount
            ? `Exports the ${selectedCount} selected`
            : `Exports all ${data?.incidents.length ?? 0}`}
          {selectedCount > 0 && (
            <button type="button" class="link" onClick={() => setSelected(new Set())}>
              clear selection
            </button>
          )}
        </span>
      </div>
      {message?.kind === 'alert' && (
        <p role="alert" class="alert">
          {message.text}
        </p>
      )}
      <div role="status" class="status">
        {message?.kind === 'status' && (
          <>
            {message.text}{' '}
            {message.undo && (
              <button
                type="button"
                onClick={() => {
                  const undo = message.undo!;
                  setMessage(null);
                  undo();
                }}
              >
                Undo
              </button>
            )}
          </>
        )}
      </div>
      {!data ? (
        <p>Loading…</p>
      ) : data.incidents.length === 0 ? (
        <p>
          No saved incidents yet. On a crypto-theft story, press “Save incident” in the HeistLens
          panel, or import a library with “Import JSON”.
        </p>
      ) : (
        <>
          <LibraryFilters
            query={query}
            facets={facets}
            onChange={(q) => {
              setQuery(q);
              setPage(0);
            }}
          />
          <div class={active ? 'layout with-detail' : 'layout'}>
            <LibraryList
              entries={shown}
              total={matches.length}
              page={currentPage}
              pageCount={pageCount}
              selected={selected}
              activeId={activeId}
              onToggle={toggle}
              onSelectShown={selectShown}
              onOpen={setActiveId}
              onPage={setPage}
            />
            {active && (
              <LibraryDetail
                entry={active}
                onClose={() => {
                  const id = active.incident.id;
                  setActiveId(null);
                  // Back to where the reader was: the row's button that opened the details.
                  requestAnimationFrame(() =>
                    document
                      .querySelector<HTMLElement>(
                        `tr[data-incident="${CSS.escape(id)}"] button.link`,
                      )
                      ?.focus(),
                  );
                }}
                onSave={(edit) => void save(active.incident.id, edit)}
                onDelete={() => void remove(active.incident.id)}
                onSplit={(id) => void split(id)}
              />
            )}
          </div>
          <LibraryTotals totals={totals} />
        </>
      )}
    </main>
  );
}
