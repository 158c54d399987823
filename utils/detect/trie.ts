import { foldCode, foldPattern, isUnspacedCode, isWordCode, SPACE } from './fold';

/**
 * A radix trie of company names in flat typed arrays. It is built at build time (by
 * `npm run build:data`) and shipped ready to use, so a page pays no construction cost: loading
 * means decoding a few arrays. Walking it from a word start costs one binary search per edge and
 * a character comparison per label character.
 */

/** Terminal flags. */
export const EXACT = 1; // matches only with the pattern's capitalisation
export const DESCRIPTIVE = 2; // a descriptive phrase ("the Redmond company")
export const AMBIGUOUS = 4; // also a common word: needs company context
export const NO_END_BOUNDARY = 8; // ends in an unspaced script: no word boundary needed after it
export const STRICT = 16; // common-word name that needs strong evidence, not just a nearby cue

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
    if (!node.terms.some((t) => t.company === p.company && t.flags === flags && t.exact === exact)) {
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
  const starts = Int32Array.from(edgeStart);
  const chars = Uint16Array.from(edgeChar);
  return {
    rootEdge: rootIndex(starts, chars),
    edgeStart: starts,
    edgeChar: chars,
    edgeLabel: Int32Array.from(edgeLabel),
    edgeLength: Uint16Array.from(edgeLength),
    edgeTarget: Int32Array.from(edgeTarget),
    labels,
    termStart: Int32Array.from(termStart),
    termCompany: Int32Array.from(termCompany),
    termFlags: Uint8Array.from(termFlags),
    termExact,
  };
}

/** Folded codes of ASCII, and which ASCII codes are word characters: the hot path's tables. */
const ASCII_FOLD = new Uint16Array(128);
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_FOLD[c] = foldCode(c);
  ASCII_WORD[c] = isWordCode(c) ? 1 : 0;
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
  const n = text.length;
  const { labels, edgeStart, edgeChar, edgeLabel, edgeLength, edgeTarget, termStart, termFlags } = t;
  const ends = scratch.ends;
  const nodes = scratch.nodes;
  let count = 0;
  let c0 = text.charCodeAt(start);
  let edge = t.rootEdge[c0 < 128 ? (ASCII_FOLD[c0] as number) : foldCode(c0)] as number;
  let j = start + 1;
  let node = 0;
  while (edge >= 0) {
    if (c0 === 32 || (c0 > 127 && foldCode(c0) === SPACE) || c0 === 9 || c0 === 10 || c0 === 13)
      j = skipSpace(text, j);
    const labelAt = edgeLabel[edge] as number;
    const length = edgeLength[edge] as number;
    let mismatch = false;
    for (let k = 1; k < length; k++) {
      if (j >= n) {
        mismatch = true;
        break;
      }
      const c = text.charCodeAt(j);
      const f = c < 128 ? (ASCII_FOLD[c] as number) : foldCode(c);
      if (f !== labels.charCodeAt(labelAt + k)) {
        mismatch = true;
        break;
      }
      j = f === SPACE ? skipSpace(text, j + 1) : j + 1;
    }
    if (mismatch) break;
    node = edgeTarget[edge] as number;
    if ((termStart[node + 1] as number) > (termStart[node] as number) && count < 512) {
      const after = j < n ? text.charCodeAt(j) : 32;
      const boundary = after < 128 ? ASCII_WORD[after] === 0 : !isWordCode(after);
      if (boundary || (termFlags[termStart[node] as number] as number) & NO_END_BOUNDARY) {
        ends[count] = j;
        nodes[count] = node;
        count++;
      }
    }
    if (j >= n) break;
    c0 = text.charCodeAt(j);
    const f0 = c0 < 128 ? (ASCII_FOLD[c0] as number) : foldCode(c0);
    // Binary search among the node's edges (sorted by first character).
    let lo = edgeStart[node] as number;
    let hi = (edgeStart[node + 1] as number) - 1;
    edge = -1;
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
    j++;
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
  let i = start;
  let k = 0;
  while (i < end && k < exact.length) {
    const a = text.charCodeAt(i);
    const b = exact.charCodeAt(k);
    const fa = foldCode(a);
    if (fa === SPACE && foldCode(b) === SPACE) {
      i = advance(text, i);
      k++;
      continue;
    }
    // Letters must match exactly; only apostrophes and dashes may differ in form.
    if (a !== b && !((fa === 39 || fa === 45) && fa === foldCode(b))) return false;
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

function fromBase64(b64: string): Uint8Array {
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
  };
}

/** Decodes shipped tables; a few milliseconds even for the full gazetteer. */
export function deserialiseTrie(s: SerialisedTrie): TrieTables {
  const i32 = (b: string) => new Int32Array(fromBase64(b).buffer);
  const u16 = (b: string) => new Uint16Array(fromBase64(b).buffer);
  const edgeStart = i32(s.edgeStart);
  const edgeChar = u16(s.edgeChar);
  return {
    rootEdge: rootIndex(edgeStart, edgeChar),
    edgeStart,
    edgeChar,
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
