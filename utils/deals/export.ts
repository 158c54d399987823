import type { DealFact } from '../db/models';

const CSV_COLUMNS = [
  'id',
  'type',
  'summary',
  'parties',
  'asset',
  'quantity',
  'value_amount',
  'value_currency',
  'announced',
  'status',
  'origin',
  'review',
  'source_url',
  'source_title',
] as const;

/** One CSV field: quoted when needed, and never read as a formula by spreadsheets. */
function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Deal facts as CSV (RFC 4180), one row per fact, parties as "role:name; role:name". */
export function dealsToCsv(deals: readonly DealFact[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const d of deals) {
    const value = d.value && d.value !== 'undisclosed' ? d.value : undefined;
    rows.push(
      [
        d.id,
        d.type,
        d.summary,
        d.parties.map((p) => `${p.role}:${p.name}`).join('; '),
        d.asset,
        d.quantity,
        value?.amount,
        value?.currency ?? (d.value === 'undisclosed' ? 'undisclosed' : undefined),
        d.announced,
        d.status,
        d.origin,
        d.review,
        d.sources[0]?.url,
        d.sources[0]?.title,
      ]
        .map(field)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Deal facts as a JSON document. */
export function dealsToJson(deals: readonly DealFact[], now = new Date()): string {
  return JSON.stringify(
    { format: 'dealscope-deals', version: 1, exportedAt: now.toISOString(), deals },
    null,
    2,
  );
}

/** Filters of the "All deals" view. */
export interface DealFilter {
  text?: string;
  companyId?: string;
  type?: string;
  year?: string;
}

/** Deals matching a filter, newest first; dismissed suggestions never show. */
export function filterDeals(deals: readonly DealFact[], f: DealFilter): DealFact[] {
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return deals
    .filter((d) => d.review !== 'dismissed')
    .filter((d) => !f.companyId || d.companyIds.includes(f.companyId))
    .filter((d) => !f.type || d.type === f.type)
    .filter((d) => !f.year || d.announced?.startsWith(f.year))
    .filter((d) => {
      if (!words.length) return true;
      const hay = `${d.summary} ${d.asset ?? ''} ${d.parties.map((p) => p.name).join(' ')}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => (b.announced ?? '').localeCompare(a.announced ?? ''));
}
