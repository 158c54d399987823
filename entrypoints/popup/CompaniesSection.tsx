import { useLiveQuery } from 'dexie-react-hooks';
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { Section } from '@/components/Section';
import { db } from '@/hooks/db';
import { countryName } from '@/utils/country';
import { companySummary } from '@/utils/db/summary';
import { defaultMatcher } from '@/utils/detect/dictionary';
import type { PageCompany } from '@/utils/messaging';
import { truncate } from '@/utils/text';
import { ShowCompanyNotes } from './navigation';

/**
 * "On this page": each company found and how often the page mentions it. Each row opens to the
 * same facts the hover card shows, so keyboard users reach them too.
 */
export function CompaniesSection(props: {
  companies: PageCompany[] | null;
  unavailable?: string;
  inactive?: boolean;
  focusId?: string | null;
}) {
  const { companies, unavailable, inactive, focusId } = props;
  return (
    <Section title="On this page">
      {unavailable !== undefined ? (
        <p className="empty">
          Dealscope cannot read this page. Browser pages and extension stores are off limits; a page that was
          open before Dealscope was installed needs a reload.
        </p>
      ) : companies === null ? (
        <p className="empty">Reading the page…</p>
      ) : inactive ? (
        <p className="empty">Highlighting is off for this page.</p>
      ) : companies.length === 0 ? (
        <p className="empty">No companies found on this page.</p>
      ) : (
        <CompanyLists companies={companies} focusId={focusId ?? null} />
      )}
    </Section>
  );
}

/**
 * The companies of the article, then those named only around it (comments, a cookie banner, a
 * sidebar) under a heading of their own, so that they do not pass for the story's.
 */
function CompanyLists({ companies, focusId }: { companies: PageCompany[]; focusId: string | null }) {
  const { article, elsewhere } = splitByArticle(companies);
  const list = (items: PageCompany[], label?: string) => (
    <ul className="companies" aria-label={label}>
      {items.map((c) => (
        <CompanyRow key={c.id} company={c} focused={c.id === focusId} />
      ))}
    </ul>
  );
  if (!elsewhere.length) return list(article);
  return (
    <>
      {article.length ? (
        list(article, 'In the article')
      ) : (
        <p className="empty">None in the article itself.</p>
      )}
      <h3>Elsewhere on the page</h3>
      {list(elsewhere, 'Elsewhere on the page')}
    </>
  );
}

/** The page's companies named in the article, and those named only around it. */
export function splitByArticle(companies: PageCompany[]): {
  article: PageCompany[];
  elsewhere: PageCompany[];
} {
  // Without a count for the article (an older content script), every company is the article's.
  const isElsewhere = (c: PageCompany) => c.inArticle === 0;
  return { article: companies.filter((c) => !isElsewhere(c)), elsewhere: companies.filter(isElsewhere) };
}

function CompanyRow({ company, focused }: { company: PageCompany; focused: boolean }) {
  const [open, setOpen] = useState(focused);
  const panelId = useId();
  const ref = useRef<HTMLLIElement>(null);
  const entry = defaultMatcher().company(company.id);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  return (
    <li ref={ref} className={`company${focused ? ' focused' : ''}`} data-company={company.id}>
      <button
        type="button"
        className="company-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="company-name">{company.name}</span>
        {entry?.tickers?.[0] ? <span className="ticker">{entry.tickers[0]}</span> : null}
        <span className="count" data-count={company.count}>
          {company.count}
          <span className="visually-hidden">{company.count === 1 ? ' mention' : ' mentions'}</span>
        </span>
      </button>
      {open ? <CompanyDetails id={panelId} companyId={company.id} /> : null}
    </li>
  );
}

function CompanyDetails({ id, companyId }: { id: string; companyId: string }) {
  const showNotes = useContext(ShowCompanyNotes);
  const entry = defaultMatcher().company(companyId);
  const summary = useLiveQuery(() => companySummary(db, companyId), [companyId]);
  const place = [entry?.hq, entry?.country ? countryName(entry.country) : undefined]
    .filter(Boolean)
    .join(', ');
  return (
    <div id={id} className="company-details">
      {place ? <p>{place}</p> : null}
      {summary ? (
        <>
          <p>
            {summary.dealCount} deal {summary.dealCount === 1 ? 'fact' : 'facts'} · {summary.noteCount}{' '}
            {summary.noteCount === 1 ? 'note' : 'notes'}
          </p>
          {summary.deals.length ? (
            <ul className="latest">
              {summary.deals.map((d, i) => (
                <li key={i}>
                  {d.announced ? `${d.announced.slice(0, 4)}: ` : ''}
                  {d.summary}
                </li>
              ))}
            </ul>
          ) : null}
          {summary.notes.length ? (
            <ul className="latest" aria-label={`Latest notes about ${entry?.name ?? companyId}`}>
              {summary.notes.map((n, i) => (
                <li key={i}>
                  {truncate(n.body, 140)}
                  {n.articleTitle ? <span className="muted"> ({n.articleTitle})</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {summary.noteCount > 0 && showNotes ? (
            <button type="button" className="link" onClick={() => showNotes(companyId)}>
              {summary.noteCount === 1 ? 'Open its note' : `All ${summary.noteCount} notes about it`}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
