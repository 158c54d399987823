import { usePageState } from '@/hooks/usePageState';
import { CompaniesSection } from './CompaniesSection';
import { DealsSection } from './DealsSection';
import { NotesSection } from './NotesSection';

/** The review desk: companies on the page, notes on the article, deals about its companies. */
export function App(props: { search: string }) {
  const status = usePageState(props.search);
  const page = status.kind === 'ready' ? status.page : null;
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Dealscope</h1>
        {page ? (
          <p className="page-title" title={page.url}>
            {page.title || page.url}
          </p>
        ) : null}
      </header>
      <CompaniesSection
        companies={page ? page.companies : null}
        {...(status.kind === 'unavailable' ? { unavailable: status.reason } : {})}
      />
      <NotesSection articleUrl={page?.url ?? null} articleTitle={page?.title ?? ''} />
      <DealsSection companyIds={page ? page.companies.map((c) => c.id) : []} />
    </main>
  );
}
