import { baseLetter, foldCode, foldPattern, isUnspacedCode, isWordCode, SPACE, withoutAccents } from './fold';

/**
 * A radix trie of company names in flat typed arrays. It is built at build time (by
 * `npm run build:data`) and shipped ready to use, so a page pays no construction cost: loading
 * means decoding a few arrays, the patterns' first-word table among them, and deriving two small
 * lookup tables (the root's edges, direct child tables for nodes with many edges). A walk costs a table
 * lookup or a binary search per edge and a character comparison per label character.
 */

/** Folded codes of ASCII, and which ASCII codes are word characters: the hot path's tables. */
export const ASCII_FOLD = new Uint16Array(128);
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_FOLD[c] = foldCode(c);
  ASCII_WORD[c] = isWordCode(c) ? 1 : 0;
}

/** Terminal flags. */
export const EXACT = 1; // matches only with the pattern's capitalisation
export const DESCRIPTIVE = 2; // a descriptive phrase ("the Redmond company")
export const AMBIGUOUS = 4; // also a common word: needs company context
export const NO_END_BOUNDARY = 8; // ends in an unspaced script: no word boundary needed after it
export const STRICT = 16; // common-word name that needs strong evidence, not just a nearby cue
/**
 * A descriptive phrase stored without its leading "the" ("Redmond company" for "the Redmond
 * company"): it counts only where "the" comes right before it, and the mention then starts there.
 * "the" is the commonest word of English, so walking from every one of them cost more than a
 * fifth of the matcher's time; the phrase's second word is far rarer.
 */
export const AFTER_THE = 32;
/** A short form ("Altair" of "Altair Engineering"): a mention only where the text names the company. */
export const SHORT = 64;

/** One surface form to compile. */
export interface PatternInput {
  text: string;
  company: number;
  flags: number;
}

/** The compiled tables (plain arrays and strings, so they serialise to JSON). */
export interface TrieTables {
  /** Edges of node n are edgeStart[n] .. edgeStart[n+1]-1, sorted by first character. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeLabel: Int32Array;
  edgeLength: Uint16Array;
  edgeTarget: Int32Array;
  /** All edge labels, concatenated (folded text). */
  labels: string;
  /** Terminals of node n are termStart[n] .. termStart[n+1]-1. */
  termStart: Int32Array;
  termCompany: Int32Array;
  termFlags: Uint8Array;
  /** Original spelling of EXACT terminals ('' for others). */
  termExact: string[];
  /** Derived on load, not shipped: folded code → root edge (-1 for none), to skip a search. */
  rootEdge: Int32Array;
  /** Built with the trie and shipped: the first words of all patterns; see {@link FirstWords}. */
  firstWords: FirstWords;
  /**
   * Derived on load, not shipped: for nodes with many edges, a direct table from folded ASCII
   * code to edge, as the edge's place among the node's edges (NO_CHILD for none), at
   * childTable[childSlot[node] * 128 + c], so the walk skips a binary search where it would be
   * longest. childSlot is -1 for the others. Bytes, to keep it small in the cache.
   */
  childSlot: Int32Array;
  childTable: Uint8Array;
  /**
   * Derived on load, not shipped: what the walk reads of node n, side by side at nodes[n * 4]
   * (where the arrays above kept it in six places, one cache miss each in a walk through names
   * the text rarely has): where the label of the edge into it starts; that label's length, with
   * childSlot[n] + 1 above it (<< 16); edgeStart[n]; termStart[n]. One more record closes the
   * last node's ranges. Edge e leads to node e + 1 (see {@link buildTrie}).
   */
  nodes: Int32Array;
  /**
   * Derived on load, not shipped: the first-word table's slots with all a lookup reads of them side
   * by side, four numbers a slot at wordSlots[slot * 4]: the hash and the shape of
   * {@link FirstWords.slots}, the number of {@link FirstWords.edges}, and for a whole name
   * ({@link wholeOf}) its terminal's company | its flags << 24. A word that begins a name then
   * costs one cache line of the table instead of three or four.
   */
  wordSlots: Int32Array;
}

/** No edge for this character in a direct child table. */
const NO_CHILD = 255;

/** Nodes with at least this many edges get a direct child table. */
const DIRECT_CHILDREN = 6;

