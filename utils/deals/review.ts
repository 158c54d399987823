import type { DealFact } from '../db/models';
import type { ExtractedDeal } from './extract';

/** The identity of a deal for matching: its type and who took part in which role. */
export function dealKey(deal: Pick<DealFact, 'type' | 'parties'>): string {
  const parties = deal.parties.map((p) => `${p.role}:${p.companyId}`).sort();
  return `${deal.type}|${parties.join(',')}`;
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
    const live = stored.filter((d) => d.review !== 'dismissed');
    const match =
      live.find((d) => dealKey(d) === key) ??
      live.find((d) => d.type === suggestion.type && partySet(d) === partySet(suggestion));
    if (!match) {
      out.push({ id, suggestion, state: 'new', conflicts: [] });
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
    if (match.announced && suggestion.announced && year(match.announced) !== year(suggestion.announced)) {
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
    const saved = match.sources.some((s) => s.url === articleUrl);
    out.push({ id, suggestion, state: saved ? 'saved' : 'matches', match, conflicts });
  }
  return out;
}

/** Stored facts between two companies, oldest first: the pair's timeline. */
export function pairTimeline(deals: readonly DealFact[], a: string, b: string): DealFact[] {
  return deals
    .filter((d) => d.review !== 'dismissed' && d.companyIds.includes(a) && d.companyIds.includes(b))
    .sort((x, y) => (x.announced ?? '9999').localeCompare(y.announced ?? '9999'));
}
