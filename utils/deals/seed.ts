import seedFile from '../../data/seed-deals.json';
import type { DealFact, DealParty, DealStatus, DealType } from '../db/models';

interface SeedRecord {
  id: string;
  type: string;
  parties: { companyId: string; role: string }[];
  summary: string;
  asset?: string;
  quantity?: number;
  value?: { amount: number; currency: string } | string;
  announced?: string;
  status: string;
  source: { url: string; title: string };
}

/**
 * Turns the shipped seed file into deal records. `nameOf` resolves company ids to display
 * names (the detector's dictionary). Timestamps are 0: seed facts were not saved by the reader.
 */
export function seedDeals(nameOf: (companyId: string) => string | undefined): DealFact[] {
  return (seedFile.deals as SeedRecord[]).map((r) => {
    const parties: DealParty[] = r.parties.map((p) => ({
      companyId: p.companyId,
      name: nameOf(p.companyId) ?? p.companyId,
      role: p.role as DealParty['role'],
    }));
    const fact: DealFact = {
      id: r.id,
      type: r.type as DealType,
      parties,
      companyIds: [...new Set(parties.map((p) => p.companyId))],
      summary: r.summary,
      status: r.status as DealStatus,
      sources: [{ url: r.source.url, title: r.source.title, savedAt: 0 }],
      origin: 'seed',
      review: 'confirmed',
      createdAt: 0,
      updatedAt: 0,
    };
    if (r.asset !== undefined) fact.asset = r.asset;
    if (r.quantity !== undefined) fact.quantity = r.quantity;
    if (r.value !== undefined)
      fact.value =
        r.value === 'undisclosed' ? 'undisclosed' : (r.value as { amount: number; currency: string });
    if (r.announced !== undefined) fact.announced = r.announced;
    return fact;
  });
}
