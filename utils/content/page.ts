import { canonicalUrl } from '../articles/url';
import { createHighlighter, type Highlighter } from '../detect/highlight';
import type { Matcher } from '../detect/matcher';
import { type ScanResult, scanAndHighlight } from '../detect/scan';
import type { PageState } from '../messaging';

/** The content script's view of its page: highlights and what they found. */
export interface PageSession {
  /** Scans the page again and repaints highlights. */
  rescan(): ScanResult;
  /** The current state, as the popup shows it. */
  state(): PageState;
  /** Removes every highlight. */
  dispose(): void;
}

/** Starts detection on a document: one scan now, more on demand. */
export function startPageSession(win: Window, matcher: Matcher): PageSession {
  const doc = win.document;
  const highlighter: Highlighter = createHighlighter(win);
  let last: ScanResult = { companies: [], mentionCount: 0 };
  const rescan = () => {
    last = doc.body
      ? scanAndHighlight(doc.body, matcher, highlighter, { performance: win.performance })
      : { companies: [], mentionCount: 0 };
    return last;
  };
  rescan();
  return {
    rescan,
    state: () => ({
      url: canonicalUrl(doc, win.location.href),
      title: doc.title,
      companies: last.companies,
      highlightMode: highlighter.mode,
    }),
    dispose: () => highlighter.clear(),
  };
}