function childTables(
  edgeStart: Int32Array,
  edgeChar: Uint16Array,
): Pick<TrieTables, 'childSlot' | 'childTable'> {
  const nodes = edgeStart.length - 1;
  const childSlot = new Int32Array(nodes).fill(-1);
  let slots = 0;
  for (let n = 1; n < nodes; n++) {
    const edges = (edgeStart[n + 1] as number) - (edgeStart[n] as number);
    if (edges >= DIRECT_CHILDREN && edges < NO_CHILD) childSlot[n] = slots++;
  }
  const childTable = new Uint8Array(slots * 128).fill(NO_CHILD);
  for (let n = 1; n < nodes; n++) {
    const slot = childSlot[n] as number;
    if (slot < 0) continue;
    for (let e = edgeStart[n] as number; e < (edgeStart[n + 1] as number); e++) {
      const c = edgeChar[e] as number;
      if (c < 128) childTable[slot * 128 + c] = e - (edgeStart[n] as number);
    }
  }
  return { childSlot, childTable };
}

/** Builds the direct lookup of the root's edges (256 KiB, saves a binary search per word). */
function rootIndex(edgeStart: Int32Array, edgeChar: Uint16Array): Int32Array {
  const table = new Int32Array(65536).fill(-1);
  for (let e = edgeStart[0] as number; e < (edgeStart[1] as number); e++) table[edgeChar[e] as number] = e;
  return table;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  terms: { company: number; flags: number; exact: string }[];
}

/**
 * Builds the tables. Duplicate (pattern, company) pairs collapse; when several companies share
 * a pattern they all stay, in input order, and the matcher decides between them.
 */
export function buildTrie(patterns: readonly PatternInput[]): TrieTables {
  const root: BuildNode = { children: new Map(), terms: [] };
  for (const p of patterns) {
    const key = foldPattern(p.text);
    if (!key) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.children.get(code);
      if (!child) {
        child = { children: new Map(), terms: [] };
        node.children.set(code, child);
      }
      node = child;
    }
    const trimmed = p.text.trim().replace(/\s+/gu, ' ');
    let flags = p.flags;
    if (isUnspacedCode(key.charCodeAt(key.length - 1))) flags |= NO_END_BOUNDARY;
    const exact = flags & EXACT ? trimmed : '';
    // Spellings that differ only in accents are one: the matcher compares them without accents.
    const same = (t: { exact: string }) =>
      t.exact === exact || withoutAccents(t.exact) === withoutAccents(exact);
    if (!node.terms.some((t) => t.company === p.company && t.flags === flags && same(t))) {
      node.terms.push({ company: p.company, flags, exact });
    }
  }

  // Flatten breadth-first, compressing single-child chains without terminals into one edge.
  const edgeStart: number[] = [];
  const edgeChar: number[] = [];
  const edgeLabel: number[] = [];
  const edgeLength: number[] = [];
  const edgeTarget: number[] = [];
  const termStart: number[] = [];
  const termCompany: number[] = [];
  const termFlags: number[] = [];
  const termExact: string[] = [];
  let labels = '';
  const labelIndex = new Map<string, number>();
  const queue: BuildNode[] = [root];
  for (let n = 0; n < queue.length; n++) {
    const node = queue[n] as BuildNode;
    edgeStart.push(edgeChar.length);
    termStart.push(termCompany.length);
    for (const t of node.terms) {
      termCompany.push(t.company);
      termFlags.push(t.flags);
      termExact.push(t.exact);
    }
    const codes = [...node.children.keys()].sort((a, b) => a - b);
    for (const code of codes) {
      let label = String.fromCharCode(code);
      let target = node.children.get(code) as BuildNode;
      while (target.terms.length === 0 && target.children.size === 1) {
        const [[nextCode, next]] = [...target.children] as [[number, BuildNode]];
        label += String.fromCharCode(nextCode);
        target = next;
      }
      let at = labelIndex.get(label);
      if (at === undefined) {
        at = labels.length;
        labels += label;
        labelIndex.set(label, at);
      }
      edgeChar.push(code);
      edgeLabel.push(at);
      edgeLength.push(label.length);
      edgeTarget.push(queue.length);
      queue.push(target);
    }
  }
  edgeStart.push(edgeChar.length);
  termStart.push(termCompany.length);
  return withDerived({
    edgeStart: Int32Array.from(edgeStart),
    edgeChar: Uint16Array.from(edgeChar),
    edgeLabel: Int32Array.from(edgeLabel),
    edgeLength: Uint16Array.from(edgeLength),
    edgeTarget: Int32Array.from(edgeTarget),
    labels,
    termStart: Int32Array.from(termStart),
    termCompany: Int32Array.from(termCompany),
    termFlags: Uint8Array.from(termFlags),
    termExact,
  });
}

