import { type PageText, rangeOffsets, readPageText } from '../anchoring/dom';
import { describePassage, type PassageTarget } from '../anchoring/selectors';

/** What the composer needs from the content script. */
export interface ComposerEnv {
  win: Window;
  /** Saves the note; resolves with an error message, or null on success. */
  save: (note: { body: string; tags: string[]; target: PassageTarget }) => Promise<string | null>;
  signal: AbortSignal;
  /**
   * The page's open shadow roots the scanner reads: a selection inside one (a story built from
   * web components) is taken where it is, not as its host element.
   */
  shadowRoots?: () => ShadowRoot[];
}

/** `Selection.getComposedRanges` (Chromium 137, Firefox 142, Safari 17), where the browser has it. */
type ComposedSelection = Selection & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};

const CSS_TEXT = `
:host { all: initial; }
.panel {
  position: fixed; z-index: 2147483647; box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px);
  max-height: calc(100vh - 16px); overflow-y: auto;
  padding: 12px 14px; border-radius: 8px; background: #fff; color: #1c1e21;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.25), 0 0 0 1px rgb(0 0 0 / 0.08);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) { .panel { background: #23262a; color: #e8eaed; } textarea, input { background: #1b1d20; color: inherit; } .error { color: #ff8a80 !important; } }
@media (forced-colors: active) { .panel, .pill, .notice { border: 1px solid CanvasText; } button { border-color: ButtonText; } }
h2 { margin: 0 0 6px; font-size: 14px; }
blockquote { margin: 0 0 8px; padding: 2px 8px; border-left: 3px solid #2f7d32; max-height: 5.8em; overflow: auto; font-style: italic; white-space: pre-wrap; }
label { display: block; font-size: 12px; margin: 6px 0 2px; }
textarea, input { box-sizing: border-box; width: 100%; font: inherit; padding: 5px; border: 1px solid #c4c8cd; border-radius: 4px; }
textarea { min-height: 70px; resize: vertical; }
.row { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; gap: 8px; }
.hint { font-size: 11px; opacity: 0.7; }
button { font: inherit; padding: 4px 12px; border-radius: 4px; border: 1px solid #2f7d32; background: #2f7d32; color: #fff; cursor: pointer; }
button.secondary { background: transparent; color: inherit; border-color: currentColor; }
.error { color: #c62828; margin: 6px 0 0; }
.notice { position: fixed; z-index: 2147483647; top: 12px; left: 50%; transform: translateX(-50%); margin: 0;
  max-width: calc(100vw - 32px); padding: 8px 12px; border-radius: 6px; background: #1c1e21; color: #fff;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); }
.notice[hidden] { display: none; }
.pill { position: fixed; z-index: 2147483647; font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 14px;
  border: none; background: #2f7d32; color: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); cursor: pointer; }
`;

/**
 * Writing a note on a passage: a small "Add note" button near the selection, and a composer
 * panel (also opened from the context menu or the keyboard shortcut). Both live in a closed
 * shadow root; Esc cancels, Ctrl/Cmd+Enter saves. The passage is described when the composer
 * opens, so focusing the text box (which clears the selection) loses nothing.
 */
