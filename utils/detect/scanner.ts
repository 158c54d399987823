import { type CollectOptions, rangeFor, textChunks } from './collect';
import type { Highlighter } from './highlight';
import { countMentions, type Matcher } from './matcher';
import type { MentionKind } from './types';

/** Name of the performance measure each scan pass records: visible in DevTools and to tests. */
export const SCAN_MEASURE = 'dealscope:scan';

/** One highlighted mention on the page. */
export interface MentionRecord {
  range: Range;
  companyId: string;
  kind: MentionKind;
}

/** A company found on the page and how often it is mentioned. */
export interface CompanyCount {
  id: string;
  name: string;
  count: number;
  /** Of them, mentions in the article itself (see {@link Scanner.counts}). */
  inArticle?: number;
}

/** What a scanner needs from its page; tests hand in their own. */
export interface ScannerEnv extends CollectOptions {
  matcher: Matcher;
  highlighter: Highlighter;
  performance?: Performance;
  /** Gives the browser a turn (input, rendering) between chunks of a long scan. */
  yieldToBrowser?: () => Promise<void>;
  /** Most characters per chunk handed to the matcher. */
  chunkSize?: number;
  /**
   * Characters in the first chunk of a pass; each next chunk is twice the last, up to
   * `chunkSize`: on a page's first scan the code is still cold, and a whole article in one chunk
   * made a task of over 50 ms. The sizes do not depend on time (unless a chunk takes four budgets),
   * so a page is cut the same way on every load: a name read on the evidence of the rest of its
   * chunk ("Mars" where the chunk says "Mars Wrigley") is read the same way each time.
   */
  firstChunkSize?: number;
  /** Milliseconds of work before yielding. */
  budgetMs?: number;
}

/** Finds and highlights mentions on a page, in full passes or only where the page changed. */
export interface Scanner {
  /** Forgets everything and scans `root` again (a new page, or highlighting turned back on). */
  scanAll(root: Node): Promise<void>;
  /** Rescans only these subtrees (new or changed content) and drops mentions of removed text. */
  scanChanged(roots: readonly Node[]): Promise<void>;
  /** Mentions currently shown, in no particular order. */
  mentions(): readonly MentionRecord[];
  /**
   * Companies on the page, most mentioned first. With `inArticle` (true for a node in the article,
   * not in a comment, a cookie banner or a sidebar), each also says how many mentions are in it.
   */
  counts(inArticle?: (node: Node) => boolean): CompanyCount[];
  /** The mention covering a point in a text node, if any. */
  mentionAt(node: Node, offset: number): MentionRecord | undefined;
  /** The open shadow roots on the page that scans have read, for hit tests that enter them. */
  shadowRoots(): ShadowRoot[];
  /** Removes every highlight and forgets every mention. */
  clear(): void;
}

