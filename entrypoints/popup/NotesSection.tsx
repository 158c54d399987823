import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { LinkedText } from '@/components/LinkedText';
import { Section } from '@/components/Section';
import { db } from '@/hooks/db';
import type { Note } from '@/utils/db/models';
import { notesForArticle } from '@/utils/db/notes';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { sendToBackground } from '@/utils/messaging';

const formatTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Notes on this article: write one, read them, delete with undo. */
export function NotesSection(props: {
  articleUrl: string | null;
  articleTitle: string;
  /** Set when opened from the hover card's "Add note": the note is about this company. */
  focusCompanyId?: string | null;
}) {
  const { articleUrl, articleTitle, focusCompanyId } = props;
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusCompanyId && articleUrl) textarea.current?.focus();
  }, [focusCompanyId, articleUrl]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const notes = useLiveQuery(
    () => (articleUrl ? notesForArticle(db, articleUrl) : Promise.resolve([])),
    [articleUrl],
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!articleUrl || !draft.trim()) return;
    setSaving(true);
    const companyIds = defaultMatcher()
      .find(draft)
      .map((m) => m.companyId);
    if (focusCompanyId) companyIds.push(focusCompanyId);
    const result = await sendToBackground('notes/add', { articleUrl, articleTitle, body: draft, companyIds });
    setSaving(false);
    if (result.ok) {
      setDraft('');
      setError(null);
    } else {
      setError(`The note was not saved: ${result.error}`);
    }
  };

  const remove = async (note: Note) => {
    const result = await sendToBackground('notes/delete', { id: note.id });
    if (result.ok) setDeleted(result.value);
    else setError(`The note was not deleted: ${result.error}`);
  };

  const undo = async () => {
    if (!deleted) return;
    const result = await sendToBackground('notes/restore', { note: deleted });
    if (result.ok) setDeleted(null);
    else setError(`The note could not be restored: ${result.error}`);
  };

  return (
    <Section title="Notes">
      {articleUrl ? (
        <form className="composer" onSubmit={save}>
          <label htmlFor="note-body">Note on this article</label>
          <textarea
            ref={textarea}
            id="note-body"
            value={draft}
            rows={3}
            maxLength={20000}
            placeholder="What matters in this article?"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
            }}
          />
          <button type="submit" disabled={saving || !draft.trim()}>
            Save note
          </button>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {deleted ? (
        <p role="status" className="undo">
          Note deleted.{' '}
          <button type="button" onClick={undo}>
            Undo
          </button>
        </p>
      ) : null}
      {notes && notes.length > 0 ? (
        <ul className="notes" aria-label="Notes on this article">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note-body">
                <LinkedText text={note.body} />
              </p>
              <footer>
                <time dateTime={new Date(note.createdAt).toISOString()}>{formatTime(note.createdAt)}</time>
                <button type="button" className="link" onClick={() => remove(note)} aria-label="Delete note">
                  Delete
                </button>
              </footer>
            </li>
          ))}
        </ul>
      ) : notes ? (
        <p className="empty">No notes on this article yet.</p>
      ) : null}
    </Section>
  );
}
