import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  updateSettings,
  watchSettings,
  withSite,
} from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('default to on everywhere, and survive malformed storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { enabled: 'yes', disabledSites: [1, 'a.example'] },
    });
    expect(await loadSettings()).toEqual({ enabled: true, disabledSites: ['a.example'] });
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('turn one site off and on, and everything off', async () => {
    await updateSettings((s) => withSite(s, 'news.example', false));
    let s = await loadSettings();
    expect(isActiveOn(s, 'news.example')).toBe(false);
    expect(isActiveOn(s, 'other.example')).toBe(true);
    await updateSettings((x) => withSite(x, 'news.example', true));
    s = await loadSettings();
    expect(s.disabledSites).toEqual([]);
    await updateSettings((x) => ({ ...x, enabled: false }));
    expect(isActiveOn(await loadSettings(), 'other.example')).toBe(false);
  });

  it('notify watchers of changes', async () => {
    const listener = vi.fn();
    const stop = watchSettings(listener);
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect(listener).toHaveBeenCalledWith({ enabled: false, disabledSites: [] });
    stop();
    await updateSettings((s) => ({ ...s, enabled: true }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
