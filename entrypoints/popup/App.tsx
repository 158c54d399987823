import { usePageState } from '@/hooks/usePageState';
import { CompaniesSection } from './CompaniesSection';
import { DealsSection } from './DealsSection';
import { NotesSection } from './NotesSection';
import { Switches } from './Switches';

/** The review desk: companies on the page, notes on the article, deals about its companies. */
export function App(props: { search: string }) {
  const status = usePageState(props.search);
  const params = new URLSearchParams(props.search);
  const focusId = params.get('company');
  const compose = params.get('compose') === '1';
  const page = status.kind === 'ready' ? status.page : null;
  const host = page ? hostOf(page.url) : null;
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Dealscope</h1>
        {page ? (
          <p className="page-title" title={page.url}>
            {page.title || page.url}
          </p>
        ) : null}
        {status.kind === 'ready' ? <Switches host={host} /> : null}
      </header>
      <CompaniesSection
        companies={page ? page.companies : null}
        inactive={page ? !page.active : false}
        focusId={focusId}
        {...(status.kind === 'unavailable' ? { unavailable: status.reason } : {})}
      />
      <NotesSection
        articleUrl={page?.url ?? null}
        articleTitle={page?.title ?? ''}
        focusCompanyId={compose ? focusId : null}
      />
      <DealsSection companyIds={page ? page.companies.map((c) => c.id) : []} />
    </main>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
