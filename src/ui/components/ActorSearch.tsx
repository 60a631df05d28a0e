// Presentational combobox: a search box with a listbox of matches, keyboard navigable
// (arrows move, Enter chooses, Escape clears). The parent does the searching.
import { useState } from 'preact/hooks';
import type { SearchHit } from '../../shared/views';

export interface ActorSearchProps {
  hits: SearchHit[];
  onQuery(q: string): void;
  onChoose(hit: SearchHit): void;
}

export function ActorSearch({ hits, onQuery, onChoose }: ActorSearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const open = query.trim().length > 0 && hits.length > 0;
  const activeIndex = Math.min(active, hits.length - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActive((activeIndex + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive((activeIndex - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      onChoose(hits[activeIndex]!);
    } else if (e.key === 'Escape') {
      setQuery('');
      onQuery('');
    }
  };
  return (
    <div class="search">
      <input
        type="search"
        role="combobox"
        aria-label="Look up an actor"
        aria-expanded={open}
        aria-controls="heistlens-hits"
        aria-autocomplete="list"
        aria-activedescendant={open ? `hit-${activeIndex}` : undefined}
        placeholder="Lazarus, TraderTraitor, CoinsPaid…"
        value={query}
        onInput={(e) => {
          const q = e.currentTarget.value;
          setQuery(q);
          setActive(0);
          onQuery(q);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="heistlens-hits" role="listbox" aria-label="Matches" hidden={!open}>
        {hits.map((h, i) => (
          <li
            key={h.id + (h.matched ?? '')}
            id={`hit-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            onClick={() => onChoose(h)}
            onKeyDown={(e) => e.key === 'Enter' && onChoose(h)}
          >
            {h.name}
            {h.matched && h.matched !== h.name && <span class="muted"> — “{h.matched}”</span>}
            <span class="muted"> · {h.type}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
