// Reader settings, kept in storage.local (small, synchronous-feeling, shared by all contexts).
import type { BrowserApi } from './browser';

export interface Settings {
  enabled: boolean;
  /** Hostnames where HeistLens stays off. */
  disabledSites: string[];
  /** auto: look at every page; click: only when the reader asks from the toolbar popup. */
  mode: 'auto' | 'click';
  /** Which kinds of mention get marked. */
  kinds: { actor: boolean; victim: boolean; amount: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  mode: 'auto',
  kinds: { actor: true, victim: true, amount: true },
};

export async function loadSettings(api: Pick<BrowserApi, 'storage'>): Promise<Settings> {
  try {
    const { settings } = (await api.storage.local.get('settings')) as {
      settings?: Partial<Settings>;
    };
    return {
      ...DEFAULT_SETTINGS,
      ...settings,
      kinds: { ...DEFAULT_SETTINGS.kinds, ...settings?.kinds },
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(
  api: Pick<BrowserApi, 'storage'>,
  settings: Settings,
): Promise<void> {
  await api.storage.local.set({ settings });
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
