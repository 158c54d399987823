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

/** Something that shows a set of ranges and can take them away again. */
export interface Highlighter {
  /** Replaces what is shown with `ranges`; `companyIds[i]` labels `ranges[i]`. */
  show(ranges: readonly Range[], companyIds: readonly string[]): void;
  /** Removes every highlight this highlighter made. */
  clear(): void;
  /** Which mechanism is in use. */
  readonly mode: 'highlight-api' | 'wrap';
}

interface HighlightGlobals {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/** Picks the Highlight API when `win` has it, the wrapping fallback otherwise. */
export function createHighlighter(win: Window, name = COMPANY_HIGHLIGHT): Highlighter {
  const g = win as unknown as HighlightGlobals;
  const registry = g.CSS?.highlights;
  const HighlightCtor = g.Highlight;
  if (registry && HighlightCtor) {
    return {
      mode: 'highlight-api',
      show(ranges) {
        registry.set(name, new HighlightCtor(...ranges));
      },
      clear() {
        registry.delete(name);
      },
    };
  }
  return createWrappingHighlighter(win.document, name);
}

/** The fallback: wraps each text-node piece of each range in a custom element. */
export function createWrappingHighlighter(doc: Document, name = COMPANY_HIGHLIGHT): Highlighter {
  let marks: Element[] = [];
  const clear = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    marks = [];
  };
  return {
    mode: 'wrap',
    clear,
    show(ranges, companyIds) {
      clear();
      // Last range first, so splitting text nodes never shifts a range not yet wrapped.
      for (let r = ranges.length - 1; r >= 0; r--) {
        const range = ranges[r] as Range;
        for (const piece of textPieces(range).reverse()) {
          const mark = doc.createElement(FALLBACK_TAG);
          mark.setAttribute('data-highlight', name);
          mark.setAttribute('data-company', companyIds[r] ?? '');
          const middle = piece.node.splitText(piece.start);
          middle.splitText(piece.end - piece.start);
          middle.parentNode?.insertBefore(mark, middle);
          mark.appendChild(middle);
          marks.push(mark);
        }
      }
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
