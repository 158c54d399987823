import { withoutAccents } from './fold';
import {
  AFTER_THE,
  AMBIGUOUS,
  buildTrie,
  DESCRIPTIVE,
  deserialiseTrie,
  deserialiseTrieInSteps,
  EXACT,
  type PatternInput,
  type SerialisedTrie,
  SHORT,
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
  notAfter: (readonly string[] | null)[];
  /** Each company's {@link CompanyEntry.notNear} as one RegExp, or null. */
  notNear: (RegExp | null)[];
  /** Each company's own products ({@link CompanyEntry.products}), or null. */
  products: (readonly string[] | null)[];
  /**
   * 1 for a company with an everyday-word name ({@link CompanyEntry.caseSensitive}): its "not
   * before" and "not after" words are about that name ("Affirm that"), not about its longer ones
   * ("Affirm Holdings and Klarna").
   */
  everyday: Uint8Array;
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
  /**
   * Where a walk may start at an accented Latin letter: the first two characters, in lower case,
   * of the names that begin with one ({@link latinStartKey}). Accents are optional one way only:
   * "Nestle" is Nestlé, but "über" is no Uber.
   */
  accentedStarts: Set<number>;
  /** The pairs the table was made from (kept for serialising). */
  startPairs: string[];
  /**
   * Where names written in lower case begin: the first word with the punctuation right after it
   * when there is one ("abrdn", "trivago", "e." of "e.l.f. Beauty", "i-" of "i-80 Gold").
   */
  lowerNames: string[];
  /**
   * Lower-case first words of descriptive phrases stored without their "the" ("search" of "the
   * search giant"): they begin a phrase only right after a "the".
   */
  theWords: string[];
  /**
   * By ASCII code: whether a lower-case name, "the" or a phrase word may begin with it (bits, see
   * {@link lowerStartAt}).
   */
  lowerFirst: Uint8Array;
  /**
   * Finds where a walk may start: an upper-case letter (a capital inside a word, the "B" of
   * "eBay", leads back to its start), a non-ASCII letter, and after a space or an opening bracket
   * one of {@link lowerNames} or "the" and one of {@link theWords}; and the characters after which
   * those lower-case starts may also come (quotes, dashes, line breaks, see {@link lowerStartAt}).
   * A hit is the last character matched. Everything else, most of a text, is skipped in native
   * code. Digits and ticker markers are looked for next to the capitalised words it finds.
   * Stateful (`lastIndex`); the matcher is synchronous, so one per gazetteer is enough.
   */
  starts: RegExp;
}

/** The shipped form of a gazetteer (what `npm run build:data` writes). */
export interface SerialisedGazetteer {
  version: 2;
  companies: CompanyInfo[];
  trie: SerialisedTrie;
  /** First two characters of the names as written; see {@link Gazetteer.startAllowed}. */
  startPairs: string[];
  /** See {@link Gazetteer.lowerNames}. */
  lowerNames: string[];
  /** See {@link Gazetteer.theWords}. */
  theWords: string[];
}

