import type { DealFact } from '../db/models';
import type { ExtractedDeal } from './extract';
import { statusLabel, UNLISTED } from './format';

/** The identity of a deal for matching: its type and who took part in which role. */
export function dealKey(deal: Pick<DealFact, 'type' | 'parties'>): string {
  const parties = deal.parties.map((p) => `${p.role}:${sameCompany(p.companyId)}`).sort();
  return `${deal.type}|${parties.join(',')}`;
}

/**
 * The company an id stands for, for matching: an unlisted company by the first word of its name,
 * as articles write it with and without its suffix ("Luminet", "Luminet Labs").
 */
function sameCompany(id: string): string {
  return id.startsWith(UNLISTED)
    ? `${UNLISTED}${(id.slice(UNLISTED.length).split(' ')[0] ?? '').toLowerCase()}`
    : id;
}

/**
 * Deals that happen once between the same companies (a takeover, a merger, a sale): a year or
 * two between two reports of one is still the same deal (announced, then completed).
 */
const ONCE: ReadonlySet<string> = new Set(['acquisition', 'merger', 'divestiture']);

/** Months from year 0 to a date "YYYY-MM" or "YYYY-MM-DD". */
function monthOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * True when two deals of one kind between the same companies can be the same deal by their dates:
 * either is undated, or they are close enough. Arm's 2026 suit against Qualcomm is not its 2022
 * one; a takeover agreed in 2025 and completed in 2026 is one deal. A year alone says less: a
 * report a year off is the same deal, misdated (flagged as a conflict).
 */
export function datesAgree(
  a: Pick<DealFact, 'type' | 'announced'>,
  b: Pick<DealFact, 'type' | 'announced'>,
): boolean {
  if (!a.announced || !b.announced) return true;
  const once = ONCE.has(a.type);
  if (a.announced.length < 7 || b.announced.length < 7)
    return Math.abs(Number(a.announced.slice(0, 4)) - Number(b.announced.slice(0, 4))) <= (once ? 2 : 1);
  return Math.abs(monthOf(a.announced) - monthOf(b.announced)) <= (once ? 24 : 6);
}

/**
 * True when a report's status takes a stored deal further: rumoured, then announced, then
 * completed or cancelled. A deal completed is not undone by a report that it was called off
 * (an older report, or another deal), nor the other way round.
 */
export function movesStatusOn(stored: DealFact['status'], reported: DealFact['status']): boolean {
  const stage = { rumoured: 0, announced: 1, completed: 2, cancelled: 2 } as const;
  return stage[reported] > stage[stored];
}

/** Same parties, whatever the roles (for timelines and loose matches). */
function partySet(deal: Pick<DealFact, 'parties'>): string {
  return [...new Set(deal.parties.map((p) => p.companyId))].sort().join(',');
}

/** A short, stable hash (FNV-1a), for ids derived from an article and a deal. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Id of a suggestion from one article: dismissing it keeps it dismissed for that article. */
export function suggestionId(articleUrl: string, deal: Pick<DealFact, 'type' | 'parties'>): string {
  return `ex-${shortHash(`${articleUrl}|${dealKey(deal)}`)}`;
}

/** A suggestion with what the reader already keeps about it. */
export interface ReviewedSuggestion {
  id: string;
  suggestion: ExtractedDeal;
  /** new: nothing stored; matches: a stored fact about the same deal; saved: this article is already its source. */
  state: 'new' | 'matches' | 'saved';
  match?: DealFact;
  /** Figures the article states differently from the stored fact. */
  conflicts: string[];
  /** The stage the article takes the stored deal on to ("completed"), which Confirm stores. */
  update?: string;
}

/**
 * Sets the article's suggestions against the stored facts: dismissed ones disappear, ones that
 * match a stored fact say so (and flag different figures: a patent count, a year, a value).
 */
export function reviewSuggestions(
  suggestions: readonly ExtractedDeal[],
  stored: readonly DealFact[],
  articleUrl: string,
): ReviewedSuggestion[] {
  const out: ReviewedSuggestion[] = [];
  for (const suggestion of suggestions) {
    const id = suggestionId(articleUrl, suggestion);
    if (stored.some((d) => d.id === id && d.review === 'dismissed')) continue;
    const key = dealKey(suggestion);
    const live = stored.filter((d) => d.review !== 'dismissed' && datesAgree(d, suggestion));
    const same = live.filter((d) => dealKey(d) === key);
    const loose = live.filter((d) => d.type === suggestion.type && partySet(d) === partySet(suggestion));
    // The fact this article is a source of first: saved already, even beside an older deal of the
    // same companies that the reader kept apart.
    const fromHere = (d: DealFact) => d.sources.some((s) => s.url === articleUrl);
    const match = same.find(fromHere) ?? loose.find(fromHere) ?? same[0];
    if (!match) {
      // The same companies in other roles ("Embraer buys Boeing" beside "Boeing buys Embraer")
      // is not the stored deal, and Confirm keeps it apart; but either may be a misreading.
      // (Not for a lawsuit: a countersuit has the roles the other way round.)
      const other = suggestion.type === 'lawsuit' ? undefined : loose[0];
      const conflicts = other
        ? [`A stored fact has these companies the other way round: ${other.summary}. Check who did what.`]
        : [];
      out.push({ id, suggestion, state: 'new', conflicts });
      continue;
    }
    const conflicts: string[] = [];
    if (
      match.quantity !== undefined &&
      suggestion.quantity !== undefined &&
      match.quantity !== suggestion.quantity
    ) {
      conflicts.push(
        `The article says ${suggestion.quantity.toLocaleString('en-US')}; the stored fact says ${match.quantity.toLocaleString('en-US')}.`,
      );
    }
    const year = (s?: string) => s?.slice(0, 4);
    // (Not a later date for a report that the deal closed: it closes after it is announced.)
    const closing = suggestion.status === 'completed' && match.status !== 'completed';
    if (
      match.announced &&
      suggestion.announced &&
      year(match.announced) !== year(suggestion.announced) &&
      !(closing && suggestion.announced > match.announced)
    ) {
      conflicts.push(
        `The article dates it ${year(suggestion.announced)}; the stored fact says ${year(match.announced)}.`,
      );
    }
    if (
      match.value &&
      match.value !== 'undisclosed' &&
      suggestion.value &&
      match.value.currency === suggestion.value.currency &&
      Math.abs(match.value.amount - suggestion.value.amount) / match.value.amount > 0.05
    ) {
      conflicts.push('The article states a different value than the stored fact.');
    }
    // The deal moved on (news, not a conflict), or the article tells an earlier stage of it.
    const said = `The article says it is ${statusLabel(match.type, suggestion.status)}; the stored fact says ${statusLabel(match.type, match.status)}.`;
    const update = movesStatusOn(match.status, suggestion.status) ? `${said} Confirm updates it.` : undefined;
    if (!update && match.status !== suggestion.status && suggestion.status !== 'announced')
      conflicts.push(said);
    const saved = match.sources.some((s) => s.url === articleUrl);
    out.push({
      id,
      suggestion,
      state: saved ? 'saved' : 'matches',
      match,
      conflicts,
      ...(update ? { update } : {}),
    });
  }
  return out;
}

/** Stored facts between two companies, oldest first: the pair's timeline. */
export function pairTimeline(deals: readonly DealFact[], a: string, b: string): DealFact[] {
  return deals
    .filter((d) => d.review !== 'dismissed' && d.companyIds.includes(a) && d.companyIds.includes(b))
    .sort((x, y) => (x.announced ?? '9999').localeCompare(y.announced ?? '9999'));
}
