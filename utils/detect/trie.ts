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
  return {
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
  };
}

/** A terminal reached by a walk: which pattern matched and where it ends. */
export interface TrieHit {
  end: number;
  term: number;
}

/** Binary search for the edge of `node` starting with folded code `code`; -1 when none. */
function findEdge(t: TrieTables, node: number, code: number): number {
  let lo = t.edgeStart[node] as number;
  let hi = (t.edgeStart[node + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = t.edgeChar[mid] as number;
    if (c === code) return mid;
    if (c < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Walks the trie over `text` from `start` and calls `onHit` for every terminal whose pattern
 * ends on a word boundary, shortest first. Runs of white space in the text match one space.
 */
export function walkTrie(
  t: TrieTables,
  text: string,
  start: number,
  onHit: (end: number, term: number) => void,
): void {
  const n = text.length;
  const labels = t.labels;
  let node = 0;
  let j = start;
  while (j < n) {
    const edge = findEdge(t, node, foldCode(text.charCodeAt(j)));
    if (edge < 0) return;
    j = advance(text, j);
    const labelAt = t.edgeLabel[edge] as number;
    const length = t.edgeLength[edge] as number;
    for (let k = 1; k < length; k++) {
      if (j >= n) return;
      const want = labels.charCodeAt(labelAt + k);
      if (foldCode(text.charCodeAt(j)) !== want) return;
      j = advance(text, j);
    }
    node = t.edgeTarget[edge] as number;
    const from = t.termStart[node] as number;
    const to = t.termStart[node + 1] as number;
    if (from < to) {
      const boundary = j >= n || !isWordCode(text.charCodeAt(j));
      for (let term = from; term < to; term++) {
        if (boundary || (t.termFlags[term] as number) & NO_END_BOUNDARY) onHit(j, term);
      }
    }
  }
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
