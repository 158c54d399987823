/**
 * Describing a passage so it can be found again, after the W3C Web Annotation model (as the
 * Hypothesis client does it): a quote selector (the exact text with some context before and
 * after) and a position selector (character offsets). Re-anchoring trusts the quote, not the
 * position: the position only breaks ties. A passage that cannot be found is reported as such,
 * never attached to other text. Pure functions over a string, so they test without a browser.
 */

/** The quoted text with context: https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets in the page text: https://www.w3.org/TR/annotation-model/#text-position-selector */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors of a passage note. */
export interface PassageTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Where a passage was found, and how. */
export interface Anchor {
  start: number;
  end: number;
  /** 'exact': the quote itself; 'fuzzy': a close match between its old context. */
  how: 'exact' | 'fuzzy';
}

/** Characters of context stored on each side. */
export const CONTEXT_LENGTH = 32;
/** How similar a changed passage must stay to be re-anchored (1 = identical). */
export const MIN_SIMILARITY = 0.75;
/** Longest quote the fuzzy search compares (its cost is quadratic). */
const MAX_FUZZY_LENGTH = 2_000;

/** Describes text[start, end) as quote and position selectors. */
export function describePassage(text: string, start: number, end: number): PassageTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Finds a described passage in (possibly changed) text; null when it is gone. */
export function anchorPassage(text: string, target: PassageTarget): Anchor | null {
  const { exact, prefix, suffix } = target.quote;
  if (!exact) return null;
  const hint = target.position.start;

  // 1. The quote itself, wherever it is: context decides between repeats, then nearness.
  const occurrences: number[] = [];
  for (
    let at = text.indexOf(exact);
    at !== -1 && occurrences.length < 1_000;
    at = text.indexOf(exact, at + 1)
  ) {
    occurrences.push(at);
  }
  if (occurrences.length) {
    let best = occurrences[0] as number;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const at of occurrences) {
      const score =
        commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
        commonPrefixLength(text.slice(at + exact.length, at + exact.length + suffix.length), suffix) -
        Math.abs(at - hint) / Math.max(1, text.length);
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    return { start: best, end: best + exact.length, how: 'exact' };
  }

  // 2. The quote changed a little (a typo fixed): look between its old prefix and suffix.
  if (exact.length > MAX_FUZZY_LENGTH) return null;
  return fuzzyBetweenContext(text, target.quote, hint);
}

