import { BLOCK_SEPARATOR, collectText, type TextIndex } from '../detect/collect';

/**
 * The page text that passage selectors are written against: the same visible text the company
 * scanner reads, with paragraph breaks as "\n" (one character each, so offsets are unchanged).
 */
export interface PageText {
  text: string;
  index: TextIndex;
  /** Text node → its position in `index.nodes`. */
  nodePosition: Map<Text, number>;
}

/** Collects the page text of `root`. */
export function readPageText(root: Node): PageText {
  const index = collectText(root);
  const nodePosition = new Map<Text, number>();
  index.nodes.forEach((node, i) => {
    nodePosition.set(node, i);
  });
  return { text: index.text.replaceAll(BLOCK_SEPARATOR, '\n'), index, nodePosition };
}

/**
 * The text offset of a DOM boundary point, or null when it is outside the page text (inside a
 * form field, a hidden part, the extension's own UI). Element boundaries resolve to the nearest
 * text node after them (or before them, for an end point).
 */
export function offsetOf(page: PageText, node: Node, offset: number, isEnd: boolean): number | null {
  if (node.nodeType === 3) {
    const i = page.nodePosition.get(node as Text);
    if (i !== undefined)
      return (page.index.starts[i] as number) + Math.min(offset, (node as Text).data.length);
    return null;
  }
  // An element boundary: find the first text node at or after it (start), or the last before it (end).
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(doc.body ?? node, NodeFilter.SHOW_TEXT);
  const child = node.childNodes[offset] ?? null;
  if (isEnd) {
    walker.currentNode = child ?? lastDescendant(node);
    if (child) walker.previousNode();
    for (let n: Node | null = walker.currentNode; n; n = walker.previousNode()) {
      const i = page.nodePosition.get(n as Text);
      if (i !== undefined && n.nodeType === 3)
        return (page.index.starts[i] as number) + (n as Text).data.length;
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

/** Text offsets of a selection range, or null when it does not cover page text. */
export function rangeOffsets(page: PageText, range: Range): { start: number; end: number } | null {
  const start = offsetOf(page, range.startContainer, range.startOffset, false);
  const end = offsetOf(page, range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