/** True for the accented letters of the Latin script (Latin-1 to Latin Extended-B, and Extended Additional). */
export function isAccentedLatin(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** The key of {@link Gazetteer.accentedStarts} for a start of `c0` then `c1` (0: any). */
export function latinStartKey(c0: number, c1: number): number {
  return lowerCode(c0) * 65536 + (c1 ? lowerCode(c1) : 0);
}

function accentedStartSet(pairs: readonly string[]): Set<number> {
  const set = new Set<number>();
  for (const pair of pairs) {
    const c0 = pair.charCodeAt(0);
    if (!isAccentedLatin(c0)) continue;
    // In lower case, so text in capitals ("ØRSTED") and in title case meet the same key; a name
    // of one character gets 0 for its second.
    set.add(latinStartKey(c0, pair.length > 1 ? pair.charCodeAt(1) : 0));
  }
  return set;
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

/**
 * The distinct starts of patterns whose first word is written in lower-case ASCII letters and
 * digits, with a letter ("trivago", "i3", "89bio"): the word, and the punctuation right after it
 * if any ("e." of "e.l.f. Beauty").
 */
function lowerStartsOf(texts: readonly string[]): string[] {
  const starts = texts.map(
    (t) => /^(?=[0-9]*[a-z])[a-z0-9]+(?![\p{L}\p{N}\p{M}])[^\s\p{L}\p{N}\p{M}]?/u.exec(t.trim())?.[0] ?? '',
  );
  return [...new Set(starts.filter(Boolean))].sort();
}

/**
 * `text` as a RegExp source that matches it literally, outside a character class; valid with the
 * `u` flag too (which refuses needless escapes such as `\-`).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The character class of {@link Gazetteer.starts}: capitals, non-ASCII letters, and the
 * non-ASCII characters after which a lower-case start may come (an opening quote, an en or em
 * dash, a paragraph separator, a no-break space). Non-ASCII is taken in wide ranges that leave
 * out only general punctuation (dashes, curly quotes, U+2000-U+206F) and currency signs
 * (U+20A0-U+20CF): the Latin-1 symbols come along and are turned away by the matcher. Digits and
 * ticker markers are not in it: the matcher looks for them next to capitalised words ("3i Group",
 * "$TSLA", "(MSFT)", "Nasdaq: MSFT"). A class of more than about 16 ranges made V8's RegExp three
 * times slower, and every ASCII character in it costs on every character of a text: the ASCII
 * characters a lower-case start may follow lead the alternative instead ({@link LOWER_LEAD}).
 */
const START_CLASS = '[A-Z\\u00a0-\\u1fff\\u2013\\u2014\\u2018\\u201c\\u2029\\u2070-\\u209f\\u20d0-\\uffff]';

/** The ASCII characters after which a lower-case start may come: space, "(", tab, line break, '"'. */
const LOWER_LEAD = '[ (\\t\\n"]';

/**
 * See {@link Gazetteer.starts}. V8 runs a RegExp that is one character class several times
 * faster than one with alternatives, so the class carries everything it can (see
 * {@link START_CLASS}) and the matcher sorts the hits out. One alternative remains, led by a
 * space, bracket, tab, line break or straight quote, which most positions fail on at once: then
 * "the" and a {@link Gazetteer.theWords} word, or a {@link Gazetteer.lowerNames} name.
 *
 * What that alternative costs, in units of one charCodeAt pass over the bench text (measured with
 * the RegExp alone): the class by itself about 0.95; any second alternative, even one no position
 * can match, about 0.25 more; entering it at every space about 0.15; "the" phrases about 0.1; the
 * lower-case names about 0.3, a tenth less when grouped by first character. Other shapes came out
 * no cheaper: gated by a lookahead or a lookbehind, led by a union class, or run as a second
 * RegExp (the names alone, without the space lead, cost about 2.4 on their own). A lead that is
 * rare in text would make the alternative cheap (about 0.12 in all), but a lower-case start
 * follows a space.
 */
function startsPattern(lowerNames: readonly string[], theWords: readonly string[]): RegExp {
  // Grouped by first character: "i(?:3\\b|ndie\\b|oneer\\b)", "t(?:he\\s+(?:...)\\b|rivago\\b)".
  const byFirst = new Map<string, string[]>();
  const add = (first: string, rest: string) => byFirst.set(first, [...(byFirst.get(first) ?? []), rest]);
  if (theWords.length) {
    const rest = `he\\s+(?:${theWords.join('|')})\\b`;
    add('T', rest);
    add('t', rest);
  }
  for (const name of lowerNames) {
    const pattern = lowerNamePattern(name);
    add(pattern.charAt(0), pattern.slice(1));
  }
  const lower = [...byFirst].map(([first, rests]) =>
    rests.length === 1 ? `${first}${rests[0]}` : `${first}(?:${rests.join('|')})`,
  );
  return new RegExp(`${lower.length ? `${LOWER_LEAD}(?:${lower.join('|')})|` : ''}${START_CLASS}`, 'g');
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** ASCII letters, digits and "_": word characters to `\b`. */
function isAsciiWord(c: number): boolean {
  return isLowerLetter(c | 32) || (c >= 48 && c <= 57) || c === 95;
}

/** "trivago" → `trivago\b`; "e." → `e(?=\.)`: the match ends inside the name's first word. */
function lowerNamePattern(start: string): string {
  const word = /^[a-z0-9]+/.exec(start)?.[0] ?? '';
  const after = start.slice(word.length);
  return after ? `${word}(?=${escapeRegExp(after)})` : `${word}\\b`;
}

/**
 * Where a lower-case start begins at `at`: one of the gazetteer's names written in lower case
 * ({@link Gazetteer.lowerNames}) is there, or "the" and a {@link Gazetteer.theWords} word, whose
 * position is returned; else -1. The RegExp finds these after the ASCII characters that may come
 * before one ({@link LOWER_LEAD}); the matcher asks here after the others and at the start of a
 * text.
 */
export function lowerStartAt(g: Gazetteer, text: string, at: number): number {
  const c = text.charCodeAt(at);
  const first = c < 128 ? (g.lowerFirst[c] as number) : 0;
  if (first & LOWER_NAME) for (const start of g.lowerNames) if (startsWord(text, at, start)) return at;
  if (!(first & THE) || !startsWord(text, at + 1, 'he')) return -1;
  let word = at + 3;
  while (isSpace(text.charCodeAt(word))) word++;
  const w0 = text.charCodeAt(word);
  if (word === at + 3 || w0 >= 128 || !((g.lowerFirst[w0] as number) & THE_WORD)) return -1;
  for (const w of g.theWords) if (startsWord(text, word, w)) return word;
  return -1;
}

/** {@link Gazetteer.lowerFirst} bits: a lower-case name, "the", a phrase word begins with it. */
const LOWER_NAME = 1;
const THE = 2;
const THE_WORD = 4;

function lowerFirstTable(lowerNames: readonly string[], theWords: readonly string[]): Uint8Array {
  const table = new Uint8Array(128);
  const mark = (c: number, bit: number) => {
    table[c] = (table[c] as number) | bit;
  };
  for (const start of lowerNames) mark(start.charCodeAt(0), LOWER_NAME);
  for (const word of theWords) mark(word.charCodeAt(0), THE_WORD);
  if (theWords.length) {
    mark(84, THE); // "The"
    mark(116, THE); // "the"
  }
  return table;
}

/**
 * True when `start` is written at `at` and, if it ends in a letter, ends a word there ("trivago",
 * not "trivagos"), as `\b` in the RegExp has it.
 */
function startsWord(text: string, at: number, start: string): boolean {
  if (!text.startsWith(start, at)) return false;
  return !isAsciiWord(start.charCodeAt(start.length - 1)) || !isAsciiWord(text.charCodeAt(at + start.length));
}

/** White space as `\s` has it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** The distinct first two characters of patterns as written. */
function pairsOf(texts: readonly string[]): string[] {
  // As written and without accents: "Électricité" begins with "El" in news that drops them.
  const starts = texts.flatMap((t) => {
    const head = t.trim().slice(0, 2);
    return [head, withoutAccents(head)];
  });
  return [...new Set(starts.filter(Boolean))];
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
    // Upper case, so that loading the ticker table needs no case mapping (see tickerTable).
    if (entry.tickers?.length) info.tickers = entry.tickers.map((t) => t.toUpperCase());
    if (entry.country) info.country = entry.country;
    if (entry.hq) info.hq = entry.hq;
    if (entry.notBefore?.length) info.notBefore = entry.notBefore.map((w) => w.toLowerCase());
    if (entry.notAfter?.length) info.notAfter = entry.notAfter.map((w) => w.toLowerCase());
    if (entry.notNear?.length) info.notNear = entry.notNear.map((w) => w.toLowerCase());
    if (entry.products?.length) info.products = entry.products;
    companies.push(info);
    const exact = new Set([...(entry.caseSensitive ?? []), ...(entry.exactCase ?? [])]);
    const common = EXACT | AMBIGUOUS | (entry.strict ? STRICT : 0);
    const add = (text: string, flags: number) => {
      patterns.push({ text, company, flags });
      // "Johnson and Johnson", "Procter and Gamble": news writes out the ampersand too.
      if (/\s&\s/.test(text)) patterns.push({ text: text.replace(/\s&\s/g, ' and '), company, flags });
    };
    for (const form of entry.caseSensitive ?? []) add(form, common);
    for (const form of entry.exactCase ?? []) add(form, EXACT);
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      if (!exact.has(form)) add(form, 0);
    }
    for (const form of entry.short ?? []) patterns.push({ text: form, company, flags: SHORT | EXACT });
    for (const phrase of entry.descriptive ?? []) {
      const rest = /^the\s+(.+)$/isu.exec(phrase.trim())?.[1];
      if (rest) patterns.push({ text: rest, company, flags: DESCRIPTIVE | AFTER_THE });
      else patterns.push({ text: phrase, company, flags: DESCRIPTIVE });
    }
  }
  const startPairs = pairsOf(patterns.map((p) => p.text));
  const lowerNames = lowerStartsOf(patterns.filter((p) => !(p.flags & AFTER_THE)).map((p) => p.text));
  const theWords = [
    ...new Set(
      lowerStartsOf(patterns.filter((p) => p.flags & AFTER_THE).map((p) => p.text)).map(
        (s) => /^[a-z0-9]+/.exec(s)?.[0] as string,
      ),
    ),
  ];
  const trie = buildTrie(patterns);
  return {
    companies,
    ...byIndex(companies),
    everyday: everydayCompanies(trie, companies.length),
    trie,
    tickers: tickerTable(companies),
    startAllowed: startTable(startPairs),
    accentedStarts: accentedStartSet(startPairs),
    startPairs,
    lowerNames,
    theWords,
    lowerFirst: lowerFirstTable(lowerNames, theWords),
    starts: startsPattern(lowerNames, theWords),
  };
}

/** See {@link Gazetteer.everyday}: read from the trie's readings, about eleven thousand. */
function everydayCompanies(trie: TrieTables, count: number): Uint8Array {
  const everyday = new Uint8Array(count);
  for (let term = 0; term < trie.termFlags.length; term++) {
    if ((trie.termFlags[term] as number) & AMBIGUOUS) everyday[trie.termCompany[term] as number] = 1;
  }
  return everyday;
}

function byIndex(
  companies: readonly CompanyInfo[],
): Pick<Gazetteer, 'ids' | 'notBefore' | 'notAfter' | 'notNear' | 'products'> {
  return {
    ids: companies.map((c) => c.id),
    notBefore: companies.map((c) => c.notBefore ?? null),
    notAfter: companies.map((c) => c.notAfter ?? null),
    notNear: companies.map((c) => (c.notNear?.length ? notNearPattern(c.notNear) : null)),
    products: companies.map((c) => c.products ?? null),
  };
}

/**
 * A company's {@link CompanyInfo.notNear} words as one RegExp: any case, not followed by a letter,
 * digit or hyphen. What comes before a match is checked by the caller (see `nearOwnVeto`): a
 * lookbehind there is tried at every position of the text, a lookahead only where a word matched,
 * which made the search about a third cheaper. Longer words come first, so that "myths" is tried
 * before "myth".
 */
function notNearPattern(words: readonly string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}

function tickerTable(companies: readonly CompanyInfo[]): Map<string, number> {
  const tickers = new Map<string, number>();
  for (let i = 0; i < companies.length; i++) {
    const list = (companies[i] as CompanyInfo).tickers;
    if (!list) continue;
    for (const t of list) {
      // Tickers are upper case (compileGazetteer); only a "." needs the key's form. Case mapping
      // each one here took 2-9 ms of a page's cold load.
      const key = t.includes('.') ? tickerKey(t) : t;
      if (!tickers.has(key)) tickers.set(key, i);
    }
  }
  return tickers;
}

/** Where the companies start in {@link stringifyGazetteer}'s text: one company per line after it. */
const COMPANIES_MARK = ',"companies":[\n';
/** Companies parsed per step by {@link parseGazetteerInSteps}. */
const COMPANIES_PER_STEP = 1500;

/**
 * The shipped file's text: JSON, with the companies last and one per line, so that
 * {@link parseGazetteerInSteps} can parse them a slice at a time. Most of the parsing is theirs:
 * in one piece it was a task of about 60 ms on the first page after Chromium started.
 */
export function stringifyGazetteer(s: SerialisedGazetteer): string {
  const { companies, ...rest } = s;
  const lines = companies.map((c) => JSON.stringify(c)).join(',\n');
  return `${JSON.stringify(rest).slice(0, -1)}${COMPANIES_MARK}${lines}\n]}\n`;
}

/**
 * Parses {@link stringifyGazetteer}'s text in steps, `pause` between them: everything but the
 * companies, then the companies {@link COMPANIES_PER_STEP} at a time. Any other JSON text is
 * parsed in one piece.
 */
export async function parseGazetteerInSteps(
  text: string,
  pause: () => Promise<void>,
): Promise<SerialisedGazetteer> {
  const at = text.indexOf(COMPANIES_MARK);
  const end = text.lastIndexOf('\n]}');
  if (at < 0 || end < at) return JSON.parse(text) as SerialisedGazetteer;
  const head = JSON.parse(`${text.slice(0, at)}}`) as Omit<SerialisedGazetteer, 'companies'>;
  // A company's JSON never holds a raw line break (JSON.stringify escapes them), so each ",\n"
  // ends one. A slice of whole lines is parsed as it stands, in brackets: no string per line.
  const companies: CompanyInfo[] = [];
  let from = at + COMPANIES_MARK.length;
  while (from < end) {
    await pause();
    let to = from;
    for (let k = 0; k < COMPANIES_PER_STEP && to < end; k++) {
      const next = text.indexOf(',\n', to);
      to = next < 0 || next > end ? end : next + 2;
    }
    const slice = text.slice(from, to === end ? end : to - 2);
    if (slice.trim()) for (const c of JSON.parse(`[${slice}]`) as CompanyInfo[]) companies.push(c);
    from = to;
  }
  return { ...head, companies };
}

/** Encodes a gazetteer for shipping. */
export function serialiseGazetteer(g: Gazetteer): SerialisedGazetteer {
  return {
    version: 2,
    companies: g.companies,
    trie: serialiseTrie(g.trie),
    startPairs: g.startPairs,
    lowerNames: g.lowerNames,
    theWords: g.theWords,
  };
}

/** Decodes the shipped gazetteer. */
export function loadGazetteer(data: SerialisedGazetteer): Gazetteer {
  return assemble(data, deserialiseTrie(data.trie));
}

/**
 * {@link loadGazetteer} in four tasks, with `pause` between them: the trie's tables in two (see
 * {@link deserialiseTrieInSteps}), the ticker table, then the rest. On a page, no step should hold
 * the main thread for long.
 */
export async function loadGazetteerInSteps(
  data: SerialisedGazetteer,
  pause: () => Promise<void>,
): Promise<Gazetteer> {
  const trie = await deserialiseTrieInSteps(data.trie, pause);
  await pause();
  const tickers = tickerTable(data.companies);
  await pause();
  return assemble(data, trie, tickers);
}

function assemble(
  data: SerialisedGazetteer,
  trie: TrieTables,
  tickers = tickerTable(data.companies),
): Gazetteer {
  return {
    companies: data.companies,
    ...byIndex(data.companies),
    everyday: everydayCompanies(trie, data.companies.length),
    trie,
    tickers,
    startAllowed: startTable(data.startPairs),
    accentedStarts: accentedStartSet(data.startPairs),
    startPairs: data.startPairs,
    lowerNames: data.lowerNames,
    theWords: data.theWords,
    lowerFirst: lowerFirstTable(data.lowerNames, data.theWords),
    starts: startsPattern(data.lowerNames, data.theWords),
  };
}
