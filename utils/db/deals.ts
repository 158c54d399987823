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
 * Deal facts involving any of `companyIds` that the reader has not dismissed, newest first
 * (facts without a date last).
 */
export async function dealsForCompanies(
  db: DealscopeDB,
  companyIds: readonly string[],
): Promise<DealFact[]> {
  if (companyIds.length === 0) return [];
  const deals = await db.deals.where('companyIds').anyOf([...companyIds]).distinct().toArray();
  return deals
    .filter((d) => d.review !== 'dismissed')
    .sort((a, b) => (b.announced ?? '').localeCompare(a.announced ?? ''));
}
