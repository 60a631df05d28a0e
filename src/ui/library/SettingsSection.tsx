// The library page's settings section: reads and writes storage.local through the seam.
import { useEffect, useState } from 'preact/hooks';
import type { BrowserApi } from '../../shared/browser';
import { loadSettings, saveSettings, type Settings } from '../../shared/settings';
import { SettingsForm } from '../components/SettingsForm';

export function SettingsSection({ api }: { api: Pick<BrowserApi, 'storage'> }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => void loadSettings(api).then(setSettings), [api]);
  if (!settings) return null;
  return (
    <section class="page-section" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <SettingsForm
        settings={settings}
        onChange={(next) => {
          setSettings(next);
          saveSettings(api, next).then(
            () => setStatus('Saved. Pages you open from now on use these settings.'),
            (e: unknown) => setStatus(`Could not save settings: ${String(e)}`),
          );
        }}
      />
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
