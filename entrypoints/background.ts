import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage } from '@/utils/background/handlers';
import { addMissingSeedDeals } from '@/utils/db/deals';
import { openDatabase } from '@/utils/db/schema';
import { seedDeals } from '@/utils/deals/seed';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { updateSettings } from '@/utils/settings';

export default defineBackground(() => {
  const db = openDatabase();
  const env = {
    db,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    openPage: async (path: string, nearTabId?: number) => {
      const near =
        nearTabId === undefined ? undefined : await browser.tabs.get(nearTabId).catch(() => undefined);
      await browser.tabs.create({
        url: browser.runtime.getURL(path as '/popup.html'),
        ...(near ? { index: near.index + 1, windowId: near.windowId } : {}),
      });
    },
  };

  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender, env));

  // The keyboard shortcut (Alt+Shift+H by default) flips highlighting everywhere.
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void updateSettings((s) => ({ ...s, enabled: !s.enabled }));
  });

  // Idempotent: adds only seed facts not stored yet, so it is safe on every worker start and
  // covers installs, updates and a worker that missed onInstalled.
  const matcher = defaultMatcher();
  void addMissingSeedDeals(
    db,
    seedDeals((id) => matcher.company(id)?.name),
  ).catch((error: unknown) => console.error('Dealscope: could not add seed deal facts', error));
});
