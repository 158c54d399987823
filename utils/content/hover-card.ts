import { countryName } from '../country';
import type { Matcher } from '../detect/matcher';
import type { MentionRecord, Scanner } from '../detect/scanner';
import type { CompanySummary } from '../messaging';
import { truncate } from '../text';

/** How long the pointer rests on a mention before the card opens, and the grace to leave it. */
const SHOW_DELAY_MS = 350;
const HIDE_DELAY_MS = 250;

/** What the card needs from the content script. */
export interface HoverCardEnv {
  win: Window;
  scanner: Scanner;
  matcher: Matcher;
  /** Asks the background what the reader keeps about a company. */
  summary: (companyId: string) => Promise<CompanySummary | null>;
  /** Opens Dealscope on a company, optionally to write a note. */
  open: (companyId: string, compose: boolean) => void;
  /** Aborting removes every listener and the card. */
  signal: AbortSignal;
}

const CSS_TEXT = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; width: 300px; max-width: calc(100vw - 16px);
  display: flex; flex-direction: column; max-height: calc(100vh - 16px);
  padding: 12px 14px; border-radius: 8px; background: #fff; color: #1c1e21;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.22), 0 0 0 1px rgb(0 0 0 / 0.08);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left;
}
@media (forced-colors: active) { .card { border: 1px solid CanvasText; } button { border-color: ButtonText; } }
@media (prefers-color-scheme: dark) {
  .card { background: #23262a; color: #e8eaed; box-shadow: 0 6px 24px rgb(0 0 0 / 0.5), 0 0 0 1px rgb(255 255 255 / 0.1); }
  .meta, .latest li, .muted { color: #a0a6ae !important; }
}
h2 { margin: 0; font-size: 15px; font-weight: 700; }
.meta { margin: 2px 0 8px; color: #5f6670; }
p { margin: 4px 0; }
ul.latest { margin: 2px 0 6px; padding-left: 16px; }
.latest li { color: #3d434a; margin: 2px 0; overflow-wrap: anywhere; }
.latest li span { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.card[hidden] { display: none; }
.card > * { flex: none; }
.card > .saved { flex: 0 1 auto; min-height: 0; overflow-y: auto; }
.actions { display: flex; gap: 8px; margin-top: 10px; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #925600; background: #925600; color: #fff; cursor: pointer; }
button.secondary { background: transparent; color: inherit; border-color: currentColor; }
.muted { color: #5f6670; }
`;

/**
 * The hover card: rest the pointer on a highlighted mention and a card shows the company, how
 * often this page mentions it, and the deal facts and notes saved about it. It lives in a closed
 * shadow root (the page can neither style nor read it) and is built with text nodes only.
 */
export function installHoverCard(env: HoverCardEnv): void {
  const { win, scanner, signal } = env;
  const doc = win.document;
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let card: HTMLElement | null = null;
  let current: MentionRecord | null = null;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let lastPoint: { x: number; y: number } | null = null;
  let renderToken = 0;
  // The mention whose card the reader closed with Esc: it stays closed until the pointer leaves it.
  let dismissed: MentionRecord | null = null;

  const cancelHide = () => {
    win.clearTimeout(hideTimer);
    hideTimer = 0;
  };

  const ensureHost = () => {
    if (host?.isConnected && root && card) return;
    host = doc.createElement('dealscope-card');
    host.setAttribute('data-dealscope-ui', '');
    root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    root.adoptedStyleSheets = [sheet];
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.hidden = true;
    root.append(card);
    doc.documentElement.append(host);
  };

  const hide = () => {
    win.clearTimeout(showTimer);
    cancelHide();
    current = null;
    renderToken++;
    if (card) card.hidden = true;
  };

  const place = (rect: DOMRect) => {
    if (!card) return;
    const margin = 8;
    const width = card.offsetWidth || 300;
    // The card scrolls inside itself when the window is shorter than it (see the CSS).
    const height = Math.min(card.offsetHeight || 160, win.innerHeight - 2 * margin);
    // Below the word if it fits there, else above it, else as low as the window lets it go
    // while it stays whole on screen (it may then cover the word; the pointer can move onto it).
    let top = rect.bottom + 6;
    if (top + height > win.innerHeight - margin) {
      top = rect.top - height - 6 >= margin ? rect.top - height - 6 : win.innerHeight - margin - height;
    }
    const left = Math.min(Math.max(margin, rect.left), win.innerWidth - width - margin);
    card.style.top = `${Math.max(margin, top)}px`;
    card.style.left = `${Math.max(margin, left)}px`;
  };

  const show = (mention: MentionRecord) => {
    ensureHost();
    if (!card) return;
    const token = ++renderToken;
    const company = env.matcher.company(mention.companyId);
    const count = scanner.counts().find((c) => c.id === mention.companyId)?.count ?? 1;
    card.replaceChildren();
    card.setAttribute('aria-label', `Dealscope: ${company?.name ?? mention.companyId}`);
    const title = el('h2', company?.name ?? mention.companyId);
    const meta = [
      company?.tickers?.[0],
      company?.country ? countryName(company.country) : undefined,
      company?.hq,
    ].filter(Boolean);
    card.append(title);
    if (meta.length) card.append(el('p', meta.join(' · '), 'meta'));
    card.append(el('p', `Mentioned ${count} ${count === 1 ? 'time' : 'times'} on this page`));
    // What the reader saved scrolls inside the card when the window is short; the buttons stay.
    const saved = el('div', 'Loading what you saved…', 'saved muted');
    card.append(saved);
    const actions = el('div', '', 'actions');
    const addNote = el('button', 'Add note') as HTMLButtonElement;
    addNote.type = 'button';
    addNote.addEventListener('click', () => env.open(mention.companyId, true));
    const open = el('button', 'Open in Dealscope', 'secondary') as HTMLButtonElement;
    open.type = 'button';
    open.addEventListener('click', () => env.open(mention.companyId, false));
    actions.append(addNote, open);
    card.append(actions);
    card.hidden = false;
    const rect = visibleRect(mention.range, lastPoint);
    if (rect) place(rect);
    void env.summary(mention.companyId).then((summary) => {
      if (token !== renderToken || !card) return;
      saved.replaceChildren();
      saved.className = 'saved';
      if (!summary) {
        saved.append(el('p', 'Saved facts are not available right now.', 'muted'));
        return;
      }
      saved.append(el('p', plural(summary.dealCount, 'deal fact', 'deal facts')));
      if (summary.deals.length)
        saved.append(
          list(
            summary.deals.map((d) => (d.announced ? `${d.announced.slice(0, 4)}: ${d.summary}` : d.summary)),
          ),
        );
      saved.append(el('p', plural(summary.noteCount, 'note', 'notes')));
      if (summary.notes.length) saved.append(list(summary.notes.map((n) => truncate(n.body, 120))));
      // Notes on other sites' articles are not shown to a page: say where they are.
      if (summary.elsewhere > 0)
        saved.append(el('p', elsewhereLine(summary.elsewhere, summary.noteCount), 'muted'));
      if (rect) place(rect);
    });
  };

  const el = (tag: string, text: string, className?: string) => {
    const node = doc.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const list = (items: string[]) => {
    const ul = el('ul', '', 'latest');
    for (const item of items) {
      const li = el('li', '');
      li.title = item;
      li.append(el('span', item));
      ul.append(li);
    }
    return ul;
  };

  const check = () => {
    frame = 0;
    if (!lastPoint) return;
    const mention = mentionUnder(doc, scanner, lastPoint.x, lastPoint.y);
    if (mention !== dismissed) dismissed = null;
    if (mention && mention === current) {
      cancelHide();
      return;
    }
    if (mention && mention !== dismissed) {
      win.clearTimeout(showTimer);
      cancelHide();
      showTimer = win.setTimeout(() => {
        current = mention;
        show(mention);
      }, SHOW_DELAY_MS);
      return;
    }
    win.clearTimeout(showTimer);
    if (current && !hideTimer) {
      hideTimer = win.setTimeout(() => {
        hideTimer = 0;
        hide();
      }, HIDE_DELAY_MS);
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      // Only the reader's own pointer opens a card: a page script cannot fake hovers to make the
      // card render (and so reveal) what the reader keeps about a company.
      if (!event.isTrusted) return;
      // Over the card itself (events from a closed shadow root are retargeted to its host).
      if (host && event.target === host) {
        cancelHide();
        return;
      }
      lastPoint = { x: event.clientX, y: event.clientY };
      if (!frame) frame = win.requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card && !card.hidden) {
        dismissed = current;
        hide();
      }
    },
    { signal },
  );
  win.addEventListener('scroll', () => hide(), { passive: true, signal, capture: true });
  signal.addEventListener('abort', () => {
    hide();
    host?.remove();
  });
}

/** The mention under a point, if the point is really over its text (not just near it). */
export function mentionUnder(doc: Document, scanner: Scanner, x: number, y: number): MentionRecord | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  let node: Node | null = null;
  let offset = 0;
  // Text in the open shadow roots the scans read is hit only when they are named (an engine
  // without the option stops at their hosts, and such mentions get no card there).
  const shadowRoots = scanner.shadowRoots();
  const pos = d.caretPositionFromPoint?.(x, y, shadowRoots.length ? { shadowRoots } : undefined);
  if (pos) {
    node = pos.offsetNode;
    offset = pos.offset;
  } else {
    const range = d.caretRangeFromPoint?.(x, y);
    if (range) {
      node = range.startContainer;
      offset = range.startOffset;
    }
  }
  if (node?.nodeType !== 3) return null;
  // The caret may sit just after the last character of a mention: try both sides.
  const mention =
    scanner.mentionAt(node, offset) ?? (offset > 0 ? scanner.mentionAt(node, offset - 1) : undefined);
  if (!mention) return null;
  for (const rect of mention.range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
      return mention;
  }
  return null;
}

/** The line box of a mention under the pointer (a mention may wrap over two lines). */
function visibleRect(range: Range, point: { x: number; y: number } | null): DOMRect | null {
  const rects = [...range.getClientRects()];
  if (!rects.length) return null;
  if (point) {
    const hit = rects.find((r) => point.y >= r.top - 1 && point.y <= r.bottom + 1);
    if (hit) return hit;
  }
  return rects[0] ?? null;
}

function plural(n: number, one: string, many: string): string {
  return n === 0 ? `No ${many} saved` : `${n} ${n === 1 ? one : many} saved`;
}

/** "2 are on other sites: open Dealscope to read them." (the card lists this site's notes only). */
function elsewhereLine(elsewhere: number, total: number): string {
  const them = elsewhere === 1 ? 'it' : 'them';
  const which =
    elsewhere === total
      ? total === 1
        ? 'It is'
        : 'They are'
      : `${elsewhere} ${elsewhere === 1 ? 'is' : 'are'}`;
  return `${which} on other sites: open Dealscope to read ${them}.`;
}
