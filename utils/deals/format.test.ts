import { describe, expect, it } from 'vitest';
import { DEAL_STATUSES } from '../db/models';
import { formatDealValue, statusLabel } from './format';

describe('deal figures as a reader reads them', () => {
  it('says a lawsuit is filed, decided or dropped, and other deals as stored', () => {
    expect(DEAL_STATUSES.map((s) => statusLabel('lawsuit', s))).toEqual([
      'threatened',
      'filed',
      'decided',
      'dropped',
    ]);
    expect(DEAL_STATUSES.map((s) => statusLabel('acquisition', s))).toEqual([...DEAL_STATUSES]);
  });

  it('writes values with their currency and scale', () => {
    expect(formatDealValue({ amount: 5.375e9, currency: 'USD' })).toBe('$5.375 billion');
    expect(formatDealValue('undisclosed')).toBe('value undisclosed');
  });
});
