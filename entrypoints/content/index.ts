import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from '@/utils/content/page';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { type Result, readEnvelope, senderKind, sendToBackground } from '@/utils/messaging';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = startPageSession(window, defaultMatcher());
    const extensionOrigin = browser.runtime.getURL('/');

    const onMessage = (
      message: unknown,
      sender: { id?: string; url?: string },
    ): Promise<Result<unknown>> | undefined => {
      const envelope = readEnvelope(message, ['page/state'] as const);
      if (!envelope.ok) return undefined; // not ours: let other listeners answer
      if (senderKind(sender, browser.runtime.id, extensionOrigin) !== 'extension-page')
        return Promise.resolve({ ok: false, error: 'page/state is only answered to the extension' });
      return Promise.resolve({ ok: true, value: session.state() });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
    });

    const { url, title } = session.state();
    void sendToBackground('article/visited', { url, title });
  },
});
