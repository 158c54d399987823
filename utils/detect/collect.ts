/**
 * DOM side of detection: collects the text a reader sees into one string, remembers which text
 * node each character came from, and turns matcher offsets back into DOM `Range`s. Inline markup
 * does not break words ("Micro<em>soft</em>" is one string), block boundaries do.
 */

/** Placed between blocks so no name is matched across a paragraph boundary. */
export const BLOCK_SEPARATOR = '\u2029';

/** Elements whose content a reader never sees as article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Inline elements: text on either side of them belongs to the same run of words. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'DEALSCOPE-MARK',
]);

/** The text of a document region with a map back to its text nodes. */
export interface TextIndex {
  text: string;
  /** The text nodes the text comes from; one node may give several pieces (see `offsets`). */
  nodes: Text[];
  /** `starts[k]` is the offset in `text` where the piece of `nodes[k]` begins. */
  starts: number[];
  /**
   * `offsets[k]` is where that piece begins in the node's own data (0 when left out): a node
   * is cut into pieces where characters are left out of the text (soft hyphens).
   */
  offsets?: number[];
}

/**
 * Characters left out of the text the matcher reads: the soft hyphen, invisible unless the browser
 * breaks the line there, which publishers that hyphenate put inside words ("Mi&shy;cro&shy;soft"),
 * and the invisible breaks newsletters and CMSs put inside names ("Cr&#8203;owdStrike"): zero-width
 * space, word joiner, zero-width no-break space.
 */
const LEFT_OUT = /[\u00ad\u200b\u2060\ufeff]/g;

/** Where the next character left out of the text is in `data`, from `from`; -1 for none. */
export function nextLeftOut(data: string, from: number): number {
  LEFT_OUT.lastIndex = from;
  return LEFT_OUT.exec(data)?.index ?? -1;
}

/** What counts as hidden; passed in so tests can run without a layout engine. */
export interface CollectOptions {
  /** Returns true for an element whose subtree a reader cannot see. */
  isHidden?: (el: Element) => boolean;
  /** Returns true for elements to skip entirely (the extension's own UI, for instance). */
  isExcluded?: (el: Element) => boolean;
  /**
   * Told of each open shadow root the walk enters (pages built from web components keep their
   * text there), so that the caller can watch it for changes and style highlights inside it.
   */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Told of each hidden element whose subtree the walk leaves out. */
  onHidden?: (el: Element) => void;
  /**
   * Told of each custom element (a name with a "-") without an open shadow root yet: one whose
   * definition loads later may still attach one, with text the walk could not see.
   */
  onBareCustomElement?: (el: Element) => void;
}

/**
 * The element's open shadow root, if it has one. A page that closes a shadow root keeps it to
 * itself (and the extension's own UI lives in closed ones): those are not read.
 */
export function openShadowRoot(node: Node): ShadowRoot | null {
  return node.nodeType === 1 ? ((node as Element).shadowRoot ?? null) : null;
}

/** The parent node; for a shadow root, the element hosting it. */
function parentAcross(node: Node): Node | null {
  if (node.nodeType === 11) return (node as ShadowRoot).host ?? null;
  return node.parentNode;
}

/**
 * True when `node` is `ancestor` or inside it, shadow trees included: `Node.contains` stops at
 * a shadow root, so a paragraph in a web component is not "contained" by the article around it.
 */
export function containsAcross(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = parentAcross(n)) if (n === ancestor) return true;
  return false;
}

/** Hidden by markup or by computed style, where the browser can tell. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') {
    return !html.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/**
 * True for the extension's own UI (cards, composers), which is never scanned. The fallback
 * highlighter's `<dealscope-mark>` wraps page text, so it is not UI and stays scannable.
 */
export function isDealscopeElement(el: Element): boolean {
  const name = el.localName;
  return (name.startsWith('dealscope-') && name !== 'dealscope-mark') || el.hasAttribute('data-dealscope-ui');
}

/**
 * Walks `root` and concatenates its visible text. Skips non-text elements, form fields,
 * contenteditable regions, hidden subtrees and excluded elements.
 */
