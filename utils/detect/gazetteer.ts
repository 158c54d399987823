import {
  AFTER_THE,
  AMBIGUOUS,
  buildTrie,
  DESCRIPTIVE,
  deserialiseTrie,
  EXACT,
  type PatternInput,
  type SerialisedTrie,
  STRICT,
  serialiseTrie,
  type TrieTables,
} from './trie';
import type { CompanyEntry, CompanyInfo } from './types';

/** Everything the matcher needs: companies, the compiled name trie and the ticker table. */
export interface Gazetteer {
  companies: CompanyInfo[];
  /**
   * Company ids and "not before" words by index, apart from the company objects: those come in
   * several shapes (optional fields), and reading them in the matcher's loops made its optimised
   * code bail out again and again.
   */
  ids: string[];
  notBefore: (readonly string[] | null)[];
  trie: TrieTables;
  /** Ticker (upper case, "." and "-" unified to "-") → company index. */
  tickers: Map<string, number>;
  /**
   * Where a walk may start, by the first two ASCII characters as names are written (index
   * c0 * 128 + c1; c1 = 0 stands for "any"). A lower-case word ("said", "market") cannot begin
   * "Microsoft", so most of a text's words are skipped; "the" stays (descriptive phrases), as do
   * the few names written in lower case ("eBay"). Non-ASCII starts are always tried.
   */
  startAllowed: Uint8Array;
  /** The pairs the table was made from (kept for serialising). */
  startPairs: string[];
  /** First words written in lower case only ("the" of descriptive phrases, "abrdn", "trivago"). */
  lowerWords: string[];
  /**
   * Finds where a walk may start: an upper-case letter or digit (a capital inside a word, the
   * "B" of "eBay", leads back to its start; digits count only before a letter, a hyphen or a
   * capitalised word, see the matcher), any non-ASCII character, or one of {@link lowerWords};
   * and where tickers may be (":", "$", "(").
   * Stateful (`lastIndex`); the matcher is synchronous, so one per gazetteer is enough.
   */
  starts: RegExp;
}

/** The shipped form of a gazetteer (what `npm run build:data` writes). */
export interface SerialisedGazetteer {
  version: 1;
  companies: CompanyInfo[];
  trie: SerialisedTrie;
  /** First two characters of the names as written; see {@link Gazetteer.startAllowed}. */
  startPairs: string[];
  /** See {@link Gazetteer.lowerWords}. */
  lowerWords: string[];
}

function startTable(pairs: readonly string[]): Uint8Array {
  const table = new Uint8Array(128 * 128);
  for (const pair of pairs) {
    const c0 = pair.charCodeAt(0);
    if (c0 >= 128) continue;
    const lower = c0 >= 97 && c0 <= 122;
    // Upper case and digits: any second character (and text in capitals, "MICROSOFT").
    if (!lower) {
      table[c0 * 128] = 1;
      continue;
    }
    const c1 = pair.length > 1 ? pair.charCodeAt(1) : 32;
    if (c1 < 128) table[c0 * 128 + c1] = 1;
    table[(c0 - 32) * 128] = 1; // "The ..." for "the ...", "EBAY" for "eBay"
  }
  return table;
}

/** The distinct first words of patterns written in lower-case ASCII letters only. */
function lowerWordsOf(texts: readonly string[]): string[] {
  const words = texts.map((t) => /^[\p{L}\p{N}\p{M}]+/u.exec(t.trim())?.[0] ?? '');
  return [...new Set(words.filter((w) => /^[a-z]+$/.test(w)))].sort();
}

/** See {@link Gazetteer.starts}. Only plain lower-case words from the data go into the RegExp. */
function startsPattern(lowerWords: readonly string[]): RegExp {
  const words = lowerWords.filter((w) => /^[a-z]+$/.test(w));
  return new RegExp(
    `[A-Z0-9$(:\\u0080-\\u1fff\\u2070-\\uffff]${words.length ? `|\\b(?:${words.join('|')})\\b` : ''}`,
    'g',
  );
}

