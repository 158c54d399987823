import type { DealFact, DealStatus, DealType } from '../db/models';

/** A deal's value as a reader writes it: "$26.2 billion", "€5.44 billion", "undisclosed". */
export function formatDealValue(value: NonNullable<DealFact['value']>): string {
  if (value === 'undisclosed') return 'value undisclosed';
  const symbols: Record<string, string> = {
    USD: '$',
    EUR: '€',
    GBP: '£',
    JPY: '¥',
    CNY: 'CN¥',
    HKD: 'HK$',
    CAD: 'C$',
    AUD: 'A$',
    SGD: 'S$',
    INR: '₹',
    KRW: '₩',
  };
  const symbol = symbols[value.currency] ?? `${value.currency} `;
  const { amount } = value;
  const scaled =
    amount >= 1e12
      ? `${trim(amount / 1e12)} trillion`
      : amount >= 1e9
        ? `${trim(amount / 1e9)} billion`
        : amount >= 1e6
          ? `${trim(amount / 1e6)} million`
          : amount.toLocaleString('en-US');
  return `${symbol}${scaled}`;
}

/** Up to three decimals, as news writes them: "5.375 billion", "1.2 billion". */
function trim(n: number): string {
  return Number(n.toFixed(3)).toString();
}

/**
 * A status as a reader says it for the deal's type: a lawsuit is "filed", then "decided" or
 * "dropped", not "announced" and "completed". Stored and exported statuses stay the same.
 */
export function statusLabel(type: DealType, status: DealStatus): string {
  if (type === 'lawsuit') {
    return { rumoured: 'threatened', announced: 'filed', completed: 'decided', cancelled: 'dropped' }[status];
  }
  return status;
}

/** Prefix of the id of a company the gazetteer does not know ("unlisted:Luminet"). */
export const UNLISTED = 'unlisted:';

/** The name a company id stands for: the gazetteer's, or an unlisted company's as written. */
export function companyLabel(id: string, lookup: (id: string) => { name: string } | undefined): string {
  return id.startsWith(UNLISTED) ? id.slice(UNLISTED.length) : (lookup(id)?.name ?? id);
}
