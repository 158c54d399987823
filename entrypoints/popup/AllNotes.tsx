import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Section } from '@/components/Section';
import { VirtualList } from '@/components/VirtualList';
import { db } from '@/hooks/db';
import { NOTE_RESULT_LIMIT, type NoteHit, noteFacets, searchNotes } from '@/utils/db/search';
import { defaultMatcher } from '@/utils/detect/dictionary';

const ROW_HEIGHT = 92;

/**
 * Every note, searchable and filterable (from a company's row: filtered to it); a result opens its
 * article at the passage.
 */
export function AllNotes(props: { companyId?: string }) {
  const [text, setText] = useState('');
  const [companyId, setCompanyId] = useState(props.companyId ?? '');
  const [tag, setTag] = useState('');
  const [site, setSite] = useState('');
  const facets = useLiveQuery(() => noteFacets(db), []);
  const hits = useLiveQuery(
    () =>
      searchNotes(
        db,
        {
          text,
          ...(companyId ? { companyId } : {}),
          ...(tag ? { tag } : {}),
          ...(site ? { site } : {}),
        },
        NOTE_RESULT_LIMIT,
      ),
    [text, companyId, tag, site],
  );
  const open = (hit: NoteHit) => {
    const url = hit.note.target
      ? `${hit.note.articleUrl}#dealscope-note=${hit.note.id}`
      : hit.note.articleUrl;
    void browser.tabs.create({ url });
  };
  const matcher = defaultMatcher();
  return (
    <Section title="All notes">
      <div className="filters">
        <input
          type="search"
          aria-label="Search notes"
          placeholder="Search notes, quotes and titles"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select aria-label="Company" value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
          <option value="">All companies</option>
          {facets?.companyIds.map((id) => (
            <option key={id} value={id}>
              {matcher.company(id)?.name ?? id}
            </option>
          ))}
        </select>
        <select aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">All tags</option>
          {facets?.tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
        <select aria-label="Site" value={site} onChange={(e) => setSite(e.target.value)}>
          <option value="">All sites</option>
          {facets?.sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <p className="empty" role="status">
        {hits
          ? hits.length >= NOTE_RESULT_LIMIT
            ? `The newest ${NOTE_RESULT_LIMIT} notes; search or filter to find older ones`
            : `${hits.length} ${hits.length === 1 ? 'note' : 'notes'}`
          : 'Searching…'}
      </p>
      {hits && hits.length > 0 ? (
        <VirtualList
          items={hits}
          rowHeight={ROW_HEIGHT}
          height={Math.min(420, hits.length * ROW_HEIGHT)}
          label="Search results"
          keyOf={(hit) => hit.note.id}
          render={(hit) => (
            <button type="button" className="hit" onClick={() => open(hit)}>
              {hit.note.target ? <span className="hit-quote">“{hit.note.target.quote.exact}”</span> : null}
              <span className="hit-body">{hit.note.body}</span>
              <span className="hit-article">{hit.article?.title ?? hit.note.articleUrl}</span>
            </button>
          )}
        />
      ) : null}
    </Section>
  );
}
