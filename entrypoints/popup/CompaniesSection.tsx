import { Section } from '@/components/Section';
import { defaultMatcher } from '@/utils/detect/dictionary';
import type { PageCompany } from '@/utils/messaging';

/** "On this page": each company found and how often the page mentions it. */
export function CompaniesSection(props: { companies: PageCompany[] | null; unavailable?: string }) {
  const { companies, unavailable } = props;
  return (
    <Section title="On this page">
      {unavailable !== undefined ? (
        <p className="empty">
          Dealscope cannot read this page. Browser pages and extension stores are off limits; a page that was
          open before Dealscope was installed needs a reload.
        </p>
      ) : companies === null ? (
        <p className="empty">Reading the page…</p>
      ) : companies.length === 0 ? (
        <p className="empty">No companies found on this page.</p>
      ) : (
        <ul className="companies">
          {companies.map((c) => {
            const entry = defaultMatcher().company(c.id);
            return (
              <li key={c.id} className="company" data-company={c.id}>
                <span className="company-name">{c.name}</span>
                {entry?.tickers?.[0] ? <span className="ticker">{entry.tickers[0]}</span> : null}
                <span className="count" data-count={c.count}>
                  {c.count}
                  <span className="visually-hidden">{c.count === 1 ? ' mention' : ' mentions'}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
