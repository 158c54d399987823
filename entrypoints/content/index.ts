import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readArticleMetadata } from '@/utils/articles/metadata';
import { cleanUrl } from '@/utils/articles/url';
import { articleText } from '@/utils/content/article-text';
import { installComposer } from '@/utils/content/composer';
import { installHoverCard } from '@/utils/content/hover-card';
import { createPassages } from '@/utils/content/passages';
import { startPageSession } from '@/utils/content/session';
import { extractDealsInSteps } from '@/utils/deals/extract';
import { fetchMatcher } from '@/utils/detect/fetch-gazetteer';
import { companiesNamedIn } from '@/utils/detect/matcher';
import { defaultYield } from '@/utils/detect/scanner';
import {
  type ContentType,
  type PageState,
  type Result,
  readEnvelope,
  senderKind,
  sendToBackground,
} from '@/utils/messaging';
import { isActiveOn, loadSettings, watchSettings } from '@/utils/settings';
import './style.css';
import highlightCss from './style.css?raw';

const CONTENT_TYPES: readonly ContentType[] = ['page/state', 'composer/open', 'notes/changed', 'page/deals'];
/** A note's passage is revealed when the page is opened at #dealscope-note=<id>. */
const REVEAL_HASH = /^#dealscope-note=([\w-]{1,100})$/;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const host = window.location.hostname;
    const settings = await loadSettings();
    if (ctx.isInvalid) return;
    // Loading the gazetteer is measured too ("dealscope:load"), so its cost shows in DevTools.
    const loadStart = performance.now();
    const matcher = await fetchMatcher(browser.runtime.getURL('/gazetteer.json'));
    performance.measure('dealscope:load', { start: loadStart, end: performance.now() });
    await defaultYield();
    if (ctx.isInvalid) return;
    const session = startPageSession(window, matcher, isActiveOn(settings, host), { highlightCss });
    // The rest of the setup waits a task, and so does the page's first scan (see scanAll): on the
    // first page after the browser starts, cold code made them one task of over 50 ms.
    await defaultYield();
    const extensionOrigin = browser.runtime.getURL('/');
    const article = () => readArticleMetadata(document, window.location.href);

    const passages = createPassages({
      win: window,
      load: async () => {
        const answer = await sendToBackground('notes/for-page', { url: article().url });
        return answer.ok ? answer.value : [];
      },
    });
    const revealFromHash = () => {
      const m = REVEAL_HASH.exec(window.location.hash);
      if (m?.[1] && passages.reveal(m[1])) {
        // The fragment was ours: take it off the address again.
        history.replaceState(history.state, '', window.location.href.replace(/#dealscope-note=.*$/, ''));
      }
    };
    void passages.refresh().then(revealFromHash);

    const composer = installComposer({
      win: window,
      signal: ctx.signal,
      shadowRoots: () => session.scanner.shadowRoots(),
      save: async ({ body, tags, target }) => {
        // As the page reads: its companies' short names count in the note and the quote.
        const context = session.scanner
          .counts()
          .map((c) => matcher.company(c.id)?.name)
          .filter((name): name is string => name !== undefined);
        const companyIds = companiesNamedIn(matcher, `${body}\n${target.quote.exact}`, context);
        const answer = await sendToBackground('notes/add-passage', {
          article: article(),
          body,
          tags,
          companyIds: [...new Set(companyIds)],
          target,
        });
        if (!answer.ok) return answer.error;
        await passages.refresh();
        return null;
      },
    });

    const state = async (): Promise<PageState> => {
      // Not for ever on a page that keeps changing (a stock ticker): half a second of churn at most.
      await session.settled(500);
      passages.pageChanged();
      const lang = document.documentElement.lang.trim().slice(0, 20);
      return {
        ...session.state(),
        article: article(),
        anchors: passages.status(),
        ...(lang ? { lang } : {}),
      };
    };
    const onMessage = (
      message: unknown,
      sender: { id?: string; url?: string },
    ): Promise<Result<unknown>> | undefined => {
      const envelope = readEnvelope(message, CONTENT_TYPES);
      if (!envelope.ok) return undefined; // not ours: let other listeners answer
      if (senderKind(sender, browser.runtime.id, extensionOrigin) !== 'extension-page')
        return Promise.resolve({ ok: false, error: 'only the extension may ask this' });
      switch (envelope.value.type) {
        case 'page/state':
          return state().then((value) => ({ ok: true, value }));
        case 'composer/open':
          return Promise.resolve({ ok: true, value: { opened: composer.open() } });
        case 'notes/changed':
          return passages.refresh().then(() => ({ ok: true, value: null }));
        case 'page/deals': {
          // Suggested on request only: the reader opened the popup on this article.
          // From the article itself, not the headlines and banners around it.
          const text = articleText(document);
          const published = article().publishedAt;
          return extractDealsInSteps(
            text,
            { matcher, mentions: matcher.find(text), ...(published ? { published } : {}) },
            defaultYield,
          ).then((deals) => ({ ok: true, value: deals }));
        }
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings((next) => session.setActive(isActiveOn(next, host)));

    installHoverCard({
      win: window,
      scanner: session.scanner,
      matcher,
      signal: ctx.signal,
      summary: async (companyId) => {
        // The page's other companies, most mentioned first: deals with them are the card's first.
        const onPage = session.scanner
          .counts()
          .map((c) => c.id)
          .filter((id) => id !== companyId)
          .slice(0, 50);
        const answer = await sendToBackground('company/summary', { companyId, onPage });
        return answer.ok ? answer.value : null;
      },
      open: (companyId, compose) => void sendToBackground('ui/open', { companyId, compose }),
    });

    // Late paragraphs (added, or shown) may hold saved passages: try the missing ones when the
    // page has changed and settled for a moment.
    let passageTimer = 0;
    const observer = new MutationObserver(() => {
      window.clearTimeout(passageTimer);
      passageTimer = window.setTimeout(() => passages.pageChanged(), 250);
    });
    if (document.body) {
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden', 'style', 'class', 'open'],
      });
    }

    // In-site navigation (history.pushState) means a new article: scan it afresh. The Navigation
    // API reports it at once where it exists; WXT's location watcher covers the rest.
    // An anchor ("#comments") is the same article; a route ("#/story/42") is another.
    const where = () => cleanUrl(window.location.href) ?? window.location.href;
    let lastUrl = where();
    const onLocation = () => {
      const url = where();
      if (url === lastUrl) return;
      lastUrl = url;
      // Its notes and its visit wait until the new article is read: an app sets its title after
      // the address, and the title tells a new article from a canonical link left behind.
      void session.rescan().then(() => {
        void passages.refresh();
        return sendToBackground('article/visited', article());
      });
    };
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', onLocation, { signal: ctx.signal });
    ctx.addEventListener(window, 'wxt:locationchange', onLocation);
    ctx.addEventListener(window, 'hashchange', revealFromHash);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      observer.disconnect();
      session.dispose();
      passages.dispose();
    });

    void sendToBackground('article/visited', article());
  },
});
