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
 * Deal facts involving any of `companyIds` that the reader has not dismissed. Deals between
 * several of the given companies come first (on an article about two companies, their deals
 * with each other matter most), then newest first; facts without a date come last.
 */
export async function dealsForCompanies(db: DealscopeDB, companyIds: readonly string[]): Promise<DealFact[]> {
  if (companyIds.length === 0) return [];
  const wanted = new Set(companyIds);
  const deals = await db.deals
    .where('companyIds')
    .anyOf([...wanted])
    .distinct()
    .toArray();
  const overlap = (d: DealFact) => d.companyIds.filter((id) => wanted.has(id)).length;
  return deals
    .filter((d) => d.review !== 'dismissed')
    .map((deal) => ({ deal, overlap: overlap(deal) }))
    .sort((a, b) => b.overlap - a.overlap || (b.deal.announced ?? '').localeCompare(a.deal.announced ?? ''))
    .map(({ deal }) => deal);
}
