// The reader's corrections to one incident (presentational): victim, attackers, amount, date,
// tags and notes. Attackers keep their attribution details when their name stays in the list.
import { useState } from 'preact/hooks';
import { VICTIM_ORG_KINDS } from '../../core/lexicon';
import type { IncidentEdit, SavedAmount, SavedIncident } from '../../shared/saved';

export interface LibraryEditFormProps {
  incident: SavedIncident;
  onSave(edit: IncidentEdit): void;
  onCancel(): void;
}

const splitList = (text: string, sep: RegExp) =>
  text
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

export function LibraryEditForm({ incident, onSave, onCancel }: LibraryEditFormProps) {
  const [victims, setVictims] = useState(incident.victims.map((v) => v.name).join(', '));
  const [kind, setKind] = useState(incident.victims[0]?.kind ?? '');
  const [actors, setActors] = useState(incident.actors.map((a) => a.name).join('\n'));
  const [value, setValue] = useState(incident.amount ? String(incident.amount.value) : '');
  const [currency, setCurrency] = useState(incident.amount?.currency ?? 'USD');
  const [usd, setUsd] = useState(
    incident.amount?.usd !== undefined ? String(incident.amount.usd) : '',
  );
  const [date, setDate] = useState(incident.date ?? '');
  const [tags, setTags] = useState(incident.tags.join(', '));
  const [notes, setNotes] = useState(incident.notes);
  const [problem, setProblem] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const names = splitList(victims, /,/);
    if (!names.length) return setProblem('Name at least one victim.');
    let amount: SavedAmount | null = null;
    if (value.trim()) {
      const v = Number(value);
      const code = currency.trim().toUpperCase();
      if (!Number.isFinite(v) || v < 0)
        return setProblem('The amount must be a number, 0 or more.');
      if (!/^[A-Z0-9]{2,12}$/.test(code))
        return setProblem('The currency is a code such as USD, ETH or BTC.');
      amount = { value: v, currency: code };
      const u = Number(usd);
      if (code !== 'USD' && usd.trim() && Number.isFinite(u) && u >= 0) amount.usd = u;
      const before = incident.amount;
      if (before?.text && before.value === v && before.currency === code) amount.text = before.text;
    }
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem('The date is YYYY-MM-DD.');
    const previous = new Map(incident.actors.map((a) => [a.name, a]));
    onSave({
      victims: names.map((name, k) => {
        const old = incident.victims.find((v) => v.name === name);
        const kindOf = k === 0 ? kind.trim() || undefined : old?.kind;
        return {
          name,
          ...(old?.entityId ? { entityId: old.entityId } : {}),
          ...(kindOf ? { kind: kindOf } : {}),
        };
      }),
      actors: splitList(actors, /\n|,/).map((name) => previous.get(name) ?? { name }),
      amount,
      date: date || null,
      tags: splitList(tags, /,/),
      notes,
    });
  };

  return (
    <form class="edit" onSubmit={submit} aria-label="Edit incident">
      <label class="field">
        <span>Victims (comma-separated)</span>
        <input value={victims} onInput={(e) => setVictims(e.currentTarget.value)} required />
      </label>
      <label class="field">
        <span>Victim kind</span>
        <input value={kind} list="victim-kinds" onInput={(e) => setKind(e.currentTarget.value)} />
      </label>
      <datalist id="victim-kinds">
        {[...VICTIM_ORG_KINDS, 'individual', 'other'].map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <label class="field">
        <span>Attackers (one per line)</span>
        <textarea rows={3} value={actors} onInput={(e) => setActors(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label class="field">
          <span>Amount</span>
          <input
            inputMode="decimal"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </label>
        <label class="field narrow">
          <span>Currency</span>
          <input value={currency} onInput={(e) => setCurrency(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>In USD (if not USD)</span>
          <input inputMode="decimal" value={usd} onInput={(e) => setUsd(e.currentTarget.value)} />
        </label>
      </div>
      <label class="field">
        <span>Date of the theft</span>
        <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Tags (comma-separated)</span>
        <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Notes</span>
        <textarea rows={4} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      {problem && (
        <p role="alert" class="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