/** The tables a trie is stored as; the rest is derived from them when it is built or loaded. */
type StoredTables = Omit<
  TrieTables,
  'rootEdge' | 'firstWords' | 'childSlot' | 'childTable' | 'nodes' | 'wordSlots'
>;

/** Adds the lookup tables derived from the shipped ones. */
function withDerived(t: StoredTables): TrieTables {
  const tables = withChildren(t);
  tables.firstWords = deriveFirstWords(tables);
  tables.wordSlots = wordSlotTable(tables);
  return tables;
}

/** Builds the first-word table from the other tables, as the build does before shipping it. */
export function deriveFirstWords(t: Omit<TrieTables, 'firstWords' | 'nodes' | 'wordSlots'>): FirstWords {
  return firstWordTable(collectFirstWords(t), t);
}

/** Adds the root index and the child tables: {@link withDerived} without the first-word table. */
function withChildren(t: StoredTables): TrieTables {
  const tables = t as TrieTables;
  tables.rootEdge = rootIndex(t.edgeStart, t.edgeChar);
  const { childSlot, childTable } = childTables(t.edgeStart, t.edgeChar);
  tables.childSlot = childSlot;
  tables.childTable = childTable;
  tables.nodes = nodeRecords(tables);
  return tables;
}

/** Builds {@link TrieTables.nodes}. */
function nodeRecords(t: TrieTables): Int32Array {
  const count = t.edgeStart.length - 1;
  const nodes = new Int32Array((count + 1) * 4);
  for (let e = 0; e < t.edgeTarget.length; e++) {
    // Nodes are numbered as the breadth-first flattening makes them: each edge's target after it.
    if (t.edgeTarget[e] !== e + 1) throw new Error('trie tables not in breadth-first order');
  }
  for (let n = 0; n <= count; n++) {
    if (n > 0 && n < count) {
      nodes[n * 4] = t.edgeLabel[n - 1] as number;
      nodes[n * 4 + 1] = (t.edgeLength[n - 1] as number) | (((t.childSlot[n] as number) + 1) << 16);
    }
    nodes[n * 4 + 2] = t.edgeStart[n] as number;
    nodes[n * 4 + 3] = t.termStart[n] as number;
  }
  return nodes;
}

/** Step of the word hash: the same in the table's construction and in the matcher's scan. */
export function hashStep(hash: number, folded: number): number {
  return (Math.imul(hash, 31) + folded) | 0;
}

function wordHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  return hash;
}

/**
 * Every pattern's first word (folded, up to the first character that is not a letter or digit)
 * and where the trie walk stands after it. The matcher hashes each candidate word of the text
 * while it looks for the word's end anyway; a word not in this table cannot begin a pattern and costs no
 * walk, and a word in it resumes the walk after itself instead of searching edge by edge.
 */
export interface FirstWords {
  /**
   * Open addressing, two numbers per slot (eight slots to a cache line): the word's hash; its
   * length | how many label characters of the edge it ends on are matched << 8 | where the word
   * starts in `words` << 16 (0 for an empty slot).
   */
  slots: Int32Array;
  /**
   * By slot, read only once the word is found: the edge the word ends on (low 16 bits), and
   * {@link wholeOf} + 1 above them (0: not a whole name).
   */
  edges: Int32Array;
  /** The words' folded characters (ASCII), one after another. */
  words: Uint8Array;
  /**
   * One bit per hash value modulo 2^17 (16 KiB, stays in the fastest cache): most words of a
   * text that begin no pattern are turned away here without touching the table.
   */
  filter: Uint8Array;
}

/** The {@link wholeWord} value packed into {@link FirstWords.edges} for a slot: -1 for none. */
export function wholeOf(t: TrieTables, slot: number): number {
  return ((t.wordSlots[slot * 4 + 2] as number) >>> 16) - 1;
}

/** For a slot whose word is a whole name ({@link wholeOf}): its company | its flags << 24. */
export function wholeReading(t: TrieTables, slot: number): number {
  return t.wordSlots[slot * 4 + 3] as number;
}