export function collectText(root: Node, options: CollectOptions = {}): TextIndex {
  const [only] = textChunks(root, options, Number.POSITIVE_INFINITY);
  return only ?? { text: '', nodes: [], starts: [] };
}

/**
 * The same text cut into chunks of roughly `chunkSize` characters, always at a block boundary,
 * so no name is ever split between chunks. Lazy: each chunk is collected when asked for, which
 * lets a caller yield to the browser between chunks of a large page. A function as `chunkSize`
 * is asked again for each chunk.
 */
export function* textChunks(
  root: Node,
  options: CollectOptions = {},
  chunkSize: number | (() => number) = 16_384,
): Generator<TextIndex> {
  const limit = typeof chunkSize === 'function' ? chunkSize : () => chunkSize;
  let size = limit();
  const isHidden = options.isHidden ?? isHiddenElement;
  const isExcluded = options.isExcluded ?? isDealscopeElement;
  const doc = root.ownerDocument ?? (root as Document);
  const NodeFilterRef = doc.defaultView?.NodeFilter ?? NodeFilter;
  let parts: string[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let offsets: number[] = [];
  let length = 0;
  let lastWasSeparator = true;

  const pushSeparator = () => {
    if (lastWasSeparator) return;
    parts.push(BLOCK_SEPARATOR);
    length += 1;
    lastWasSeparator = true;
  };
  // A text node's data, in pieces between characters left out (the whole data, nearly always).
  const pushText = (node: Text) => {
    const data = node.data;
    for (let from = 0; from <= data.length; ) {
      const at = nextLeftOut(data, from);
      const to = at < 0 ? data.length : at;
      if (to > from) {
        nodes.push(node);
        starts.push(length);
        offsets.push(from);
        parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
        length += to - from;
        lastWasSeparator = false;
      }
      if (at < 0) break;
      from = at + 1;
    }
  };
  const take = (): TextIndex => {
    const chunk = { text: parts.join(''), nodes, starts, offsets };
    parts = [];
    nodes = [];
    starts = [];
    offsets = [];
    length = 0;
    lastWasSeparator = true;
    return chunk;
  };

  const filter = {
    acceptNode(node: Node) {
      if (node.nodeType === 3) return NodeFilterRef.FILTER_ACCEPT;
      const el = node as Element;
      if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return NodeFilterRef.FILTER_REJECT;
      if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true')
        return NodeFilterRef.FILTER_REJECT;
      if (isExcluded(el)) return NodeFilterRef.FILTER_REJECT;
      if (isHidden(el)) {
        options.onHidden?.(el);
        return NodeFilterRef.FILTER_REJECT;
      }
      return NodeFilterRef.FILTER_ACCEPT;
    },
  };
  const walkerOf = (from: Node) =>
    doc.createTreeWalker(from, NodeFilterRef.SHOW_ELEMENT | NodeFilterRef.SHOW_TEXT, filter);

  // A rescan may start inside a part a reader does not see (a textarea whose text changed, a
  // hidden panel): the walker only filters descendants, so check the root's own ancestry.
  // The ancestry goes on past a shadow root to its host.
  for (let n: Node | null = root.nodeType === 3 ? parentAcross(root) : root; n; n = parentAcross(n)) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isExcluded(el)) return;
    if (isHidden(el)) {
      // Told too: a page that hides its whole <body> while it loads shows it later.
      options.onHidden?.(el);
      return;
    }
    if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') return;
  }
  // A text node as the root has no walk: it is its own chunk.
  if (root.nodeType === 3) {
    pushText(root as Text);
    if (nodes.length) yield take();
    return;
  }

  // The walker gives no "leaving element" event, so a block's end is detected when the next
  // node is not inside it; a separator before and after each block is enough for matching.
  // A chunk is handed out only once the walker has moved past it, so a caller that splits the
  // chunk's text nodes (the wrapping fallback) cannot make the walk visit them again.
  // An open shadow root is walked where its host stands, as a block of its own; then the walk
  // goes on into the host's own children, which show only where the shadow tree slots them in
  // (the others have no box, so they count as hidden).
  const walkers: TreeWalker[] = [];
  const enter = (from: Node) => {
    const shadow = openShadowRoot(from);
    if (!shadow) {
      if (from.nodeType === 1 && (from as Element).localName.includes('-'))
        options.onBareCustomElement?.(from as Element);
      return;
    }
    options.onShadowRoot?.(shadow);
    pushSeparator();
    walkers.push(walkerOf(shadow));
  };
  walkers.push(walkerOf(root));
  enter(root);
  let cut = false;
  while (walkers.length) {
    const walker = walkers[walkers.length - 1] as TreeWalker;
    const node = walker.nextNode();
    if (!node) {
      walkers.pop();
      if (walkers.length) pushSeparator();
      continue;
    }
    if (cut) {
      yield take();
      cut = false;
      size = limit();
    }
    if (node.nodeType === 3) {
      if (!(node as Text).data) continue;
      pushText(node as Text);
      if (isLastInBlock(node, root)) pushSeparator();
    } else {
      if (!INLINE_TAGS.has((node as Element).tagName.toUpperCase())) pushSeparator();
      enter(node);
    }
    if (lastWasSeparator && length >= size) cut = true;
  }
  if (nodes.length) yield take();
}