/** The distinct first two characters of patterns as written. */
function pairsOf(texts: readonly string[]): string[] {
  return [...new Set(texts.map((t) => t.trim().slice(0, 2)).filter(Boolean))];
}

/** Normalises a ticker for lookup: "BRK.B" and "brk-b" are the same listing. */
export function tickerKey(ticker: string): string {
  return ticker.toUpperCase().replace(/\./g, '-');
}

/**
 * Compiles entries into a gazetteer. Entry order is priority: when two companies claim the same
 * name or ticker, the earlier one wins unless the text names the other (see the matcher).
 */
export function compileGazetteer(entries: readonly CompanyEntry[]): Gazetteer {
  const companies: CompanyInfo[] = [];
  const patterns: PatternInput[] = [];
  const index = new Map<string, number>();
  for (const entry of entries) {
    if (index.has(entry.id)) continue;
    const company = companies.length;
    index.set(entry.id, company);
    const info: CompanyInfo = { id: entry.id, name: entry.name };
    if (entry.tickers?.length) info.tickers = entry.tickers;
    if (entry.country) info.country = entry.country;
    if (entry.hq) info.hq = entry.hq;
    if (entry.notBefore?.length) info.notBefore = entry.notBefore.map((w) => w.toLowerCase());
    companies.push(info);
    const exact = new Set([...(entry.caseSensitive ?? []), ...(entry.exactCase ?? [])]);
    const common = EXACT | AMBIGUOUS | (entry.strict ? STRICT : 0);
    for (const form of entry.caseSensitive ?? []) patterns.push({ text: form, company, flags: common });
    for (const form of entry.exactCase ?? []) patterns.push({ text: form, company, flags: EXACT });
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      if (!exact.has(form)) patterns.push({ text: form, company, flags: 0 });
    }
    for (const phrase of entry.descriptive ?? []) {
      const rest = /^the\s+(.+)$/isu.exec(phrase.trim())?.[1];
      if (rest) patterns.push({ text: rest, company, flags: DESCRIPTIVE | AFTER_THE });
      else patterns.push({ text: phrase, company, flags: DESCRIPTIVE });
    }
  }
  const startPairs = pairsOf(patterns.map((p) => p.text));
  const lowerWords = lowerWordsOf(patterns.map((p) => p.text));
  return {
    companies,
    ...byIndex(companies),
    trie: buildTrie(patterns),
    tickers: tickerTable(companies),
    startAllowed: startTable(startPairs),
    startPairs,
    lowerWords,
    starts: startsPattern(lowerWords),
  };
}

function byIndex(companies: readonly CompanyInfo[]): Pick<Gazetteer, 'ids' | 'notBefore'> {
  return { ids: companies.map((c) => c.id), notBefore: companies.map((c) => c.notBefore ?? null) };
}

function tickerTable(companies: readonly CompanyInfo[]): Map<string, number> {
  const tickers = new Map<string, number>();
  for (let i = 0; i < companies.length; i++) {
    const list = (companies[i] as CompanyInfo).tickers;
    if (!list) continue;
    for (const t of list) {
      // Shipped tickers are upper case; only a "." needs the key's form.
      const key = t.includes('.') || t !== t.toUpperCase() ? tickerKey(t) : t;
      if (!tickers.has(key)) tickers.set(key, i);
    }
  }
  return tickers;
}

/** Encodes a gazetteer for shipping. */
export function serialiseGazetteer(g: Gazetteer): SerialisedGazetteer {
  return {
    version: 1,
    companies: g.companies,
    trie: serialiseTrie(g.trie),
    startPairs: g.startPairs,
    lowerWords: g.lowerWords,
  };
}

/** Decodes the shipped gazetteer. */
export function loadGazetteer(data: SerialisedGazetteer): Gazetteer {
  return {
    companies: data.companies,
    ...byIndex(data.companies),
    trie: deserialiseTrie(data.trie),
    tickers: tickerTable(data.companies),
    startAllowed: startTable(data.startPairs),
    startPairs: data.startPairs,
    lowerWords: data.lowerWords,
    starts: startsPattern(data.lowerWords),
  };
}