/** Builds {@link TrieTables.wordSlots}. */
function wordSlotTable(t: TrieTables): Int32Array {
  const fw = t.firstWords;
  const size = fw.edges.length;
  const table = new Int32Array(size * 4);
  for (let slot = 0; slot < size; slot++) {
    table[slot * 4] = fw.slots[slot * SLOT] as number;
    table[slot * 4 + 1] = fw.slots[slot * SLOT + 1] as number;
    const edges = fw.edges[slot] as number;
    table[slot * 4 + 2] = edges;
    const whole = (edges >>> 16) - 1;
    if (whole < 0) continue;
    const term = whole >> 1;
    const company = t.termCompany[term] as number;
    if (company >= 1 << 24) throw new Error('company index does not fit the first-word slots');
    table[slot * 4 + 3] = company | ((t.termFlags[term] as number) << 24);
  }
  return table;
}

/** Bits of {@link FirstWords.filter}. */
const FILTER_MASK = (1 << 17) - 1;

function filterBit(hash: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 15) & FILTER_MASK;
}

/** Numbers per slot of {@link FirstWords.slots}. */
const SLOT = 2;

function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 7) & mask;
}

/** One first word and where the walk stands after it (see {@link FirstWords}). */
interface FirstWordEntry {
  word: string;
  edge: number;
  offset: number;
}

/** Collects the first words by a depth-first walk that stops where each first word ends. */
function collectFirstWords(t: Omit<TrieTables, 'firstWords' | 'nodes' | 'wordSlots'>): FirstWordEntry[] {
  const entries: FirstWordEntry[] = [];
  const seen = new Set<string>();
  const add = (word: string, edge: number, offset: number) => {
    if (seen.has(word)) return;
    seen.add(word);
    entries.push({ word, edge, offset });
  };
  // Stack of (node, edge into it, word so far); the root has no edge and no word.
  const stack: [number, number, string][] = [[0, -1, '']];
  while (stack.length) {
    const [node, into, word] = stack.pop() as [number, number, string];
    if (into >= 0 && (t.termStart[node + 1] as number) > (t.termStart[node] as number)) {
      add(word, into, t.edgeLength[into] as number);
    }
    for (let e = t.edgeStart[node] as number; e < (t.edgeStart[node + 1] as number); e++) {
      const label = t.labels.slice(
        t.edgeLabel[e] as number,
        (t.edgeLabel[e] as number) + (t.edgeLength[e] as number),
      );
      let k = 0;
      while (k < label.length && isWordCode(label.charCodeAt(k))) k++;
      if (k === label.length) stack.push([t.edgeTarget[e] as number, e, word + label]);
      else if (k > 0) add(word + label.slice(0, k), e, k);
      else if (into >= 0) add(word, into, t.edgeLength[into] as number);
    }
  }
  return entries;
}

/** The hash table over first words (cheap: one hash per word). */
function firstWordTable(
  all: readonly FirstWordEntry[],
  t: Omit<TrieTables, 'firstWords' | 'nodes' | 'wordSlots'>,
): FirstWords {
  // The scan hashes words of ASCII letters and digits only; other words take the careful path.
  const entries = all.filter((e) => /^[A-Za-z0-9]+$/.test(e.word));
  let size = 64;
  // Load factor up to 7/8: a miss is nearly always turned away by the filter before a probe.
  while (size * 0.875 < entries.length) size *= 2;
  const slots = new Int32Array(size * SLOT);
  const edges = new Int32Array(size);
  const filter = new Uint8Array((FILTER_MASK + 1) / 8);
  const words = new Uint8Array(entries.reduce((sum, e) => sum + e.word.length, 0));
  let at = 0;
  for (const entry of entries) {
    const hash = wordHash(entry.word);
    const bit = filterBit(hash);
    filter[bit >>> 3] = (filter[bit >>> 3] as number) | (1 << (bit & 7));
    let slot = slotOf(hash, size - 1);
    while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & (size - 1);
    if (entry.word.length > 0xff || entry.offset > 0xff || at > 0xffff)
      throw new Error(`first word "${entry.word}" does not fit the table's packing`);
    slots[slot * SLOT] = hash;
    slots[slot * SLOT + 1] = entry.word.length | (entry.offset << 8) | (at << 16);
    const whole = wholeWord(t, entry);
    if (entry.edge > 0xffff || whole >= 0x7fff)
      throw new Error(`first word "${entry.word}" does not fit the table's packing`);
    edges[slot] = entry.edge | ((whole + 1) << 16);
    for (let k = 0; k < entry.word.length; k++) words[at++] = entry.word.charCodeAt(k);
  }
  return { slots, edges, words, filter };
}

