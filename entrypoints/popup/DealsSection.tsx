import { useLiveQuery } from 'dexie-react-hooks';
import { Section } from '@/components/Section';
import { db } from '@/hooks/db';
import { dealsForCompanies } from '@/utils/db/deals';
import type { DealFact } from '@/utils/db/models';
import { formatDealValue } from '@/utils/deals/format';

/** Deal facts stored about the companies on this page, newest first. */
export function DealsSection(props: { companyIds: string[] }) {
  // The ids travel as one string so the query reruns when the set changes, not on every render.
  const key = props.companyIds.join(',');
  const deals = useLiveQuery(() => dealsForCompanies(db, key ? key.split(',') : []), [key]);
  return (
    <Section title="Deals">
      {deals && deals.length > 0 ? (
        <ul className="deals">
          {deals.map((deal) => (
            <DealItem key={deal.id} deal={deal} />
          ))}
        </ul>
      ) : deals ? (
        <p className="empty">No deal facts stored for the companies on this page.</p>
      ) : null}
    </Section>
  );
}

function DealItem({ deal }: { deal: DealFact }) {
  const source = deal.sources[0];
  return (
    <li className="deal" data-deal={deal.id}>
      <p className="deal-summary">{deal.summary}</p>
      <p className="deal-meta">
        <span className="deal-type">{deal.type.replace('-', ' ')}</span>
        {deal.announced ? <time dateTime={deal.announced}>{deal.announced}</time> : null}
        {deal.value ? <span>{formatDealValue(deal.value)}</span> : null}
        <span>{deal.status}</span>
        {source && /^https?:/.test(source.url) ? (
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            source
          </a>
        ) : null}
      </p>
    </li>
  );
}
