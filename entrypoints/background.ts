import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleBackgroundMessage } from '@/utils/background/handlers';
import { addMissingSeedDeals } from '@/utils/db/deals';
import { openDatabase } from '@/utils/db/schema';
import { seedDeals } from '@/utils/deals/seed';
import { defaultMatcher } from '@/utils/detect/dictionary';

export default defineBackground(() => {
  const db = openDatabase();
  const env = { db, extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender, env));

  // Idempotent: adds only seed facts not stored yet, so it is safe on every worker start and
  // covers installs, updates and a worker that missed onInstalled.
  const matcher = defaultMatcher();
  void addMissingSeedDeals(
    db,
    seedDeals((id) => matcher.company(id)?.name),
  ).catch((error: unknown) => console.error('Dealscope: could not add seed deal facts', error));
});
