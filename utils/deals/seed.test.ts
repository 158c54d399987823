import { describe, expect, it } from 'vitest';
import { DEAL_STATUSES, DEAL_TYPES, PARTY_ROLES } from '../db/models';
import { defaultMatcher } from '../detect/dictionary';
import { formatDealValue } from './format';
import { seedDeals } from './seed';

const matcher = defaultMatcher();
const deals = seedDeals((id) => matcher.company(id)?.name);

describe('seed deal facts', () => {
  it('are well-formed records about known companies, each with a public source', () => {
    expect(deals.length).toBeGreaterThanOrEqual(10);
    expect(new Set(deals.map((d) => d.id)).size).toBe(deals.length);
    for (const d of deals) {
      expect(DEAL_TYPES).toContain(d.type);
      expect(DEAL_STATUSES).toContain(d.status);
      expect(d.parties.length).toBeGreaterThanOrEqual(2);
      for (const p of d.parties) {
        expect(PARTY_ROLES).toContain(p.role);
        expect(matcher.company(p.companyId), `${d.id}: unknown company ${p.companyId}`).toBeDefined();
      }
      expect(d.sources[0]?.url).toMatch(/^https:\/\//);
      expect(d.announced ?? '').toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(d.origin).toBe('seed');
    }
  });

  it('include the 2016 Xiaomi-Microsoft patent purchase', () => {
    const deal = deals.find((d) => d.id === 'seed-2016-xiaomi-microsoft-patents');
    expect(deal).toMatchObject({
      type: 'patent-purchase',
      quantity: 1500,
      announced: '2016-06-01',
      parties: [
        { companyId: 'xiaomi', name: 'Xiaomi', role: 'buyer' },
        { companyId: 'microsoft', name: 'Microsoft', role: 'seller' },
      ],
    });
  });
});

describe('formatDealValue', () => {
  it('writes values as readers do', () => {
    expect(formatDealValue({ amount: 26_200_000_000, currency: 'USD' })).toBe('$26.2 billion');
    expect(formatDealValue({ amount: 5_440_000_000, currency: 'EUR' })).toBe('€5.44 billion');
    expect(formatDealValue({ amount: 500_000_000, currency: 'CHF' })).toBe('CHF 500 million');
    expect(formatDealValue({ amount: 12_000, currency: 'USD' })).toBe('$12,000');
    // As precise as the summary beside it, and in the units news uses.
    expect(formatDealValue({ amount: 5_375_000_000, currency: 'USD' })).toBe('$5.375 billion');
    expect(formatDealValue({ amount: 1.2e12, currency: 'JPY' })).toBe('¥1.2 trillion');
    expect(formatDealValue({ amount: 8e9, currency: 'HKD' })).toBe('HK$8 billion');
    expect(formatDealValue('undisclosed')).toBe('value undisclosed');
  });
});
