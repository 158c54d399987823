/**
 * Paints mentions. Where the CSS Custom Highlight API exists the ranges are registered under a
 * highlight name and the page's DOM is untouched; readers can restyle
 * `::highlight(dealscope-company)` in their own user style. Elsewhere each mention is wrapped in
 * a `<dealscope-mark>` element (the only case where the page's DOM changes).
 */

/** Highlight name of company mentions: a public interface, readers' styles rely on it. */
export const COMPANY_HIGHLIGHT = 'dealscope-company';
/** Element used by the fallback when the Highlight API is missing. */
export const FALLBACK_TAG = 'dealscope-mark';

/** Something that shows ranges, incrementally. */
export interface Highlighter {
  /** Shows more ranges; `companyIds[i]` labels `ranges[i]`. Returns the ranges as shown. */
  add(ranges: readonly Range[], companyIds: readonly string[]): Range[];
  /** Stops showing these ranges (as returned by `add`). */
  remove(ranges: readonly Range[]): void;
  /** Removes every highlight this highlighter made. */
  clear(): void;
  /** Which mechanism is in use. */
  readonly mode: 'highlight-api' | 'wrap';
}

interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): unknown;
  clear(): void;
  priority: number;
}

interface HighlightGlobals {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => HighlightLike;
}

/** How often a highlight with ranges checks that the page has not taken it out of the registry. */
const REREGISTER_MS = 2000;

/** Picks the Highlight API when `win` has it, the wrapping fallback otherwise. */
export function createHighlighter(win: Window, name = COMPANY_HIGHLIGHT): Highlighter {
  const g = win as unknown as HighlightGlobals;
  const registry = g.CSS?.highlights;
  const HighlightCtor = g.Highlight;
  if (!registry || !HighlightCtor) return createWrappingHighlighter(win.document, name);
  const highlight = new HighlightCtor();
  // The registry is shared with the page, whose scripts may clear it (a site's own search
  // highlighter calling CSS.highlights.clear()): register again on use, and every few seconds
  // while there is something to show.
  const ensureRegistered = () => {
    if (registry.get(name) !== highlight) registry.set(name, highlight);
  };
  let watch = 0;
  return {
    mode: 'highlight-api',
    add(ranges) {
      ensureRegistered();
      if (!watch) watch = win.setInterval(ensureRegistered, REREGISTER_MS);
      for (const r of ranges) highlight.add(r);
      return [...ranges];
    },
    remove(ranges) {
      for (const r of ranges) highlight.delete(r);
    },
    clear() {
      win.clearInterval(watch);
      watch = 0;
      highlight.clear();
      if (registry.get(name) === highlight) registry.delete(name);
    },
  };
}

/** The fallback: wraps each text-node piece of each range in a custom element. */
export function createWrappingHighlighter(doc: Document, name = COMPANY_HIGHLIGHT): Highlighter {
  const marks = new Map<Range, Element[]>();
  const unwrap = (list: readonly Element[]) => {
    for (const mark of list) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  };
  return {
    mode: 'wrap',
    add(ranges, companyIds) {
      const shown: Range[] = new Array(ranges.length);
      // Last range first, so splitting text nodes never shifts a range not yet wrapped.
      for (let r = ranges.length - 1; r >= 0; r--) {
        const range = ranges[r] as Range;
        const wrapped: Element[] = [];
        for (const piece of textPieces(range).reverse()) {
          const mark = doc.createElement(FALLBACK_TAG);
          mark.setAttribute('data-highlight', name);
          mark.setAttribute('data-company', companyIds[r] ?? '');
          const middle = piece.node.splitText(piece.start);
          middle.splitText(piece.end - piece.start);
          middle.parentNode?.insertBefore(mark, middle);
          mark.appendChild(middle);
          wrapped.unshift(mark);
        }
        const covering = doc.createRange();
        if (wrapped.length) {
          covering.setStartBefore(wrapped[0] as Element);
          covering.setEndAfter(wrapped[wrapped.length - 1] as Element);
        }
        marks.set(covering, wrapped);
        shown[r] = covering;
      }
      return shown;
    },
    remove(ranges) {
      for (const r of ranges) {
        const list = marks.get(r);
        if (!list) continue;
        marks.delete(r);
        unwrap(list);
      }
    },
    clear() {
      for (const list of marks.values()) unwrap(list);
      marks.clear();
    },
  };
}

/** The text-node slices a range covers, in document order. */
function textPieces(range: Range): { node: Text; start: number; end: number }[] {
  const start = range.startContainer as Text;
  const end = range.endContainer as Text;
  if (start === end) return [{ node: start, start: range.startOffset, end: range.endOffset }];
  const pieces = [{ node: start, start: range.startOffset, end: start.data.length }];
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  walker.currentNode = start;
  for (let node = walker.nextNode(); node && node !== end; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length) pieces.push({ node: text, start: 0, end: text.data.length });
  }
  pieces.push({ node: end, start: 0, end: range.endOffset });
  return pieces.filter((p) => p.end > p.start);
}
