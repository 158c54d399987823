import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { NoteItem } from '@/components/NoteItem';
import { Section } from '@/components/Section';
import { UndoBar } from '@/components/UndoBar';
import { db } from '@/hooks/db';
import { useNoteActions } from '@/hooks/useNoteActions';
import { notesForArticle } from '@/utils/db/notes';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { companiesNamedIn } from '@/utils/detect/matcher';
import { type PageState, sendToBackground } from '@/utils/messaging';

/** Notes on this article: write a page note, read, edit and delete them (with undo). */
export function NotesSection(props: {
  page: PageState | null;
  tabId: number | null;
  /** Set when opened from the hover card's "Add note": the note is about this company. */
  focusCompanyId?: string | null;
}) {
  const { page, tabId, focusCompanyId } = props;
  const articleUrl = page?.article.url ?? null;
  const [draft, setDraft] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const actions = useNoteActions(tabId);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusCompanyId && articleUrl) textarea.current?.focus();
  }, [focusCompanyId, articleUrl]);
  const notes = useLiveQuery(
    () => (articleUrl ? notesForArticle(db, articleUrl) : Promise.resolve([])),
    [articleUrl],
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!page || !draft.trim()) return;
    setSaving(true);
    // As the article reads: its companies' short names count in the note ("Lattice").
    const companyIds = companiesNamedIn(
      defaultMatcher(),
      draft,
      (page.companies ?? []).map((c) => c.name),
    );
    if (focusCompanyId) companyIds.push(focusCompanyId);
    const result = await sendToBackground('notes/add', {
      article: page.article,
      body: draft,
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      companyIds: [...new Set(companyIds)],
    });
    setSaving(false);
    if (result.ok) {
      setDraft('');
      setTags('');
      setError(null);
      // The Save button was disabled while saving, which took the focus from it: the reader goes
      // on where a next note is written.
      setTimeout(() => textarea.current?.focus(), 0);
    } else setError(`The note was not saved: ${result.error}`);
  };

  return (
    <Section title="Notes">
      {page ? (
        <form className="composer" onSubmit={save}>
          <label htmlFor="note-body">Note on this article</label>
          <textarea
            ref={textarea}
            id="note-body"
            value={draft}
            rows={3}
            maxLength={20000}
            placeholder="What matters in this article? Select text on the page to note a passage."
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
            }}
          />
          <label htmlFor="note-tags">Tags (comma-separated)</label>
          <input id="note-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
          <button type="submit" disabled={saving || !draft.trim()}>
            Save note
          </button>
        </form>
      ) : null}
      {error || actions.error ? (
        <p role="alert" className="error">
          {error ?? actions.error}
        </p>
      ) : null}
      <UndoBar
        count={actions.undoable}
        one="Note deleted."
        many="notes deleted."
        onUndo={() => void actions.undo()}
      />
      {notes && notes.length > 0 ? (
        <ul className="notes" aria-label="Notes on this article">
          {notes.map((note) => (
            <li key={note.id}>
              <NoteItem
                note={note}
                status={page?.anchors[note.id]}
                onSave={(body, t) => actions.save(note, body, t)}
                onDelete={() => void actions.remove(note)}
              />
            </li>
          ))}
        </ul>
      ) : notes && articleUrl ? (
        <p className="empty">No notes on this article yet.</p>
      ) : null}
    </Section>
  );
}
