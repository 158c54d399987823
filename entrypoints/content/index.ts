import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHoverCard } from '@/utils/content/hover-card';
import { startPageSession } from '@/utils/content/session';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { type Result, readEnvelope, senderKind, sendToBackground } from '@/utils/messaging';
import { isActiveOn, loadSettings, watchSettings } from '@/utils/settings';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const host = window.location.hostname;
    const settings = await loadSettings();
    if (ctx.isInvalid) return;
    const matcher = defaultMatcher();
    const session = startPageSession(window, matcher, isActiveOn(settings, host));
    const extensionOrigin = browser.runtime.getURL('/');

    const onMessage = (
      message: unknown,
      sender: { id?: string; url?: string },
    ): Promise<Result<unknown>> | undefined => {
      const envelope = readEnvelope(message, ['page/state'] as const);
      if (!envelope.ok) return undefined; // not ours: let other listeners answer
      if (senderKind(sender, browser.runtime.id, extensionOrigin) !== 'extension-page')
        return Promise.resolve({ ok: false, error: 'page/state is only answered to the extension' });
      return session.idle().then(() => ({ ok: true, value: session.state() }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings((next) => session.setActive(isActiveOn(next, host)));

    installHoverCard({
      win: window,
      scanner: session.scanner,
      matcher,
      signal: ctx.signal,
      summary: async (companyId) => {
        const answer = await sendToBackground('company/summary', { companyId });
        return answer.ok ? answer.value : null;
      },
      open: (companyId, compose) => void sendToBackground('ui/open', { companyId, compose }),
    });

    // In-site navigation (history.pushState) means a new article: scan it afresh.
    // The Navigation API reports it at once where it exists; WXT's location watcher covers the rest.
    let lastUrl = window.location.href.split('#')[0];
    const onLocation = () => {
      const url = window.location.href.split('#')[0];
      if (url === lastUrl) return;
      lastUrl = url;
      void session.rescan();
      const { url: articleUrl, title } = session.state();
      void sendToBackground('article/visited', { url: articleUrl, title });
    };
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', onLocation, { signal: ctx.signal });
    ctx.addEventListener(window, 'wxt:locationchange', onLocation);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      session.dispose();
    });

    const { url, title } = session.state();
    void sendToBackground('article/visited', { url, title });
  },
});
