// Search box, filters and sort order of the library page (presentational).
import type { Facets, LibraryQuery, SortOrder } from '../library/library-view';

export interface LibraryFiltersProps {
  query: LibraryQuery;
  facets: Facets;
  onChange(query: LibraryQuery): void;
}

const MILLION = 1_000_000;
const toMillions = (usd: number | null) => (usd === null ? '' : String(usd / MILLION));
const fromMillions = (text: string): number | null => {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? null : n * MILLION;
};

export function LibraryFilters({ query, facets, onChange }: LibraryFiltersProps) {
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  const select = (
    label: string,
    value: string,
    options: string[],
    key: 'actor' | 'victimKind' | 'year',
  ) => (
    <label class="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set({ [key]: e.currentTarget.value })}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="field wide">
        <span>Search the library</span>
        <input
          type="search"
          value={query.text}
          placeholder="Victim, attacker, title, notes…"
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
      {select('Attacker', query.actor, facets.actors, 'actor')}
      {select('Victim kind', query.victimKind, facets.victimKinds, 'victimKind')}
      {select('Year', query.year, facets.years, 'year')}
      <label class="field narrow">
        <span>Stolen from ($M)</span>
        <input
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={toMillions(query.minUsd)}
          onInput={(e) => set({ minUsd: fromMillions(e.currentTarget.value) })}
        />
      </label>
      <label class="field narrow">
        <span>to ($M)</span>
        <input
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={toMillions(query.maxUsd)}
          onInput={(e) => set({ maxUsd: fromMillions(e.currentTarget.value) })}
        />
      </label>
      <label class="field">
        <span>Sort by</span>
        <select
          value={query.sort}
          onChange={(e) => set({ sort: e.currentTarget.value as SortOrder })}
        >
          <option value="date-desc">Date, newest first</option>
          <option value="date-asc">Date, oldest first</option>
          <option value="amount-desc">Amount, largest first</option>
          <option value="amount-asc">Amount, smallest first</option>
        </select>
      </label>
    </form>
  );
}