/**
 * The one terminal of `node` when it is its only reading and a plain one (not exact-case, not
 * after "the"): the common case, which needs none of the matcher's checks. Else -1.
 */
export function plainTerminal(t: Pick<TrieTables, 'termStart' | 'termFlags'>, node: number): number {
  const term = t.termStart[node] as number;
  if (t.termStart[node + 1] !== term + 1 || (t.termFlags[term] as number) & (EXACT | AFTER_THE)) return -1;
  return term;
}

/**
 * When the first word alone is a whole name with one plain reading (not exact-case, not after
 * "the") and no longer pattern goes on from it except after a space: that terminal × 2, plus 1
 * if some pattern goes on after a space; else -1. Then the word not followed by a space is a hit
 * without a walk (most mentions are one word: "Xiaomi", "Nvidia's").
 */
function wholeWord(t: Omit<TrieTables, 'firstWords' | 'nodes' | 'wordSlots'>, entry: FirstWordEntry): number {
  if (entry.offset !== t.edgeLength[entry.edge]) return -1;
  const node = t.edgeTarget[entry.edge] as number;
  const term = plainTerminal(t, node);
  if (term < 0) return -1;
  let spaced = 0;
  for (let e = t.edgeStart[node] as number; e < (t.edgeStart[node + 1] as number); e++) {
    if (t.edgeChar[e] !== SPACE) return -1;
    spaced = 1;
  }
  return term * 2 + spaced;
}

/**
 * The first-word slot for the ASCII word text[start, end) with hash `hash`, or -1: then no
 * pattern can begin at `start`.
 */
