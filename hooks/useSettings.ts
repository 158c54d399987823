import { useEffect, useState } from 'react';
import { loadSettings, type Settings, updateSettings, watchSettings } from '@/utils/settings';

/** The reader's switches, live, with a setter that stores them. */
export function useSettings(): [Settings | null, (change: (s: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let active = true;
    void loadSettings().then((s) => active && setSettings(s));
    const unwatch = watchSettings((s) => active && setSettings(s));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  // The switch flips at once; the stored value follows (and storage.onChanged confirms it).
  const change = async (fn: (s: Settings) => Settings) => {
    setSettings((current) => (current ? fn(current) : current));
    setSettings(await updateSettings(fn));
  };
  return [settings, change];
}
