import type { ExtractedDeal } from '../deals/extract';
import { summarise } from '../deals/extract';
import { datesAgree, dealKey, movesStatusOn, shortHash, suggestionId } from '../deals/review';
import type { DealFact } from './models';
import type { DealscopeDB } from './schema';

/**
 * Adds the shipped seed facts that are not stored yet. Ids are stable, so running it on every
 * install and update never duplicates a fact and never overwrites one the reader edited.
 * Returns how many were added.
 */
export async function addMissingSeedDeals(db: DealscopeDB, seed: readonly DealFact[]): Promise<number> {
  return db.transaction('rw', db.deals, async () => {
    const ids = seed.map((d) => d.id);
    const present = new Set((await db.deals.bulkGet(ids)).filter(Boolean).map((d) => d?.id));
    const missing = seed.filter((d) => !present.has(d.id));
    await db.deals.bulkAdd(missing);
    return missing.length;
  });
}

/**
 * Facts the reader has not dismissed, those between several of `companyIds` first (on an
 * article about two companies, their deals with each other matter most), then newest first;
 * facts without a date come last. Pure, so the popup ranks what it already loaded.
 */
export function rankForCompanies(deals: readonly DealFact[], companyIds: readonly string[]): DealFact[] {
  const wanted = new Set(companyIds);
  const overlap = (d: DealFact) => d.companyIds.filter((id) => wanted.has(id)).length;
  return deals
    .filter((d) => d.review !== 'dismissed')
    .map((deal) => ({ deal, overlap: overlap(deal) }))
    .sort((a, b) => b.overlap - a.overlap || (b.deal.announced ?? '').localeCompare(a.deal.announced ?? ''))
    .map(({ deal }) => deal);
}

/** Deal facts involving any of `companyIds`, ranked by {@link rankForCompanies}. */
export async function dealsForCompanies(db: DealscopeDB, companyIds: readonly string[]): Promise<DealFact[]> {
  return rankForCompanies(await dealsInvolving(db, companyIds), companyIds);
}

/** A deal as suggested, edited or entered (the shape the extractor produces). */
type DealInput = ExtractedDeal;

function toFact(
  id: string,
  deal: DealInput,
  origin: DealFact['origin'],
  review: DealFact['review'],
  source: DealFact['sources'][number] | null,
  now: number,
): DealFact {
  const fact: DealFact = {
    id,
    type: deal.type,
    parties: deal.parties,
    companyIds: [...new Set(deal.parties.map((p) => p.companyId))],
    summary: deal.summary,
    status: deal.status,
    sources: source ? [source] : [],
    origin,
    review,
    createdAt: now,
    updatedAt: now,
  };
  if (deal.asset) fact.asset = deal.asset;
  if (deal.quantity !== undefined) fact.quantity = deal.quantity;
  if (deal.value) fact.value = deal.value;
  if (deal.announced) fact.announced = deal.announced;
  return fact;
}

/**
 * Confirms a suggestion from an article. When a stored fact already describes the same deal
 * (same type and parties), the article is added to its sources instead of a duplicate; else the
 * suggestion becomes a confirmed fact of its own. In one transaction.
 *
 * `original` is the suggestion as the article gave it, when the reader edited it before
 * confirming: the reader's figures then replace the stored fact's (a figure left empty keeps the
 * stored one), and a suggestion the edit turned into another deal (another type) is marked as
 * reviewed for this article, so it does not come back.
 */