export function firstWordAt(t: TrieTables, text: string, start: number, end: number, hash: number): number {
  const fw = t.firstWords;
  const bit = filterBit(hash);
  if (((fw.filter[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return -1;
  const slots = t.wordSlots;
  const words = fw.words;
  const mask = slots.length / 4 - 1;
  const length = end - start;
  for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
    const at = slot * 4;
    const shape = slots[at + 1] as number;
    if (shape === 0) return -1;
    if (slots[at] !== hash || (shape & 0xff) !== length) continue;
    const from = shape >>> 16;
    let k = 0;
    while (k < length && ASCII_FOLD[text.charCodeAt(start + k) & 127] === words[from + k]) k++;
    if (k === length) return slot;
  }
}

/** Reusable result of {@link longestMatch}, to keep the hot loop free of allocations. */
export interface MatchScratch {
  /** Ends and nodes of terminal nodes passed, shallowest first. */
  ends: Int32Array;
  nodes: Int32Array;
  count: number;
}

/** Scratch space for {@link longestMatch}; one per matcher call is enough. */
export function createScratch(): MatchScratch {
  return { ends: new Int32Array(512), nodes: new Int32Array(512), count: 0 };
}

/**
 * Walks the trie from `start` and records every terminal node reached on a word boundary (or
 * ending in an unspaced script), shallowest first, in `scratch`. Runs of white space in the
 * text match one space of a pattern. Written for speed: ASCII tables, a direct root lookup for
 * the first character, a binary search per edge after it, no callbacks or allocations.
 */
export function longestMatch(t: TrieTables, text: string, start: number, scratch: MatchScratch): void {
  scratch.count = 0;
  const c0 = text.charCodeAt(start);
  const f0 = c0 < 128 ? (ASCII_FOLD[c0] as number) : foldCode(c0);
  const edge = t.rootEdge[f0] as number;
  if (edge >= 0) walkFrom(t, text, f0 === SPACE ? skipSpace(text, start + 1) : start + 1, edge, 1, scratch);
}

/**
 * {@link longestMatch} for a walk whose first word, ending at `end`, was found in the
 * first-word table as `entry` (see {@link firstWordAt}): it goes on from where that word leaves it.
 */
export function longestMatchAfter(
  t: TrieTables,
  text: string,
  end: number,
  entry: number,
  scratch: MatchScratch,
): void {
  scratch.count = 0;
  const slots = t.wordSlots;
  walkFrom(
    t,
    text,
    end,
    (slots[entry * 4 + 2] as number) & 0xffff,
    ((slots[entry * 4 + 1] as number) >>> 8) & 0xff,
    scratch,
  );
}

/**
 * The walk itself: `k` characters of the label of `edge` (into node edge + 1) are matched and the
 * text is read up to `j`. It reads the nodes' records ({@link TrieTables.nodes}).
 */
function walkFrom(
  t: TrieTables,
  text: string,
  j0: number,
  edge0: number,
  k0: number,
  scratch: MatchScratch,
): void {
  const n = text.length;
  const { labels, edgeChar, termFlags, childTable, nodes } = t;
  const ends = scratch.ends;
  const found = scratch.nodes;
  let count = 0;
  let node = edge0 + 1;
  let k = k0;
  let j = j0;
  while (true) {
    const at = node * 4;
    const labelAt = nodes[at] as number;
    const lengthSlot = nodes[at + 1] as number;
    const length = lengthSlot & 0xffff;
    for (; k < length; k++) {
      if (j >= n) {
        scratch.count = count;
        return;
      }
      const c = text.charCodeAt(j);
      const f = c < 128 ? (ASCII_FOLD[c] as number) : foldCode(c);
      if (f !== labels.charCodeAt(labelAt + k)) {
        scratch.count = count;
        return;
      }
      j = f === SPACE ? skipSpace(text, j + 1) : j + 1;
    }
    const term = nodes[at + 3] as number;
    if ((nodes[at + 7] as number) > term && count < 512) {
      const after = j < n ? text.charCodeAt(j) : 32;
      const boundary = after < 128 ? ASCII_WORD[after] === 0 : !isWordCode(after);
      if (boundary || (termFlags[term] as number) & NO_END_BOUNDARY) {
        ends[count] = j;
        found[count] = node;
        count++;
      }
    }
    if (j >= n) break;
    const c0 = text.charCodeAt(j);
    const f0 = c0 < 128 ? (ASCII_FOLD[c0] as number) : foldCode(c0);
    const first = nodes[at + 2] as number;
    const slot = (lengthSlot >>> 16) - 1;
    if (slot >= 0 && f0 < 128) {
      const place = childTable[slot * 128 + f0] as number;
      if (place === NO_CHILD) break;
      node = first + place + 1;
      j = f0 === SPACE ? skipSpace(text, j + 1) : j + 1;
      k = 1;
      continue;
    }
    // Binary search among the node's edges (sorted by first character).
    let lo = first;
    let hi = (nodes[at + 6] as number) - 1;
    let edge = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = edgeChar[mid] as number;
      if (c === f0) {
        edge = mid;
        break;
      }
      if (c < f0) lo = mid + 1;
      else hi = mid - 1;
    }
    if (edge < 0) break;
    node = edge + 1;
    j = f0 === SPACE ? skipSpace(text, j + 1) : j + 1;
    k = 1;
  }
  scratch.count = count;
}

/** Position after a run of white space starting at or after `j`. */
function skipSpace(text: string, j: number): number {
  let k = j;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || (c > 127 && foldCode(c) === SPACE)) k++;
    else break;
  }
  return k;
}

/** True for ASCII letters and digits, and word characters of any script. */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c);
}

/** Next position after the unit at `j`; a white-space unit swallows the run that follows it. */
function advance(text: string, j: number): number {
  if (foldCode(text.charCodeAt(j)) !== SPACE) return j + 1;
  let k = j + 1;
  while (k < text.length && foldCode(text.charCodeAt(k)) === SPACE) k++;
  return k;
}

/** True when text[start, end) spells `exact`, allowing white-space runs and typographic quotes. */
export function sameSpelling(text: string, start: number, end: number, exact: string): boolean {
  // Written exactly so: the common case, compared natively.
  if (end - start === exact.length && text.startsWith(exact, start)) return true;
  let i = start;
  let k = 0;
  while (i < end && k < exact.length) {
    const a = text.charCodeAt(i);
    const b = exact.charCodeAt(k);
    // Same character (patterns keep only single ASCII spaces, which need the run check below).
    if (a === b && a !== 32) {
      i++;
      k++;
      continue;
    }
    const fa = foldCode(a);
    if (fa === SPACE && foldCode(b) === SPACE) {
      i = advance(text, i);
      k++;
      continue;
    }
    // Letters must match in case, with or without their accents ("Hermes" is "Hermès", "HERMES"
    // is not); apostrophes may differ in form (hyphens fold to a space).
    if (a !== b && !(fa === 39 && fa === foldCode(b)) && baseLetter(a) !== baseLetter(b)) return false;
    i++;
    k++;
  }
  return i === end && k === exact.length;
}

