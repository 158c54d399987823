import { isUnspacedCode } from './fold';
import { compileGazetteer, type Gazetteer, tickerKey } from './gazetteer';
import {
  AMBIGUOUS,
  createScratch,
  DESCRIPTIVE,
  EXACT,
  isWordAt,
  longestMatch,
  STRICT,
  sameSpelling,
} from './trie';
import type { CompanyEntry, CompanyInfo, Mention } from './types';

/**
 * The pure matcher: text in, mentions out. It knows nothing about the DOM, so it is tested and
 * benchmarked on plain strings and runs on any text (page, note body, quote). The rules:
 * whole words only; longest match wins, then earlier; names that are common words need company
 * context; descriptive phrases count only for companies the text names; tickers only in ticker
 * context; legal suffixes ("Xiaomi Corp.") extend a name.
 */

/** A compiled matcher. */
export interface Matcher {
  /** Every mention in `text`, in order, without overlaps. */
  find(text: string): Mention[];
  /** The company with this id. */
  company(id: string): CompanyInfo | undefined;
  /**
   * The company a reader means by a name typed on its own ("Apple", "apple inc", "TSMC"): its
   * display name or id first, then anything the matcher finds in the name, context rules aside.
   */
  lookup(name: string): CompanyInfo | undefined;
  /** Number of companies. */
  readonly size: number;
}

/** Builds a matcher from a gazetteer (shipped) or from entries (tests, small dictionaries). */
export function createMatcher(g: Gazetteer): Matcher {
  let byName: Map<string, number> | undefined;
  return {
    lookup(name) {
      const wanted = name.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!wanted) return undefined;
      byName ??= new Map(
        g.companies.flatMap((c, i) => [
          [c.name.toLowerCase(), i] as [string, number],
          [c.id, i] as [string, number],
        ]),
      );
      const direct = byName.get(wanted) ?? g.tickers.get(wanted.toUpperCase());
      if (direct !== undefined) return g.companies[direct];
      // Typed alone, a common-word name has no context: give it the company reading.
      // Typed names may be lower case; names are matched from their written first letter.
      const capitalised = name
        .trim()
        .replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
      for (const form of [name.trim(), capitalised]) {
        const hit = findCandidates(g, form).find((c) => !(c.flags & DESCRIPTIVE));
        if (hit) return g.companies[hit.companies[0] as number];
      }
      return undefined;
    },
    find: (text) => findMentions(g, text),
    company: (id) => {
      const i = g.index.get(id);
      return i === undefined ? undefined : g.companies[i];
    },
    size: g.companies.length,
  };
}

/** Shorthand for tests and small dictionaries: compile entries and make a matcher. */
export function compileMatcher(entries: readonly CompanyEntry[]): Matcher {
  return createMatcher(compileGazetteer(entries));
}

/** A raw hit before the context rules. */
interface Candidate {
  start: number;
  end: number;
  /** Companies the surface form may refer to, in priority order. */
  companies: number[];
  flags: number;
}

const LEGAL_SUFFIX =
  /,? +(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|plc|PLC|AG|SA|S\.A|SE|NV|N\.V|Oyj|ASA|AB|GmbH|KGaA|S\.p\.A|SpA|Holdings|Group)(?![\p{L}\p{N}])/uy;

