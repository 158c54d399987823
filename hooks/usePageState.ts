import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type PageState, sendToTab } from '@/utils/messaging';
import { watchSettings } from '@/utils/settings';

/** Where the popup is in finding out about its page. */
export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; page: PageState }
  | { kind: 'unavailable'; reason: string };

/**
 * The tab the popup is about: `?tab=<id>` when the popup is opened as a page (tests and
 * automation do this), otherwise the active tab of the current window.
 */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const RETRIES = 10;
const RETRY_MS = 200;
/** When to ask the page again after a switch changed: its scan takes a moment. */
const REFRESH_MS = [100, 500, 1500];
/** How often the open popup asks again anyway: live blogs and infinite scroll add mentions. */
const POLL_MS = 2000;

/**
 * Asks the tab's content script for its page state. The script may still be starting when the
 * popup opens, so a few retries cover that before the popup says the page is out of reach.
 */
export function usePageState(search: string): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tabId = await resolveTabId(search);
      if (tabId === null) {
        setStatus({ kind: 'unavailable', reason: 'No tab to read.' });
        return;
      }
      let lastError = '';
      for (let attempt = 0; attempt < RETRIES && !cancelled; attempt++) {
        const answer = await sendToTab(tabId, 'page/state', {});
        if (cancelled) return;
        if (answer.ok) {
          setStatus({ kind: 'ready', tabId, page: answer.value });
          return;
        }
        lastError = answer.error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
      if (!cancelled) setStatus({ kind: 'unavailable', reason: lastError });
    })();
    // A switch flipped in the popup (or anywhere): the page turns its highlighting on or off and
    // scans again, so ask again as it does, and keep showing what is known meanwhile.
    const timers: ReturnType<typeof setTimeout>[] = [];
    // The last state shown, as JSON: an unchanged answer renders nothing again.
    let shown = '';
    const askAgain = async () => {
      const tabId = await resolveTabId(search);
      if (tabId === null || cancelled) return;
      const answer = await sendToTab(tabId, 'page/state', {});
      if (!answer.ok || cancelled) return;
      const json = JSON.stringify(answer.value);
      if (json === shown) return;
      shown = json;
      setStatus({ kind: 'ready', tabId, page: answer.value });
    };
    const unwatch = watchSettings(() => {
      for (const t of timers.splice(0)) clearTimeout(t);
      for (const delay of REFRESH_MS) timers.push(setTimeout(() => void askAgain(), delay));
    });
    const poll = setInterval(() => void askAgain(), POLL_MS);
    return () => {
      cancelled = true;
      unwatch();
      clearInterval(poll);
      for (const t of timers) clearTimeout(t);
    };
  }, [search]);
  return status;
}
