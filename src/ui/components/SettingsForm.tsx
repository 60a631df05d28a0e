// Presentational settings form: the reader's choices, changes reported up as a whole.
import type { Settings } from '../../shared/settings';

export interface SettingsFormProps {
  settings: Settings;
  onChange(next: Settings): void;
}

const KIND_LABEL: Record<keyof Settings['kinds'], string> = {
  actor: 'Attackers and other actors',
  victim: 'Victims',
  amount: 'Amounts',
};

export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => set({ enabled: e.currentTarget.checked })}
        />{' '}
        HeistLens is on
      </label>
      <fieldset>
        <legend>When to look at a page</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={settings.mode === 'auto'}
            onChange={() => set({ mode: 'auto' })}
          />{' '}
          On every page I open (pages that are not crypto-theft stories cost almost nothing)
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={settings.mode === 'click'}
            onChange={() => set({ mode: 'click' })}
          />{' '}
          Only when I click “Analyse anyway” in the toolbar popup
        </label>
      </fieldset>
      <fieldset>
        <legend>What to mark</legend>
        {(Object.keys(KIND_LABEL) as (keyof Settings['kinds'])[]).map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) =>
                set({ kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })
              }
            />{' '}
            {KIND_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sites where HeistLens is off</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None. Turn a site off from the toolbar popup while you are on it.</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  aria-label={`Turn HeistLens back on for ${site}`}
                  onClick={() =>
                    set({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  Turn on
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </form>
  );
}