function fuzzyBetweenContext(text: string, quote: TextQuoteSelector, hint: number): Anchor | null {
  const { exact, prefix, suffix } = quote;
  const prefixKey = prefix.slice(-Math.min(prefix.length, CONTEXT_LENGTH));
  const suffixKey = suffix.slice(0, Math.min(suffix.length, CONTEXT_LENGTH));
  const candidates: [number, number][] = [];
  const minLength = Math.floor(exact.length * 0.7);
  const maxLength = Math.ceil(exact.length * 1.3) + 2;
  const starts = prefixKey.length >= 8 ? allIndexes(text, prefixKey).map((i) => i + prefixKey.length) : [];
  const ends = suffixKey.length >= 8 ? allIndexes(text, suffixKey) : [];
  // With one side of the context known, the other end is tried a few characters either way.
  const slack = Array.from({ length: 17 }, (_, i) => i - 8);
  for (const s of starts) {
    const e = ends.find((x) => x - s >= minLength && x - s <= maxLength);
    if (e !== undefined) candidates.push([s, e]);
    else for (const d of slack) candidates.push([s, s + exact.length + d]);
  }
  if (!starts.length)
    for (const e of ends) for (const d of slack) candidates.push([Math.max(0, e - exact.length - d), e]);
  if (!starts.length && !ends.length && prefixKey.length === 0) {
    // A passage at the very start of the text has no prefix to look for.
    for (const d of slack) candidates.push([0, exact.length + d]);
  }
  let best: Anchor | null = null;
  let bestScore = MIN_SIMILARITY;
  // Numbers are what a passage states: a near copy with other figures (the next entry of a live
  // blog, "2 times" for "3 times") is another passage, never the reader's.
  const figures = numbersOf(exact);
  // So are the names it gives: "would give IBM a foothold" is not "would give Tesla a foothold",
  // however alike the rest of two sentences of a wire story's template are.
  const names = namesOf(exact);
  // A candidate starts and ends where the quote did: at a word's edge, or inside a word if the
  // reader's selection was (one side of the context known, the other end is only a guess).
  const cutAtStart = isWordChar(prefix.charCodeAt(prefix.length - 1)) && isWordChar(exact.charCodeAt(0));
  const cutAtEnd = isWordChar(exact.charCodeAt(exact.length - 1)) && isWordChar(suffix.charCodeAt(0));
  for (const [s0, e0] of candidates) {
    // A match never reaches into the next or previous paragraph unless the quote itself did.
    let s = s0;
    let e = Math.min(e0, text.length);
    if (!exact.includes('\n')) {
      const breakAt = text.slice(s, e).lastIndexOf('\n');
      if (breakAt !== -1) {
        const firstBreak = text.slice(s, e).indexOf('\n');
        // Keep the side of the break that holds most of the candidate.
        if (firstBreak > e - s - breakAt - 1) e = s + firstBreak;
        else s = s + breakAt + 1;
      }
    }
    if (e <= s || numbersOf(text.slice(s, e)) !== figures) continue;
    if (cutsWord(text, s) !== cutAtStart || cutsWord(text, e) !== cutAtEnd) continue;
    if (!sameNames(names, namesOf(text.slice(s, e)))) continue;
    const similarity = 1 - levenshtein(text.slice(s, e), exact) / Math.max(exact.length, e - s);
    const score = similarity - Math.abs(s - hint) / Math.max(1, text.length) / 100;
    if (similarity >= MIN_SIMILARITY && score > bestScore - 1e-9) {
      best = { start: s, end: e, how: 'fuzzy' };
      bestScore = score;
    }
  }
  return best;
}

/** The numbers written in `text`, in order (digits only: "1,500" and "1500" are one figure). */
function numbersOf(text: string): string {
  return (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/[,.]/g, '')).join(' ');
}

/** Letters and digits, in any script. */
function isWordChar(c: number): boolean {
  return !Number.isNaN(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** True when `at` falls inside a word: word characters on both sides. */
function cutsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && isWordChar(text.charCodeAt(at - 1)) && isWordChar(text.charCodeAt(at));
}

/**
 * The capitalised words of `text` that are not a sentence's first word: the names it gives
 * ("Washington", "IBM"). Words cut at the edges of `text` are left out.
 */
function namesOf(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’.-]*/gu)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at).trimEnd();
    // The first word of the text or of a sentence is capitalised whatever it is.
    if (before === '' || /[.!?:"“‘(]$/.test(before)) continue;
    if (at + m[0].length === text.length && m[0].length < 3) continue;
    names.push(m[0].replace(/[.'’]+$/, ''));
  }
  return names;
}

/**
 * True when two lists of names are the same names, allowing a fixed typo in one ("Micorsoft",
 * "Microsoft"; "IMB", "IBM"): each name of either list has a counterpart in the other.
 */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.some((y) => sameName(x, y))) && b.every((y) => a.some((x) => sameName(x, y)));
}

/** One edit, a quarter of the letters, or two neighbours swapped. */
function sameName(x: string, y: string): boolean {
  const edits = levenshtein(x, y);
  if (edits <= Math.max(1, Math.floor(Math.max(x.length, y.length) / 4))) return true;
  if (edits !== 2 || x.length !== y.length) return false;
  const i = [...x].findIndex((c, k) => c !== y[k]);
  return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}

function allIndexes(text: string, key: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(key); at !== -1 && out.length < 200; at = text.indexOf(key, at + 1))
    out.push(at);
  return out;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Edit distance with two rows of memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let curr = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(
        (prev[j] as number) + 1,
        (curr[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}
