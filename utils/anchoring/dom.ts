import { BLOCK_SEPARATOR, collectText, nextLeftOut, type TextIndex } from '../detect/collect';

/**
 * The page text that passage selectors are written against: the same visible text the company
 * scanner reads, with paragraph breaks as "\n" (one character each, so offsets are unchanged).
 */
export interface PageText {
  text: string;
  index: TextIndex;
  /** Text node → its first position in `index.nodes` (a node with soft hyphens has several). */
  nodePosition: Map<Text, number>;
}

/** Collects the page text of `root`. */
export function readPageText(root: Node): PageText {
  const index = collectText(root);
  const nodePosition = new Map<Text, number>();
  index.nodes.forEach((node, i) => {
    if (!nodePosition.has(node)) nodePosition.set(node, i);
  });
  return { text: index.text.replaceAll(BLOCK_SEPARATOR, '\n'), index, nodePosition };
}

/**
 * The text offset of `offset` in text node `node`, whose first piece is `nodes[first]`. The
 * characters left out of the text (soft hyphens) count as the end of the piece before them.
 */
function textOffset(page: PageText, first: number, node: Text, offset: number): number {
  const { nodes, starts, offsets } = page.index;
  let i = first;
  while (nodes[i + 1] === node && (offsets?.[i + 1] ?? 0) <= offset) i++;
  // The piece runs from its offset to the next soft hyphen in the node.
  const from = offsets?.[i] ?? 0;
  const hyphen = nextLeftOut(node.data, from);
  const end = hyphen < 0 ? node.data.length : hyphen;
  return (starts[i] as number) + Math.min(Math.max(offset, from), end) - from;
}

/**
 * The text offset of a DOM boundary point, or null when it is outside the page text (inside a
 * form field, a hidden part, the extension's own UI). Element boundaries resolve to the nearest
 * text node after them (or before them, for an end point).
 */
export function offsetOf(page: PageText, node: Node, offset: number, isEnd: boolean): number | null {
  if (node.nodeType === 3) {
    const i = page.nodePosition.get(node as Text);
    return i === undefined ? null : textOffset(page, i, node as Text, offset);
  }
  // An element boundary: find the first text node at or after it (start), or the last before it
  // (end), in its own tree (a shadow root's, for a boundary inside a web component).
  const doc = node.ownerDocument ?? (node as Document);
  const tree = node.getRootNode();
  const walker = doc.createTreeWalker(tree.nodeType === 11 ? tree : (doc.body ?? node), NodeFilter.SHOW_TEXT);
  const child = node.childNodes[offset] ?? null;
  if (isEnd) {
    walker.currentNode = child ?? lastDescendant(node);
    if (child) walker.previousNode();
    for (let n: Node | null = walker.currentNode; n; n = walker.previousNode()) {
      const i = page.nodePosition.get(n as Text);
      if (i !== undefined && n.nodeType === 3) return textOffset(page, i, n as Text, (n as Text).data.length);
    }
    return null;
  }
  walker.currentNode = child ?? lastDescendant(node);
  for (let n: Node | null = child ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
    const i = page.nodePosition.get(n as Text);
    if (i !== undefined && n.nodeType === 3) return page.index.starts[i] as number;
  }
  return null;
}

function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/**
 * Text offsets of a selection range, or null when it does not cover page text. A static range
 * from `getComposedRanges` may start and end in different trees (a story and a web component in it).
 */
export function rangeOffsets(page: PageText, range: AbstractRange): { start: number; end: number } | null {
  const start = offsetOf(page, range.startContainer, range.startOffset, false);
  const end = offsetOf(page, range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
