import { canonicalUrl } from '../articles/url';
import { isDealscopeElement, isHiddenElement, openShadowRoot } from '../detect/collect';
import { createHighlighter } from '../detect/highlight';
import type { Matcher } from '../detect/matcher';
import { createScanner, type Scanner } from '../detect/scanner';
import type { PageState } from '../messaging';
import { articleMembership } from './article-text';

/** Inline elements: a change inside one rescans its enclosing block. */
const INLINE =
  /^(A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR)$/;

/** Attributes whose change can show or hide text, or make it the page's or an editor's. */
const VISIBILITY_ATTRIBUTES = ['hidden', 'style', 'class', 'open', 'aria-hidden', 'contenteditable'];

/** What the session observes on <html>: a new <body>, and classes that may show hidden parts. */
const OBSERVED_HTML: MutationObserverInit = {
  childList: true,
  attributes: true,
  attributeFilter: VISIBILITY_ATTRIBUTES,
};

/** Custom elements without a shadow root remembered for a second look, at most (see addBounded). */
const MAX_BARE = 500;
/** When custom elements without a shadow root are looked at again: after 1, 4 and 15 s. */
const BARE_CHECKS_MS = [1000, 3000, 11_000];

/** Hidden parts remembered for a second look, at most (see addBounded). */
const MAX_HIDDEN = 2000;

/** What the session observes, in the page's body and in each open shadow root it reads. */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: VISIBILITY_ATTRIBUTES,
};

/** The content script's work on one page: scanning, keeping up with changes, answering state. */
export interface PageSession {
  readonly scanner: Scanner;
  /** Turns detection on (full scan) or off (highlights removed). */
  setActive(active: boolean): void;
  /** A fresh scan, for in-site navigation to a new article. */
  rescan(): Promise<void>;
  /** Resolves when queued scanning work is done (tests and the benchmark wait on it). */
  idle(): Promise<void>;
  /**
   * Resolves when the scan under way is done and the page has been quiet since, or `withinMs`
   * after the call on a page that never stops changing (a stock ticker, a clock): what the popup
   * waits for before it reads the page's state.
   */
  settled(withinMs: number): Promise<void>;
  /** What the scanner knows; the content script adds the article and the passages. */
  state(): Omit<PageState, 'article' | 'anchors'>;
  dispose(): void;
}

/** What a session may be given besides its page and matcher. */
export interface SessionOptions {
  /**
   * The highlights' style sheet (the content script's CSS). A page's style sheets do not reach
   * into shadow trees, so it is adopted by each open shadow root the scans read.
   */
  highlightCss?: string;
}

/**
 * Starts a session. Changes to the page are observed and rescanned in batches when the browser
 * is idle; the extension's own UI and highlight marks never trigger a scan. Open shadow roots
 * the scans read are observed too, and get the highlights' style.
 */