export function installComposer(env: ComposerEnv) {
  const { win, signal } = env;
  const doc = win.document;
  const host = doc.createElement('dealscope-composer');
  host.setAttribute('data-dealscope-ui', '');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  root.adoptedStyleSheets = [sheet];
  let attached = false;
  const attach = () => {
    if (!attached || !host.isConnected) doc.documentElement.append(host);
    attached = true;
  };

  const pill = doc.createElement('button');
  pill.className = 'pill';
  pill.type = 'button';
  pill.textContent = 'Add note';
  pill.hidden = true;
  root.append(pill);

  // What the reader hears or reads after an action: "Note saved.", or why there is no composer.
  const notice = doc.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  root.append(notice);
  let noticeTimer = 0;
  const say = (text: string) => {
    attach();
    notice.textContent = text;
    notice.hidden = false;
    win.clearTimeout(noticeTimer);
    noticeTimer = win.setTimeout(() => {
      notice.hidden = true;
    }, 4000);
  };

  let panel: HTMLElement | null = null;
  let pending: { target: PassageTarget; rect: DOMRect } | null = null;
  // Where the reader was when the composer opened: focus and selection go back there on close.
  let returnTo: { focus: Element | null; range: Range | null } | null = null;

  const close = () => {
    const wasOpen = panel !== null;
    panel?.remove();
    panel = null;
    pending = null;
    const back = returnTo;
    returnTo = null;
    if (!wasOpen || !back) return;
    const el = back.focus as HTMLElement | null;
    if (el && el !== doc.body && el.isConnected && typeof el.focus === 'function') el.focus();
    else if (back.range) {
      // The passage selected again: the page's next Tab goes on from there, not from its top.
      const selection = win.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(back.range);
    }
  };

  /**
   * The selected range. Inside an open shadow root the browser's own range stops at the host
   * element; the composed range reaches the text, where the browser can give it.
   */
  const selectedRange = (selection: Selection): AbstractRange => {
    const roots = env.shadowRoots?.() ?? [];
    let composed: StaticRange | undefined;
    try {
      // The dictionary form of the current specification; an early implementation that wants
      // the roots as arguments throws, and the selection is taken as the browser gives it.
      composed = roots.length
        ? (selection as ComposedSelection).getComposedRanges?.({ shadowRoots: roots })[0]
        : undefined;
    } catch {
      composed = undefined;
    }
    return composed && !composed.collapsed ? composed : selection.getRangeAt(0);
  };

  /** A live range for `range` (to measure it), or the selection's own when it spans trees. */
  const measurable = (range: AbstractRange, selection: Selection): Range => {
    if ('commonAncestorContainer' in range) return range as Range;
    if (range.startContainer.getRootNode() === range.endContainer.getRootNode()) {
      const live = doc.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (!live.collapsed) return live;
    }
    return selection.getRangeAt(0);
  };

  /** Describes the current selection, or returns why it cannot be noted. */
  const describeSelection = (): { target: PassageTarget; rect: DOMRect } | string => {
    const selection = win.getSelection();
    const none = () =>
      // Text selected inside a frame is the frame's, out of this page's reach.
      doc.activeElement?.localName === 'iframe' || doc.activeElement?.localName === 'frame'
        ? 'Text inside an embedded frame cannot be noted yet; select text of the page itself.'
        : 'Select some text of the article first.';
    if (!selection?.rangeCount || !doc.body) return none();
    const range = selectedRange(selection);
    if (range.collapsed) return none();
    const page: PageText = readPageText(doc.body);
    const offsets = rangeOffsets(page, range);
    if (!offsets) return 'That selection is not part of the article text.';
    let { start, end } = offsets;
    while (start < end && /\s/.test(page.text[start] as string)) start++;
    while (end > start && /\s/.test(page.text[end - 1] as string)) end--;
    if (end - start > 10_000) return 'That passage is too long for a note (10,000 characters at most).';
    if (end <= start) return 'Select some text of the article first.';
    return {
      target: describePassage(page.text, start, end),
      rect: measurable(range, selection).getBoundingClientRect(),
    };
  };

  const open = (): boolean => {
    const described = describeSelection();
    pill.hidden = true;
    if (typeof described === 'string') {
      say(described);
      return false;
    }
    attach();
    close();
    const selection = win.getSelection();
    returnTo = {
      focus: doc.activeElement,
      range: selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null,
    };
    pending = described;
    panel = doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Dealscope: note on this passage');
    const title = doc.createElement('h2');
    title.textContent = 'Note on this passage';
    const quote = doc.createElement('blockquote');
    const exact = described.target.quote.exact;
    quote.textContent = exact.length > 400 ? `${exact.slice(0, 399)}…` : exact;
    const bodyLabel = doc.createElement('label');
    bodyLabel.textContent = 'Your note';
    const body = doc.createElement('textarea');
    bodyLabel.append(body);
    const tagsLabel = doc.createElement('label');
    tagsLabel.textContent = 'Tags (comma-separated)';
    const tags = doc.createElement('input');
    tags.type = 'text';
    tagsLabel.append(tags);
    const error = doc.createElement('p');
    error.className = 'error';
    error.setAttribute('role', 'alert');
    error.hidden = true;
    const row = doc.createElement('div');
    row.className = 'row';
    const hint = doc.createElement('span');
    hint.className = 'hint';
    hint.textContent = 'Ctrl+Enter saves · Esc cancels';
    const buttons = doc.createElement('span');
    const cancel = doc.createElement('button');
    cancel.type = 'button';
    cancel.className = 'secondary';
    cancel.textContent = 'Cancel';
    const save = doc.createElement('button');
    save.type = 'button';
    save.textContent = 'Save note';
    buttons.append(cancel, doc.createTextNode(' '), save);
    row.append(hint, buttons);
    panel.append(title, quote, bodyLabel, tagsLabel, error, row);
    root.append(panel);
    position(panel, described.rect);

    const submit = async () => {
      if (!pending) return;
      save.disabled = true;
      const problem = await env.save({
        body: body.value.trim(),
        tags: tags.value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        target: pending.target,
      });
      save.disabled = false;
      if (problem) {
        error.textContent = `The note was not saved: ${problem}`;
        error.hidden = false;
      } else {
        close();
        say('Note saved.');
      }
    };
    cancel.addEventListener('click', close);
    save.addEventListener('click', () => void submit());
    panel.addEventListener('keydown', (event) => {
      // Keys typed in the composer are the reader's, not the page's shortcuts.
      event.stopPropagation();
      if (event.key === 'Escape') close();
      else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void submit();
      } else if (event.key === 'Tab') {
        // A dialog: Tab goes round its own fields and buttons, not off to the page.
        const stops = [body, tags, cancel, save];
        const at = stops.indexOf(root.activeElement as HTMLTextAreaElement);
        const next = stops[(at + (event.shiftKey ? stops.length - 1 : 1)) % stops.length];
        if (at >= 0 && next) {
          event.preventDefault();
          next.focus();
        }
      }
    });
    body.focus();
    return true;
  };

  const position = (el: HTMLElement, rect: DOMRect) => {
    const margin = 8;
    const width = el.offsetWidth || 340;
    const height = el.offsetHeight || 240;
    let top = rect.bottom + 8;
    if (top + height > win.innerHeight - margin) top = Math.max(margin, rect.top - height - 8);
    el.style.top = `${top}px`;
    el.style.left = `${Math.min(Math.max(margin, rect.left), win.innerWidth - width - margin)}px`;
  };

  // The "Add note" pill follows a finished selection of article text.
  const onSelectionDone = () => {
    if (panel) return;
    const selection = win.getSelection();
    const selected = selection?.rangeCount ? selectedRange(selection) : null;
    if (!selection || !selected || selected.collapsed) {
      pill.hidden = true;
      return;
    }
    const range = measurable(selected, selection);
    const anchor = range.commonAncestorContainer;
    const el = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
    if (!el || el.closest('input, textarea, [contenteditable="true"], [data-dealscope-ui]')) return;
    const rects = range.getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return;
    attach();
    pill.hidden = false;
    // Above the selection, over text already read, so the next line stays readable; below it
    // when the selection starts at the top of the window.
    const above = first.top - 34;
    pill.style.top = `${above >= 4 ? above : Math.min(win.innerHeight - 36, last.bottom + 6)}px`;
    pill.style.left = `${Math.max(4, Math.min(win.innerWidth - 100, above >= 4 ? first.left : last.right - 20))}px`;
  };
  pill.addEventListener('mousedown', (event) => event.preventDefault()); // keep the selection
  pill.addEventListener('click', () => open());
  doc.addEventListener('mouseup', (event) => event.target !== host && win.setTimeout(onSelectionDone, 0), {
    signal,
  });
  doc.addEventListener('keyup', (event) => event.shiftKey && onSelectionDone(), { signal });
  doc.addEventListener(
    'selectionchange',
    () => {
      const selection = win.getSelection();
      if (!selection?.rangeCount || selectedRange(selection).collapsed) pill.hidden = true;
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && panel) close();
    },
    { signal },
  );
  signal.addEventListener('abort', () => host.remove());

  return { open, close, isOpen: () => panel !== null };
}