const B64 = typeof Buffer !== 'undefined';

function toBase64(bytes: Uint8Array): string {
  if (B64) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] as number);
  return btoa(s);
}

/** `Uint8Array.fromBase64` where the engine has it (native; Chromium 140+, Firefox 133+). */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (b64: string) => Uint8Array }).fromBase64;

function fromBase64(b64: string): Uint8Array {
  // A fresh buffer each: the typed-array views made from it must start at offset 0.
  if (nativeFromBase64) return nativeFromBase64(b64);
  if (B64) return new Uint8Array(Buffer.from(b64, 'base64'));
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The tables as JSON-friendly data (typed arrays as little-endian base64). */
export interface SerialisedTrie {
  edgeStart: string;
  edgeChar: string;
  edgeLabel: string;
  edgeLength: string;
  edgeTarget: string;
  labels: string;
  termStart: string;
  termCompany: string;
  termFlags: string;
  termExact: string[];
  /**
   * The first-word table ({@link FirstWords}), built at build time: building it on a page took
   * 10-20 ms in cold code, decoding it takes well under one.
   */
  firstWords: { slots: string; edges: string; words: string; filter: string };
}

const bytesOf = (a: Int32Array | Uint16Array | Uint8Array) =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Encodes tables for shipping. */
export function serialiseTrie(t: TrieTables): SerialisedTrie {
  return {
    edgeStart: toBase64(bytesOf(t.edgeStart)),
    edgeChar: toBase64(bytesOf(t.edgeChar)),
    edgeLabel: toBase64(bytesOf(t.edgeLabel)),
    edgeLength: toBase64(bytesOf(t.edgeLength)),
    edgeTarget: toBase64(bytesOf(t.edgeTarget)),
    labels: t.labels,
    termStart: toBase64(bytesOf(t.termStart)),
    termCompany: toBase64(bytesOf(t.termCompany)),
    termFlags: toBase64(bytesOf(t.termFlags)),
    termExact: t.termExact,
    firstWords: {
      slots: toBase64(bytesOf(t.firstWords.slots)),
      edges: toBase64(bytesOf(t.firstWords.edges)),
      words: toBase64(t.firstWords.words),
      filter: toBase64(t.firstWords.filter),
    },
  };
}

function deserialiseFirstWords(s: SerialisedTrie['firstWords']): FirstWords {
  return {
    slots: new Int32Array(fromBase64(s.slots).buffer),
    edges: new Int32Array(fromBase64(s.edges).buffer),
    words: fromBase64(s.words),
    filter: fromBase64(s.filter),
  };
}

/** Decodes shipped tables; a few milliseconds even for the full gazetteer. */
export function deserialiseTrie(s: SerialisedTrie): TrieTables {
  const tables = withChildren(decodeTables(s));
  tables.firstWords = deserialiseFirstWords(s.firstWords);
  tables.wordSlots = wordSlotTable(tables);
  return tables;
}

/**
 * {@link deserialiseTrie} in two tasks, with `pause` between them: the shipped tables, then the
 * child tables, which are built by a loop that runs slowly while the page's first scan has not
 * made it hot yet.
 */
export async function deserialiseTrieInSteps(
  s: SerialisedTrie,
  pause: () => Promise<void>,
): Promise<TrieTables> {
  const decoded = decodeTables(s);
  const firstWords = deserialiseFirstWords(s.firstWords);
  await pause();
  const tables = withChildren(decoded);
  tables.firstWords = firstWords;
  tables.wordSlots = wordSlotTable(tables);
  return tables;
}

function decodeTables(s: SerialisedTrie): StoredTables {
  const i32 = (b: string) => new Int32Array(fromBase64(b).buffer);
  const u16 = (b: string) => new Uint16Array(fromBase64(b).buffer);
  return {
    edgeStart: i32(s.edgeStart),
    edgeChar: u16(s.edgeChar),
    edgeLabel: i32(s.edgeLabel),
    edgeLength: u16(s.edgeLength),
    edgeTarget: i32(s.edgeTarget),
    labels: s.labels,
    termStart: i32(s.termStart),
    termCompany: i32(s.termCompany),
    termFlags: fromBase64(s.termFlags),
    termExact: s.termExact,
  };
}