export function startPageSession(
  win: Window,
  matcher: Matcher,
  active: boolean,
  options: SessionOptions = {},
): PageSession {
  const doc = win.document;
  const highlighter = createHighlighter(win);
  // Shadow roots observed since the session last started.
  let observed = new WeakSet<ShadowRoot>();
  let sheet: CSSStyleSheet | null | undefined;
  const onShadowRoot = (root: ShadowRoot) => {
    if (!isActive || observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVED);
    if (sheet === undefined) sheet = highlightSheet(win, options.highlightCss);
    if (sheet) adoptStyle(root, sheet);
  };
  // Parts the scans left out as hidden: a class or style on <html> or <body> may reveal them.
  let hidden = new Set<Element>();
  const onHidden = (el: Element) => addBounded(hidden, el, MAX_HIDDEN);
  // Custom elements read without a shadow root: a definition that loads later may attach one.
  // They are looked at again a few times, later each time, and scanned once they have one.
  let bare = new Set<Element>();
  let bareTimer = 0;
  let bareRound = 0;
  const checkBare = () => {
    bareTimer = 0;
    for (const el of bare) {
      if (!el.isConnected) bare.delete(el);
      else if (openShadowRoot(el)) {
        bare.delete(el);
        pending.add(el);
      }
    }
    if (pending.size) schedule();
    if (bare.size && bareRound < BARE_CHECKS_MS.length)
      bareTimer = win.setTimeout(checkBare, BARE_CHECKS_MS[bareRound++]);
  };
  const onBareCustomElement = (el: Element) => {
    if (bare.has(el) || !addBounded(bare, el, MAX_BARE)) return;
    // Newly read custom elements start the checks over.
    bareRound = 0;
    win.clearTimeout(bareTimer);
    bareTimer = win.setTimeout(checkBare, BARE_CHECKS_MS[bareRound++]);
  };
  const scanner = createScanner({
    matcher,
    highlighter,
    performance: win.performance,
    onShadowRoot,
    onHidden,
    onBareCustomElement,
  });
  let isActive = false;
  let pending = new Set<Node>();
  // Text left the page: its mentions are dropped even when nothing needs a rescan.
  let removals = false;
  // A class or style changed on <html> or <body>: hidden parts may show now.
  let revealCheck = false;
  let scheduled = false;
  let work: Promise<void> = Promise.resolve();

  const flush = () => {
    scheduled = false;
    if (revealCheck) {
      revealCheck = false;
      for (const el of hidden) {
        if (el.isConnected && isHiddenElement(el)) continue;
        hidden.delete(el);
        if (el.isConnected) pending.add(el);
      }
    }
    const roots = [...pending];
    pending = new Set();
    const dropOnly = removals;
    removals = false;
    if (isActive && (roots.length || dropOnly)) work = scanner.scanChanged(roots);
  };
  // The work under way is always waited for (a page's first scan included); more work queued
  // after it, only until `until`.
  const waitForQuiet = async (until: number) => {
    let before: Promise<void>;
    do {
      before = work;
      await before;
    } while ((before !== work || scheduled) && win.performance.now() < until);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const idle = (win as Window & { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
    if (idle) idle.call(win, flush, { timeout: 300 });
    else win.setTimeout(flush, 50);
  };

  // The <body> being watched. Some sites (Turbo, for one) put a new <body> in on navigation.
  let watchedBody: HTMLElement | null = null;
  const observer = new MutationObserver((mutations) => {
    if (doc.body !== watchedBody) {
      // A new <body>: everything before is gone. Scan and watch the new one.
      unwatch();
      watch();
      return;
    }
    for (const m of mutations) {
      const target = m.target;
      // <html> is watched for a new <body> (above) and for its classes (below).
      if (target === doc.documentElement && m.type === 'childList') continue;
      if (isOwn(target)) continue;
      if (m.type === 'childList') {
        const added = [...m.addedNodes].filter((n) => !isOwn(n));
        const removed = [...m.removedNodes].some((n) => !isOwn(n));
        if (!added.length && !removed) continue;
        const block = blockOf(target);
        // Nodes added to the page's top (ads, banners, dialogs appended to <body>) are scanned on
        // their own: rescanning the block they went into would be the whole page each time.
        const top = block === doc.body || block === doc.documentElement;
        for (const n of added) pending.add(top || isBlockElement(n) ? n : block);
        if (removed) {
          if (top) removals = true;
          else pending.add(block);
        }
      } else if (m.type === 'characterData') {
        pending.add(blockOf(target));
      } else if (m.type === 'attributes') {
        // Pages toggle classes and styles on <html> and <body> all the time (on scroll, when a
        // dialog opens); rescanning the whole page for each would be a scan per scroll. Only the
        // parts the scans found hidden are looked at again ("body.loading article" shown).
        if (target === doc.body || target === doc.documentElement) {
          if (hidden.size) revealCheck = true;
          continue;
        }
        pending.add(
          target.nodeType === 1 && !INLINE.test((target as Element).tagName) ? target : blockOf(target),
        );
      }
    }
    if (pending.size || removals || revealCheck) schedule();
  });

  // An animation or transition on <html> or <body> that ends may have shown them: AMP pages keep
  // <body> hidden by an animation that shows it after a few seconds if their script never comes.
  const onRevealingEnd = (event: Event) => {
    const target = event.target;
    if ((target !== doc.body && target !== doc.documentElement) || !hidden.size) return;
    revealCheck = true;
    schedule();
  };

  // Scans the page's <body> and watches it, and <html> for class changes and a new <body>.
  const watch = () => {
    hidden = new Set();
    watchedBody = doc.body;
    observer.observe(doc.documentElement, OBSERVED_HTML);
    doc.addEventListener('animationend', onRevealingEnd, true);
    doc.addEventListener('transitionend', onRevealingEnd, true);
    if (!doc.body) return;
    work = scanner.scanAll(doc.body);
    observer.observe(doc.body, OBSERVED);
  };
  const unwatch = () => {
    observer.disconnect();
    doc.removeEventListener('animationend', onRevealingEnd, true);
    doc.removeEventListener('transitionend', onRevealingEnd, true);
    win.clearTimeout(bareTimer);
    bare = new Set();
    observed = new WeakSet();
    hidden = new Set();
    revealCheck = false;
    pending.clear();
    removals = false;
    scanner.clear();
  };
  const start = () => {
    if (isActive) return;
    isActive = true;
    watch();
  };
  const stop = () => {
    isActive = false;
    unwatch();
  };

  if (active) start();

  return {
    scanner,
    setActive: (on) => (on ? start() : stop()),
    rescan: async () => {
      if (!isActive || !doc.body) return;
      if (doc.body === watchedBody) {
        pending.clear();
        hidden = new Set();
        work = scanner.scanAll(doc.body);
      } else {
        unwatch();
        watch();
      }
      await work;
    },
    idle: () => waitForQuiet(Number.POSITIVE_INFINITY),
    settled: (withinMs) => waitForQuiet(win.performance.now() + withinMs),
    state: () => ({
      url: canonicalUrl(doc, win.location.href),
      title: doc.title,
      companies: isActive ? scanner.counts(articleMembership(doc)) : [],
      highlightMode: highlighter.mode,
      active: isActive,
    }),
    dispose: stop,
  };
}

/** True for nodes of the extension's own UI or highlight marks. */
function isOwn(node: Node): boolean {
  let el: Node | null = node;
  while (el && el.nodeType !== 1) el = el.parentNode;
  for (let e = el as Element | null; e; e = e.parentElement) {
    if (isDealscopeElement(e) || e.localName === 'dealscope-mark') return true;
  }
  return false;
}

/** An element that is not inline: text inside it is apart from the text around it. */
function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && !INLINE.test((node as Element).tagName);
}

/** The nearest block-level ancestor (or self) of a node: the unit of incremental rescans. */
function blockOf(node: Node): Node {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el?.parentElement && INLINE.test(el.tagName)) el = el.parentElement;
  return el ?? node;
}

