import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage } from '@/utils/background/handlers';
import { addMissingSeedDeals } from '@/utils/db/deals';
import { openDatabase } from '@/utils/db/schema';
import { seedDeals } from '@/utils/deals/seed';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { sendToTab } from '@/utils/messaging';
import { updateSettings } from '@/utils/settings';

const NOTE_MENU = 'dealscope-add-note';

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

  // Keyboard shortcuts: Alt+Shift+H flips highlighting everywhere, Alt+Shift+N notes the selection.
  const openComposer = (tabId: number | undefined) => {
    if (tabId !== undefined) void sendToTab(tabId, 'composer/open', {});
  };
  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'toggle-highlights') void updateSettings((s) => ({ ...s, enabled: !s.enabled }));
    if (command === 'add-note') {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      openComposer(tab?.id);
    }
  });

  // "Add Dealscope note" in the context menu of a selection.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: NOTE_MENU, title: 'Add Dealscope note', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === NOTE_MENU) openComposer(tab?.id);
  });

  // Idempotent: adds only seed facts not stored yet, so it is safe on every worker start and
  // covers installs, updates and a worker that missed onInstalled.
  const matcher = defaultMatcher();
  void addMissingSeedDeals(
    db,
    seedDeals((id) => matcher.company(id)?.name),
  ).catch((error: unknown) => console.error('Dealscope: could not add seed deal facts', error));
});