export async function confirmDeal(
  db: DealscopeDB,
  article: { url: string; title: string },
  deal: DealInput,
  now = Date.now(),
  original?: DealInput,
  separate = false,
): Promise<DealFact> {
  return db.transaction('rw', db.deals, async () => {
    const source = { url: article.url, title: article.title, sentence: deal.sentence, savedAt: now };
    if (original && dealKey(original) !== dealKey(deal)) {
      const id = suggestionId(article.url, original);
      if (!(await db.deals.get(id))) {
        await db.deals.put(
          toFact(id, original, 'extracted', 'dismissed', { ...source, sentence: original.sentence }, now),
        );
      }
    }
    const candidates = await db.deals
      .where('companyIds')
      .anyOf(deal.parties.map((p) => p.companyId))
      .distinct()
      .toArray();
    // As the popup matched it (see reviewSuggestions): the same deal by its dates too (the
    // article's, not the reader's edit: a date corrected in the form still updates the fact the
    // suggestion matched), and none at all when the reader said this is another deal.
    const match = separate
      ? undefined
      : candidates.find(
          (d) => d.review !== 'dismissed' && dealKey(d) === dealKey(deal) && datesAgree(d, original ?? deal),
        );
    if (match) {
      if (!match.sources.some((s) => s.url === article.url)) match.sources.push(source);
      // A report that the deal closed or was called off takes the stored fact on, and a summary
      // made from the earlier report is made again ("agreed to acquire" becomes "acquired").
      if (movesStatusOn(match.status, deal.status)) {
        const made = match.summary === summarise(match);
        match.status = deal.status;
        if (made) match.summary = summarise(match);
      }
      // What the stored fact lacks and this report gives: its date, value, quantity.
      if (!original) {
        if (!match.announced && deal.announced) match.announced = deal.announced;
        if (!match.value && deal.value) match.value = deal.value;
        if (match.quantity === undefined && deal.quantity !== undefined) match.quantity = deal.quantity;
      }
      if (original) {
        match.summary = deal.summary;
        match.status = deal.status;
        if (deal.announced) match.announced = deal.announced;
        if (deal.quantity !== undefined) match.quantity = deal.quantity;
        if (deal.value) match.value = deal.value;
      }
      match.updatedAt = now;
      await db.deals.put(match);
      return match;
    }
    // A separate deal from an article whose suggestion id a stored fact holds already gets an id
    // of its own.
    let id = suggestionId(article.url, deal);
    if (separate && (await db.deals.get(id))) id = `${id}-${shortHash(`${now}|${deal.announced ?? ''}`)}`;
    const fact = toFact(id, deal, 'extracted', 'confirmed', source, now);
    await db.deals.put(fact);
    return fact;
  });
}

/** Dismisses a suggestion for one article: it is remembered, so it does not come back. */
export async function dismissDeal(
  db: DealscopeDB,
  article: { url: string; title: string },
  deal: DealInput,
  now = Date.now(),
) {
  const source = { url: article.url, title: article.title, sentence: deal.sentence, savedAt: now };
  await db.deals.put(toFact(suggestionId(article.url, deal), deal, 'extracted', 'dismissed', source, now));
}

/** Takes back a dismissal: the suggestion is offered again for that article. */
export async function undismissDeal(
  db: DealscopeDB,
  article: { url: string },
  deal: DealInput,
): Promise<void> {
  await db.transaction('rw', db.deals, async () => {
    const id = suggestionId(article.url, deal);
    const stored = await db.deals.get(id);
    if (stored?.review === 'dismissed' && stored.origin === 'extracted') await db.deals.delete(id);
  });
}

/** Stores a deal the reader entered by hand. */
export async function addReaderDeal(
  db: DealscopeDB,
  deal: DealInput,
  sourceUrl?: string,
  now = Date.now(),
): Promise<DealFact> {
  return db.transaction('rw', db.deals, async () => {
    // The same deal (type, parties and year, and close in time when both give months) stored
    // already: say so rather than keep it twice.
    const year = deal.announced?.slice(0, 4);
    const same = (
      await db.deals
        .where('companyIds')
        .anyOf(deal.parties.map((p) => p.companyId))
        .distinct()
        .toArray()
    ).find(
      (d) =>
        d.review !== 'dismissed' &&
        dealKey(d) === dealKey(deal) &&
        d.announced?.slice(0, 4) === year &&
        // In one year, two suits or two stakes some months apart are two deals.
        (!d.announced ||
          !deal.announced ||
          d.announced.length < 7 ||
          deal.announced.length < 7 ||
          datesAgree(d, deal)),
    );
    if (same) throw new Error(`This deal is stored already: “${same.summary}”.`);
    const source = sourceUrl ? { url: sourceUrl, title: sourceUrl, savedAt: now } : null;
    const fact = toFact(`reader-${crypto.randomUUID()}`, deal, 'reader', 'confirmed', source, now);
    await db.deals.add(fact);
    return fact;
  });
}

/** Every stored fact involving any of the companies, dismissed suggestions included. */
export async function dealsInvolving(db: DealscopeDB, companyIds: readonly string[]): Promise<DealFact[]> {
  if (!companyIds.length) return [];
  return db.deals
    .where('companyIds')
    .anyOf([...companyIds])
    .distinct()
    .toArray();
}