/** Words around a common-word name that make the company reading likely. */
const COMPANY_CUES = new Set(
  (
    'shares share stock stocks ceo cfo chief executive executives company companies firm firms inc corp ' +
    'said says announced announces reported reports revenue revenues earnings profit profits quarter quarterly ' +
    'acquired acquire acquires acquisition bought buys deal deals investors investor analysts launched launches ' +
    'unveiled unveils rival rivals competitor competitors valuation brand spokesperson spokesman spokeswoman ' +
    'headquarters founder cofounder co-founder subsidiary unit division shareholders ipo listed nasdaq nyse ' +
    'employees staff customers users sued lawsuit regulators antitrust billion million market cap startup ' +
    'partnership partner partnered agreement merger layoffs hired app apps platform devices device chips ' +
    'software cloud store stores retailer maker giant owner owned parent billions millions spending invest ' +
    'invests invested investment investing sales chatbot model models ai data centre center centres centers'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Lower-cased words in text[from, to). */
function wordsIn(text: string, from: number, to: number): string[] {
  return (text.slice(Math.max(0, from), Math.min(text.length, to)).match(WORD) ?? []).map((w) =>
    w.toLowerCase().replace(/[’']s$/, ''),
  );
}

/** The word right after `end`, skipping a possessive and a hyphen, lower-cased. */
function nextWord(text: string, end: number): string {
  const m = /^(?:['’]s)?[\s-]*([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40));
  return m?.[1]?.toLowerCase() ?? '';
}

function findCandidates(g: Gazetteer, text: string): Candidate[] {
  const t = g.trie;
  const out: Candidate[] = [];
  const n = text.length;
  const scratch = createScratch();
  const terms: number[] = [];
  const allowed = g.startAllowed;
  let prevWord = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const word = isWordAt(text, i);
    if (
      !word ||
      (prevWord && !(code >= 0x0e00 && isUnspacedCode(code))) ||
      (code < 128 && !allowed[code * 128] && !allowed[code * 128 + (text.charCodeAt(i + 1) & 127)])
    ) {
      prevWord = word;
      i++;
      continue;
    }
    longestMatch(t, text, i, scratch);
    // Deepest terminal first; an exact-case pattern must match the text's capitalisation.
    let end = -1;
    for (let k = scratch.count - 1; k >= 0 && end < 0; k--) {
      const node = scratch.nodes[k] as number;
      const e = scratch.ends[k] as number;
      terms.length = 0;
      for (let term = t.termStart[node] as number; term < (t.termStart[node + 1] as number); term++) {
        if ((t.termFlags[term] as number) & EXACT && !sameSpelling(text, i, e, t.termExact[term] as string))
          continue;
        terms.push(term);
      }
      if (terms.length) end = e;
    }
    if (end > i) {
      out.push(toCandidate(g, i, end, terms));
      i = end;
      prevWord = isWordAt(text, i - 1);
      continue;
    }
    prevWord = true;
    i++;
  }
  return out;
}

/** Merges the terminals reached at one (start, end) into a candidate. Names beat phrases. */
function toCandidate(g: Gazetteer, start: number, end: number, terms: number[]): Candidate {
  const t = g.trie;
  const names = terms.filter((term) => !((t.termFlags[term] as number) & DESCRIPTIVE));
  const chosen = names.length ? names : terms;
  const companies: number[] = [];
  let flags = DESCRIPTIVE | AMBIGUOUS | STRICT;
  for (const term of chosen) {
    const c = t.termCompany[term] as number;
    if (!companies.includes(c)) companies.push(c);
    const f = t.termFlags[term] as number;
    // A form is ambiguous (or strict) only if every reading of it is.
    flags &= f | ~(AMBIGUOUS | STRICT);
    if (!(f & DESCRIPTIVE)) flags &= ~DESCRIPTIVE;
  }
  return { start, end, companies, flags };
}

interface TickerHit {
  start: number;
  end: number;
  company: number;
  /** Exchange label to suppress as a name ("Nasdaq" in "Nasdaq: MSFT"). */
  labelStart?: number;
  /** Bare "(MSFT)": counts only for a company the text names. */
  bare: boolean;
}

const EXCHANGE_TICKER =
  /\b(?:NASDAQ|Nasdaq|NYSE(?: American| Arca)?|NasdaqGS|NasdaqGM|NasdaqCM|OTC(?:QX|QB)?|LSE|LON|HKEX|SEHK|HKG|TSX|TSE|TYO|KRX|ASX|SGX|BSE|NSE|SSE|SZSE|SIX|ETR|XETRA|EPA|AMS|TWSE|TPE)\s?:\s?([A-Z0-9][A-Z0-9.-]{0,9}[A-Z0-9]|[A-Z])\b/g;
const CASHTAG = /(?<![\p{L}\p{N}$])\$([A-Z]{1,5}(?:\.[A-Z])?)\b/gu;
const BARE_TICKER = /\(([A-Z]{1,5}(?:\.[A-Z])?)\)/g;

function findTickers(g: Gazetteer, text: string): TickerHit[] {
  const hits: TickerHit[] = [];
  for (const m of text.matchAll(EXCHANGE_TICKER)) {
    const symbol = m[1] as string;
    const company = g.tickers.get(tickerKey(symbol));
    if (company === undefined) continue;
    const end = (m.index ?? 0) + m[0].length;
    hits.push({ start: end - symbol.length, end, company, labelStart: m.index ?? 0, bare: false });
  }
  for (const m of text.matchAll(CASHTAG)) {
    const symbol = m[1] as string;
    const company = g.tickers.get(tickerKey(symbol));
    if (company === undefined) continue;
    const start = (m.index ?? 0) + 1;
    hits.push({ start, end: start + symbol.length, company, bare: false });
  }
  for (const m of text.matchAll(BARE_TICKER)) {
    const symbol = m[1] as string;
    const company = g.tickers.get(tickerKey(symbol));
    if (company === undefined) continue;
    const start = (m.index ?? 0) + 1;
    if (hits.some((h) => h.start === start)) continue;
    hits.push({ start, end: start + symbol.length, company, bare: true });
  }
  return hits;
}

/** Sentence-ish window around a mention used for context cues. */
const CUE_WINDOW = 80;

function findMentions(g: Gazetteer, text: string): Mention[] {
  if (!text) return [];
  const candidates = findCandidates(g, text);
  const tickers = findTickers(g, text);
  // Exchange labels ("Nasdaq" in "Nasdaq: MSFT") are not mentions: mark candidates inside them.
  const inLabel = new Set<Candidate>();
  for (const h of tickers) {
    if (h.labelStart === undefined) continue;
    for (let k = firstAtOrAfter(candidates, h.labelStart); k < candidates.length; k++) {
      const c = candidates[k] as Candidate;
      if (c.start >= h.start) break;
      if (c.end <= h.start) inLabel.add(c);
    }
  }
  const insideLabel = (c: Candidate) => inLabel.has(c);
  const tickerStarts = new Map<number, number>();
  for (const h of tickers) tickerStarts.set(h.start, h.company);

  // Legal suffixes extend names: "Xiaomi Corp." is one mention and a strong company signal.
  const suffixed = new Set<Candidate>();
  for (const c of candidates) {
    if (c.flags & DESCRIPTIVE || !mayHaveSuffix(text, c.end)) continue;
    LEGAL_SUFFIX.lastIndex = c.end;
    const m = LEGAL_SUFFIX.exec(text);
    if (m) {
      c.end += m[0].length;
      suffixed.add(c);
    }
  }

  // Companies the text names beyond doubt: plain names, suffixed names, exchange tickers, cashtags.
  // A name shared by several companies names the first of them only when no other mention
  // settles which one the text is about.
  const named = new Set<number>();
  const shared: Candidate[] = [];
  for (const c of candidates) {
    if (insideLabel(c) || c.flags & DESCRIPTIVE) continue;
    if (c.flags & AMBIGUOUS && !suffixed.has(c)) continue;
    if (c.companies.length === 1) named.add(c.companies[0] as number);
    else shared.push(c);
  }
  for (const h of tickers) if (!h.bare) named.add(h.company);
  for (const c of shared) if (!c.companies.some((co) => named.has(co))) named.add(c.companies[0] as number);

  // Common-word names: vetoed by a telling next word, accepted on local evidence, then on the
  // evidence of the whole text (a company named once is the likely reading elsewhere).
  const accepted = new Set<Candidate>();
  const pending: Candidate[] = [];
  for (const c of candidates) {
    if (insideLabel(c) || c.flags & DESCRIPTIVE || !(c.flags & AMBIGUOUS)) continue;
    const company = c.companies[0] as number;
    const info = g.companies[company] as CompanyInfo;
    if (info.notBefore?.includes(nextWord(text, c.end))) continue;
    const evidence =
      suffixed.has(c) ||
      named.has(company) ||
      [0, 1, 2, 3].some((d) => tickerStarts.get(c.end + d) === company) ||
      (!(c.flags & STRICT) && hasLocalCue(text, c, candidates));
    if (evidence) {
      accepted.add(c);
      named.add(company);
    } else pending.push(c);
  }
  for (const c of pending) if (named.has(c.companies[0] as number)) accepted.add(c);

  const mentions: Mention[] = [];
  const lastNamedAt = new Map<number, number>();
  const resolved: { c: Candidate; company: number; kind: Mention['kind'] }[] = [];
  for (const c of candidates) {
    if (insideLabel(c)) continue;
    if (c.flags & DESCRIPTIVE) {
      resolved.push({ c, company: -1, kind: 'descriptive' });
      continue;
    }
    if (c.flags & AMBIGUOUS && !accepted.has(c)) continue;
    const company = c.companies.find((co) => named.has(co)) ?? (c.companies[0] as number);
    resolved.push({ c, company, kind: 'name' });
  }
  // Descriptive phrases go to the named company mentioned closest before them (else after).
  for (let k = 0; k < resolved.length; k++) {
    const r = resolved[k] as (typeof resolved)[number];
    if (r.kind !== 'descriptive') {
      lastNamedAt.set(r.company, r.c.start);
      continue;
    }
    const options = r.c.companies.filter((co) => named.has(co));
    if (options.length === 0) continue;
    // Prefer the option named most recently before the phrase; otherwise the first option.
    let best = options[0] as number;
    let bestAt = -1;
    for (const co of options) {
      const at = lastNamedAt.get(co) ?? -1;
      if (at > bestAt) {
        best = co;
        bestAt = at;
      }
    }
    r.company = best;
  }
  for (const r of resolved) {
    if (r.company < 0) continue;
    mentions.push({ start: r.c.start, end: r.c.end, companyId: idOf(g, r.company), kind: r.kind });
  }
  for (const h of tickers) {
    if (h.bare && !named.has(h.company)) continue;
    mentions.push({ start: h.start, end: h.end, companyId: idOf(g, h.company), kind: 'ticker' });
  }
  return removeOverlaps(mentions);
}

function idOf(g: Gazetteer, company: number): string {
  return (g.companies[company] as CompanyInfo).id;
}

/** Cheap test before the suffix regex: ", X" or " X" with X an upper-case letter. */
function mayHaveSuffix(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k) === 44) k++; // ","
  if (text.charCodeAt(k) !== 32) return false;
  const c = text.charCodeAt(k + 1);
  return c >= 65 && c <= 90;
}

/** A cue word nearby, or another company mentioned close by ("Apple and Microsoft"). */
function hasLocalCue(text: string, c: Candidate, all: readonly Candidate[]): boolean {
  if (hasNeighbour(text, c, all)) return true;
  const before = wordsIn(text, c.start - CUE_WINDOW, c.start);
  const after = wordsIn(text, c.end, c.end + CUE_WINDOW);
  return before.some((w) => COMPANY_CUES.has(w)) || after.some((w) => COMPANY_CUES.has(w));
}

/** Another plainly named company close by, in the same paragraph. */
function hasNeighbour(text: string, c: Candidate, all: readonly Candidate[]): boolean {
  for (let k = firstAtOrAfter(all, c.start - CUE_WINDOW); k < all.length; k++) {
    const o = all[k] as Candidate;
    if (o.start > c.start + CUE_WINDOW) break;
    if (o === c || o.flags & (AMBIGUOUS | DESCRIPTIVE)) continue;
    if (!hasBlockBreak(text, Math.min(o.end, c.end), Math.max(o.start, c.start))) return true;
  }
  return false;
}

/** Index of the first candidate starting at or after `offset` (candidates are in text order). */
function firstAtOrAfter(candidates: readonly Candidate[], offset: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((candidates[mid] as Candidate).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a paragraph separator lies between two offsets. */
function hasBlockBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2029) return true;
  return false;
}

/** Sorts mentions and drops overlaps: the longer wins, then the earlier. */
function removeOverlaps(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Counts mentions per company, most mentioned first, ties by first appearance. */
export function countMentions(
  mentions: readonly { companyId: string }[],
): { companyId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.companyId, (counts.get(m.companyId) ?? 0) + 1);
  return [...counts].map(([companyId, count]) => ({ companyId, count })).sort((a, b) => b.count - a.count);
}
