import { useState } from 'react';
import { usePageState } from '@/hooks/usePageState';
import { AllDeals } from './AllDeals';
import { AllNotes } from './AllNotes';
import { CompaniesSection } from './CompaniesSection';
import { DealsSection } from './DealsSection';
import { NotesSection } from './NotesSection';
import { ShowCompanyNotes } from './navigation';
import { Switches } from './Switches';

type View = 'page' | 'notes' | 'deals';

/** The review desk: companies on the page, notes on the article, deals about its companies. */
export function App(props: { search: string }) {
  const status = usePageState(props.search);
  const params = new URLSearchParams(props.search);
  const focusId = params.get('company');
  const compose = params.get('compose') === '1';
  const asked = params.get('view');
  const [view, setView] = useState<View>(asked === 'notes' || asked === 'deals' ? asked : 'page');
  // The company "All notes" opens filtered to, when a company's row asked for its notes.
  const [notesCompany, setNotesCompany] = useState('');
  const showCompanyNotes = (companyId: string) => {
    setNotesCompany(companyId);
    setView('notes');
  };
  const page = status.kind === 'ready' ? status.page : null;
  const tabId = status.kind === 'ready' ? status.tabId : null;
  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Dealscope</h1>
        <nav className="views" aria-label="Views">
          <button type="button" aria-pressed={view === 'page'} onClick={() => setView('page')}>
            This page
          </button>
          <button type="button" aria-pressed={view === 'notes'} onClick={() => setView('notes')}>
            All notes
          </button>
          <button type="button" aria-pressed={view === 'deals'} onClick={() => setView('deals')}>
            All deals
          </button>
          <a href="/options.html" target="_blank" rel="noopener">
            Your data
          </a>
        </nav>
        {view === 'page' && page ? (
          <p className="page-title" title={page.url}>
            {page.title || page.url}
          </p>
        ) : null}
        {view === 'page' && page ? <Switches host={hostOf(page.url)} /> : null}
      </header>
      {view === 'page' ? (
        <ShowCompanyNotes.Provider value={showCompanyNotes}>
          <CompaniesSection
            companies={page ? page.companies : null}
            inactive={page ? !page.active : false}
            focusId={focusId}
            {...(status.kind === 'unavailable' ? { unavailable: status.reason } : {})}
          />
          <NotesSection page={page} tabId={tabId} focusCompanyId={compose ? focusId : null} />
          <DealsSection page={page} tabId={tabId} />
        </ShowCompanyNotes.Provider>
      ) : view === 'notes' ? (
        <AllNotes key={notesCompany} companyId={notesCompany} />
      ) : (
        <AllDeals />
      )}
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
