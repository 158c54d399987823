import type { ReactNode } from 'react';
import type { DealFact } from '@/utils/db/models';
import { formatDealValue, statusLabel } from '@/utils/deals/format';

/** The figures of a deal, stored or suggested: what Confirm keeps. */
interface Figures {
  type: DealFact['type'];
  announced?: string;
  value?: DealFact['value'];
  status: DealFact['status'];
}

/**
 * A deal's type, date, value and status, in the order a reader scans them. `undated` says so when
 * there is no date, for a suggestion whose date the reader may want to add before confirming.
 */
export function DealMeta({
  deal,
  undated,
  children,
}: {
  deal: Figures;
  undated?: boolean;
  children?: ReactNode;
}) {
  return (
    // Each figure says what it is to a screen reader, which does not see the dots between them.
    <p className="deal-meta">
      <span className="deal-type">
        <Label>Type: </Label>
        {deal.type.replace('-', ' ')}
      </span>
      {deal.announced ? (
        <time dateTime={deal.announced}>
          <Label>Date: </Label>
          {deal.announced}
        </time>
      ) : undated ? (
        <span className="undated">no date</span>
      ) : null}
      {deal.value ? (
        <span>
          <Label>Value: </Label>
          {formatDealValue(deal.value)}
        </span>
      ) : null}
      <span className="deal-status">
        <Label>Status: </Label>
        {statusLabel(deal.type, deal.status)}
      </span>
      {children}
    </p>
  );
}

/** One stored deal fact: summary, type, date, value, status and its source. */
export function DealItem({ deal }: { deal: DealFact }) {
  const source = deal.sources[0];
  return (
    <article className="deal" data-deal={deal.id}>
      <p className="deal-summary" title={deal.summary}>
        {deal.summary}
      </p>
      <DealMeta deal={deal}>
        {deal.origin !== 'seed' ? (
          <span className="badge">
            <Label>Origin: </Label>
            {deal.origin === 'reader' ? 'yours' : 'from an article'}
          </span>
        ) : null}
        {source && /^https?:/.test(source.url) ? (
          <a
            href={source.url}
            target="_blank"
            rel="noreferrer noopener"
            title={source.title}
            aria-label={`Source: ${source.title || source.url}`}
          >
            source{deal.sources.length > 1 ? ` (+${deal.sources.length - 1})` : ''}
          </a>
        ) : null}
      </DealMeta>
    </article>
  );
}

/** Words for a screen reader only. */
function Label({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