/** True when a text node is the last text before its nearest block ancestor ends. */
function isLastInBlock(node: Node, root: Node): boolean {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return false;
    const parent: Node | null = current.parentNode;
    if (parent && parent.nodeType === 1 && !INLINE_TAGS.has((parent as Element).tagName.toUpperCase()))
      return true;
    current = parent;
  }
  return true;
}

/** Index of the node containing `offset` (binary search over `starts`). */
function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM range for text[start, end); it may span several text nodes. */
export function rangeFor(index: TextIndex, start: number, end: number): Range {
  const a = nodeAt(index, start);
  const b = nodeAt(index, end - 1);
  const startNode = index.nodes[a] as Text;
  const endNode = index.nodes[b] as Text;
  const range = startNode.ownerDocument.createRange();
  // Offsets are clamped to their nodes: an end that falls on a block separator (which has no
  // node of its own) ends at the last character before it.
  const startAt = start - (index.starts[a] as number) + (index.offsets?.[a] ?? 0);
  const endAt = end - (index.starts[b] as number) + (index.offsets?.[b] ?? 0);
  range.setStart(startNode, Math.min(startNode.length, Math.max(0, startAt)));
  range.setEnd(endNode, Math.min(endNode.length, Math.max(0, endAt)));
  return range;
}

/**
 * {@link rangeFor} for text that may run from one tree into another (from the page into a web
 * component's shadow root): a range cannot leave its tree, so there is one range a tree, in text
 * order.
 */
export function rangesFor(index: TextIndex, start: number, end: number): Range[] {
  const a = nodeAt(index, start);
  const b = nodeAt(index, end - 1);
  const tree = (k: number) => (index.nodes[k] as Text).getRootNode();
  let oneTree = true;
  for (let k = a + 1; k <= b && oneTree; k++) oneTree = tree(k) === tree(a);
  if (oneTree) return [rangeFor(index, start, end)];
  const out: Range[] = [];
  let from = a;
  for (let k = a; k <= b; k++) {
    if (k < b && tree(k + 1) === tree(k)) continue;
    // Text nodes from..k are in one tree: their part of [start, end).
    let groupStart = from === a ? start : (index.starts[from] as number);
    let groupEnd = k === b ? end : (index.starts[k + 1] as number);
    // The white space between the trees is no part of either.
    while (groupStart < groupEnd && /\s/.test(index.text[groupStart] as string)) groupStart++;
    while (groupEnd > groupStart && /\s/.test(index.text[groupEnd - 1] as string)) groupEnd--;
    if (groupEnd > groupStart) out.push(rangeFor(index, groupStart, groupEnd));
    from = k + 1;
  }
  return out;
}