/** Additions refused by full sets since they last forgot what left the page. */
const refusals = new WeakMap<Set<Element>, number>();

/**
 * Adds `el` to `set` unless it holds `max` already. A full set first forgets the elements that
 * left the page (which it would keep alive), every 256 refusals, so a page with many costs little.
 */
export function addBounded(set: Set<Element>, el: Element, max: number): boolean {
  if (set.size >= max) {
    const refused = refusals.get(set) ?? 0;
    refusals.set(set, refused + 1);
    if (refused % 256 !== 0) return false;
    for (const old of set) if (!old.isConnected) set.delete(old);
    if (set.size >= max) return false;
  }
  set.add(el);
  return true;
}

/** The highlights' style as a sheet shadow roots can adopt; null without one. */
function highlightSheet(win: Window, css: string | undefined): CSSStyleSheet | null {
  if (!css) return null;
  try {
    const sheet = new (win as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    // An engine without constructable style sheets: mentions are found, only unstyled there.
    return null;
  }
}

/**
 * Adds a style sheet to a shadow root's adopted sheets, once. The page's own sheets stay as they
 * are; nothing is added to its DOM.
 */
function adoptStyle(root: ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // An engine that keeps a content script from setting a page's sheets: unstyled there, and the
    // scan goes on.
  }
}
