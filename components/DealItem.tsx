import type { DealFact } from '@/utils/db/models';
import { formatDealValue } from '@/utils/deals/format';

/** One stored deal fact: summary, type, date, value, status and its source. */
export function DealItem({ deal }: { deal: DealFact }) {
  const source = deal.sources[0];
  return (
    <article className="deal" data-deal={deal.id}>
      <p className="deal-summary">{deal.summary}</p>
      <p className="deal-meta">
        <span className="deal-type">{deal.type.replace('-', ' ')}</span>
        {deal.announced ? <time dateTime={deal.announced}>{deal.announced}</time> : null}
        {deal.value ? <span>{formatDealValue(deal.value)}</span> : null}
        <span>{deal.status}</span>
        {deal.origin !== 'seed' ? (
          <span className="badge">{deal.origin === 'reader' ? 'yours' : 'from an article'}</span>
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
      </p>
    </article>
  );
}
