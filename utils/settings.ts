import { browser } from 'wxt/browser';

/**
 * The reader's switches, kept in `storage.local` so they survive restarts and reach every tab
 * at once through `storage.onChanged`.
 */
export interface Settings {
  /** Highlighting everywhere (the keyboard shortcut flips it). */
  enabled: boolean;
  /** Host names where highlighting is off. */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

/** Reads a stored value defensively: anything malformed falls back to the defaults. */
export function parseSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_SETTINGS };
  const v = value as Partial<Settings>;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : true,
    disabledSites: Array.isArray(v.disabledSites)
      ? v.disabledSites.filter((s): s is string => typeof s === 'string').slice(0, 10_000)
      : [],
  };
}

/** Whether highlighting runs on a page of `host`. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

/** The stored settings. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Applies `change` to the stored settings and saves them. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Turns highlighting on one site on or off. */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: on ? others : [...others, host] };
}

/** Calls `listener` whenever the stored settings change; returns the unsubscribe function. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
