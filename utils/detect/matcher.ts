import type { CompanyEntry, Mention, PatternKind } from './types';

/**
 * The pure matcher: a dictionary of company names compiled into a character trie that is walked
 * only from word starts. It knows nothing about the DOM, so it can be tested and benchmarked on
 * plain strings, and the same code runs on any text (page, note body, quote).
 */

interface Terminal {
  companyId: string;
  kind: PatternKind;
  /** Set for names that only count with their exact capitalisation. */
  exact?: string;
  /** Whether the pattern ends in a letter that needs a word boundary after it. */
  needsEndBoundary: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminals?: Terminal[];
}

/** A compiled dictionary, ready to find mentions in any text. */
export interface Matcher {
  /** Every mention in `text`, in order, without overlaps; see {@link findMentions}. */
  find(text: string): Mention[];
  /** The entry for a company id. */
  company(id: string): CompanyEntry | undefined;
  /** Number of surface forms compiled. */
  readonly patternCount: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Scripts written without spaces between words: a name in them needs no word boundary.
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const SPACE_CHAR = /\s/u;
const APOSTROPHES = /[\u2018\u2019\u02bc]/gu;
const DASHES = /[\u2010\u2011\u2012\u2013]/gu;

const foldCache = new Map<string, string>();

/**
 * Folds one UTF-16 unit for matching: lower case, any white space to " ", typographic
 * apostrophes and hyphens to ASCII. It never changes length, so offsets in the folded text are
 * offsets in the original.
 */
function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (SPACE_CHAR.test(ch)) folded = ' ';
    else {
      const lower = ch.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, '-');
      folded = lower.length === 1 ? lower : ch;
    }
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Folds a whole string unit by unit (same length as the input). */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string);
  return out;
}

/** Collapses runs of white space so patterns have single spaces, as the walk expects. */
function normalisePattern(pattern: string): string {
  return pattern.trim().replace(/\s+/gu, ' ');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

function isUnspaced(ch: string | undefined): boolean {
  return ch !== undefined && UNSPACED_CHAR.test(ch);
}

/**
 * Compiles a dictionary. Names are matched case-insensitively, except those listed in
 * `caseSensitive`; when two companies claim the same surface form, the first one listed wins,
 * so results are deterministic.
 */
export function compileMatcher(entries: readonly CompanyEntry[]): Matcher {
  const root: TrieNode = { next: new Map() };
  const byId = new Map<string, CompanyEntry>();
  const seen = new Set<string>();
  let patternCount = 0;

  const add = (raw: string, companyId: string, kind: PatternKind, exact: boolean): void => {
    const pattern = normalisePattern(raw);
    if (!pattern) return;
    const folded = foldText(pattern);
    const key = `${exact ? pattern : folded}\u0000${exact}`;
    if (seen.has(key)) return;
    seen.add(key);
    let node = root;
    for (const ch of folded) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    const terminal: Terminal = {
      companyId,
      kind,
      needsEndBoundary: !isUnspaced(pattern[pattern.length - 1]),
    };
    if (exact) terminal.exact = pattern;
    if (!node.terminals) node.terminals = [];
    node.terminals.push(terminal);
    patternCount++;
  };

  for (const entry of entries) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    for (const name of entry.caseSensitive ?? []) add(name, entry.id, 'name', true);
    const insensitive = [entry.name, ...(entry.aliases ?? [])].filter(
      (n) => !(entry.caseSensitive ?? []).includes(n),
    );
    for (const name of insensitive) add(name, entry.id, 'name', false);
    for (const phrase of entry.descriptive ?? []) add(phrase, entry.id, 'descriptive', false);
  }

  return {
    find: (text) => findMentions(root, text),
    company: (id) => byId.get(id),
    patternCount,
  };
}

/**
 * Walks the trie from every word start (and every character of unspaced scripts) and keeps the
 * longest acceptable match there; after a match the scan resumes at its end, so mentions never
 * overlap and earlier, longer names win. Descriptive phrases are dropped for companies the text
 * never names directly.
 */
function findMentions(root: TrieNode, text: string): Mention[] {
  const folded = foldText(text);
  const found: Mention[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const ch = folded[i] as string;
    const prev = i > 0 ? folded[i - 1] : undefined;
    const canStart = isUnspaced(ch) || (isWordChar(ch) && !isWordChar(prev));
    if (!canStart) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = root;
    let best: Mention | undefined;
    let j = i;
    while (node && j < n) {
      const c = folded[j] as string;
      let child: TrieNode | undefined = node.next.get(c);
      if (c === ' ') {
        // Any run of white space in the text matches the single space of a pattern.
        while (j + 1 < n && folded[j + 1] === ' ') j++;
      }
      if (!child) break;
      node = child;
      j++;
      if (node.terminals) {
        const after = folded[j];
        for (const t of node.terminals) {
          if (t.needsEndBoundary && isWordChar(after)) continue;
          if (t.exact !== undefined && !sameExceptSpace(text, i, j, t.exact)) continue;
          best = { start: i, end: j, companyId: t.companyId, kind: t.kind };
          break;
        }
      }
      child = undefined;
    }
    if (best) {
      found.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  const named = new Set(found.filter((m) => m.kind === 'name').map((m) => m.companyId));
  return found.filter((m) => m.kind === 'name' || named.has(m.companyId));
}

/** Compares text[start, end) with a case-sensitive pattern, letting white space runs differ. */
function sameExceptSpace(text: string, start: number, end: number, pattern: string): boolean {
  const slice = text.slice(start, end).replace(/\s+/gu, ' ');
  return (
    slice.replace(APOSTROPHES, "'").replace(DASHES, '-') ===
    pattern.replace(APOSTROPHES, "'").replace(DASHES, '-')
  );
}

/** Counts mentions per company, most mentioned first, ties by first appearance. */
export function countMentions(mentions: readonly Mention[]): { companyId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.companyId, (counts.get(m.companyId) ?? 0) + 1);
  return [...counts].map(([companyId, count]) => ({ companyId, count })).sort((a, b) => b.count - a.count);
}