/** Yields with `scheduler.yield()` where it exists, else a zero-delay timer. */
export function defaultYield(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Creates a scanner. Passes run one at a time, in order; a full pass cancels older work. */
export function createScanner(env: ScannerEnv): Scanner {
  const { matcher, highlighter } = env;
  const perf = env.performance;
  const yieldToBrowser = env.yieldToBrowser ?? defaultYield;
  const chunkSize = env.chunkSize ?? 16_384;
  const budgetMs = env.budgetMs ?? 8;
  const firstChunk = Math.min(chunkSize, env.firstChunkSize ?? 2048);
  const smallest = Math.min(firstChunk, 1024);
  const now = () => (perf ? perf.now() : Date.now());

  let records = new Set<MentionRecord>();
  const byNode = new Map<Node, MentionRecord[]>();
  let generation = 0;
  let queue: Promise<void> = Promise.resolve();
  let shadows = new Set<ShadowRoot>();
  const collect: CollectOptions = {
    ...env,
    onShadowRoot(root) {
      shadows.add(root);
      env.onShadowRoot?.(root);
    },
  };

  const index = (record: MentionRecord) => {
    for (const node of [record.range.startContainer, record.range.endContainer]) {
      const list = byNode.get(node);
      if (list) {
        if (!list.includes(record)) list.push(record);
      } else byNode.set(node, [record]);
    }
  };
  const unindex = (record: MentionRecord) => {
    for (const node of [record.range.startContainer, record.range.endContainer]) {
      const list = byNode.get(node);
      if (!list) continue;
      const kept = list.filter((r) => r !== record);
      if (kept.length) byNode.set(node, kept);
      else byNode.delete(node);
    }
  };
  const drop = (dropped: MentionRecord[]) => {
    if (!dropped.length) return;
    highlighter.remove(dropped.map((r) => r.range));
    for (const r of dropped) {
      records.delete(r);
      unindex(r);
    }
  };

  /**
   * Scans one subtree chunk by chunk, yielding when the time budget is spent. `slice` is when the
   * browser last had a turn, shared by the roots of one pass: a pass over thousands of small
   * changed blocks (a markets dashboard's cells) yields between them too.
   */
  async function scanRoot(
    root: Node,
    gen: number,
    stats: { characters: number; mentions: number },
    slice = { start: now() },
  ) {
    let chunkStart = now();
    let nextChunk = firstChunk;
    let slow = false;
    let current = nextChunk;
    const sizes = () => {
      current = nextChunk;
      if (!slow) nextChunk = Math.min(chunkSize, nextChunk * 2);
      return current;
    };
    for (const chunk of textChunks(root, collect, sizes)) {
      if (gen !== generation) return;
      const found = matcher.find(chunk.text);
      stats.characters += chunk.text.length;
      if (found.length) {
        const ranges = found.map((m) => rangeFor(chunk, m.start, m.end));
        const shown = highlighter.add(
          ranges,
          found.map((m) => m.companyId),
        );
        found.forEach((m, i) => {
          const record = { range: shown[i] as Range, companyId: m.companyId, kind: m.kind };
          records.add(record);
          index(record);
        });
        stats.mentions += found.length;
      }
      // Only a machine far slower than usual (a chunk over four budgets) cuts the rest of the pass
      // smaller: a long task is worse than a page cut differently on that machine.
      const done = now();
      if (done - chunkStart > budgetMs * 4) {
        slow = true;
        nextChunk = Math.max(smallest, current >> 2);
      }
      if (done - slice.start > budgetMs) {
        await yieldToBrowser();
        slice.start = now();
      }
      chunkStart = now();
    }
  }

  function measure(start: number, kind: 'full' | 'incremental', stats: object) {
    perf?.measure(SCAN_MEASURE, { start, end: perf.now(), detail: { kind, ...stats } });
  }

  const enqueue = (op: () => Promise<void>): Promise<void> => {
    queue = queue.then(op, op);
    return queue;
  };

  return {
    scanAll(root) {
      generation++;
      const gen = generation;
      return enqueue(async () => {
        // A task of its own: the caller's work (a page's setup, a navigation) is done first.
        await yieldToBrowser();
        if (gen !== generation) return;
        const start = now();
        highlighter.clear();
        records = new Set();
        byNode.clear();
        shadows = new Set();
        const stats = { characters: 0, mentions: 0 };
        await scanRoot(root, gen, stats);
        measure(start, 'full', stats);
      });
    },
    scanChanged(roots) {
      const gen = generation;
      return enqueue(async () => {
        if (gen !== generation) return;
        const start = now();
        // Mentions of text that left the page, or that collapsed, go first.
        drop([...records].filter((r) => !r.range.startContainer.isConnected || r.range.collapsed));
        const live = outermost(roots.filter((r) => r.isConnected));
        // The mentions inside the changed parts go before they are read again: found by walking up
        // from each mention once, not by testing each against every part (thousands of cells).
        const parts = new Set(live);
        drop(
          [...records].filter(
            (r) => insideAny(r.range.startContainer, parts) || insideAny(r.range.endContainer, parts),
          ),
        );
        const stats = { characters: 0, mentions: 0 };
        const slice = { start: now() };
        for (const root of live) {
          await scanRoot(root, gen, stats, slice);
          if (gen !== generation) return;
        }
        measure(start, 'incremental', stats);
      });
    },
    mentions: () => [...records],
    counts: (inArticle) => {
      const sorted = [...records].sort((a, b) => compareRanges(a.range, b.range));
      const inside = new Map<string, number>();
      if (inArticle) {
        for (const r of sorted) {
          if (inArticle(r.range.startContainer)) inside.set(r.companyId, (inside.get(r.companyId) ?? 0) + 1);
        }
      }
      return countMentions(sorted).map(({ companyId, count }) => ({
        id: companyId,
        name: matcher.company(companyId)?.name ?? companyId,
        count,
        ...(inArticle ? { inArticle: inside.get(companyId) ?? 0 } : {}),
      }));
    },
    mentionAt(node, offset) {
      // Highlight API ranges start in text nodes; wrapped ones around the marks, a level or two up.
      let candidates: MentionRecord[] = [];
      for (
        let n: Node | null = node, depth = 0;
        n && depth < 4 && !candidates.length;
        n = n.parentNode, depth++
      ) {
        candidates = byNode.get(n) ?? [];
      }
      return candidates.find((r) => {
        try {
          return (
            r.range.isPointInRange(node, offset) &&
            !(r.range.endContainer === node && r.range.endOffset === offset)
          );
        } catch {
          return false;
        }
      });
    },
    shadowRoots() {
      for (const root of shadows) if (!root.host.isConnected) shadows.delete(root);
      return [...shadows];
    },
    clear() {
      generation++;
      highlighter.clear();
      records = new Set();
      byNode.clear();
      shadows = new Set();
    },
  };
}

/**
 * Document order of two ranges' starts. A range inside a shadow tree counts where its host
 * stands, before the host's own children: that is where the reader sees its text.
 */
function compareRanges(a: Range, b: Range): number {
  const x = a.startContainer;
  const y = b.startContainer;
  try {
    if (x.getRootNode() === y.getRootNode()) return a.compareBoundaryPoints(0 /* START_TO_START */, b);
    const hostsX = hostChain(x);
    const hostsY = hostChain(y);
    for (let level = 0; ; level++) {
      const p = hostsX[level];
      const q = hostsY[level];
      // One start is the host of the other's tree (a wrapped mention starts at an element).
      if (!p || !q) return hostsX.length - hostsY.length;
      if (p === q) continue;
      const position = p.compareDocumentPosition(q);
      if (position & (FOLLOWING | CONTAINED_BY)) return -1;
      if (position & (PRECEDING | CONTAINS)) return 1;
      return 0;
    }
  } catch {
    return 0;
  }
}

/** `Node.compareDocumentPosition` bits. */
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;

/**
 * A node and the hosts of the shadow trees it is in, outermost first: the node standing for it
 * in each tree, from the document down to its own.
 */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; ) {
    const host = (root as ShadowRoot).host;
    chain.unshift(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Drops nodes contained in another node of the list (and duplicates). */
function outermost(nodes: readonly Node[]): Node[] {
  const unique = new Set(nodes);
  return [...unique].filter((n) => !insideAny(parentAcross(n), unique));
}

/** The parent node, or for a shadow root the element hosting it. */
function parentAcross(node: Node): Node | null {
  return node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
}

/** True when `node` is one of `nodes` or inside one, shadow trees included. */
function insideAny(node: Node | null, nodes: ReadonlySet<Node>): boolean {
  for (let n = node; n; n = parentAcross(n)) if (nodes.has(n)) return true;
  return false;
}
