import { type FormEvent, useRef, useState } from 'react';
import type { Note } from '@/utils/db/models';
import type { PassageStatus } from '@/utils/messaging';
import { LinkedText } from './LinkedText';
import { escapeCancels } from './UndoBar';

const formatTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One note: its quote (for a passage note), body (text, links as links), tags and time, with
 * edit and delete. `status` says whether its passage is on the page ("not found on this page").
 */
export function NoteItem(props: {
  note: Note;
  status?: PassageStatus | undefined;
  onSave: (body: string, tags: string[]) => Promise<string | null>;
  onDelete: () => void;
}) {
  const { note, status } = props;
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  // Editing starts from the note as stored, and Cancel (or Esc) drops what was typed.
  const startEditing = () => {
    setBody(note.body);
    setTags(note.tags.join(', '));
    setError(null);
    setEditing(true);
  };
  const editButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setEditing(false);
    setError(null);
    // Back to where the reader was: the note's Edit button (after the form is gone).
    setTimeout(() => editButton.current?.focus(), 0);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await props.onSave(
      body,
      tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    );
    if (problem) setError(problem);
    else {
      setError(null);
      setEditing(false);
      // Saved: back to the note's Edit button, as after Cancel.
      setTimeout(() => editButton.current?.focus(), 0);
    }
  };
  return (
    <article className="note" data-note={note.id}>
      {note.target ? (
        <blockquote className="note-quote" cite={note.articleUrl}>
          {note.target.quote.exact}
        </blockquote>
      ) : null}
      {status === 'orphaned' ? (
        <p className="orphaned" role="note">
          Not found on this page: the passage has changed or is not loaded yet.
        </p>
      ) : status === 'changed' ? (
        <p className="orphaned" role="note">
          Found, but the article's wording has changed since you quoted it.
        </p>
      ) : null}
      {editing ? (
        <form className="note-edit" onSubmit={submit} onKeyDown={escapeCancels(cancel)}>
          <label>
            Note
            {/* biome-ignore lint/a11y/noAutofocus: the reader just asked to edit this note */}
            <textarea value={body} rows={3} autoFocus onChange={(e) => setBody(e.target.value)} />
          </label>
          <label>
            Tags
            <input value={tags} onChange={(e) => setTags(e.target.value)} />
          </label>
          {error ? <p role="alert">{error}</p> : null}
          <div className="row">
            <button type="button" className="link" onClick={cancel}>
              Cancel
            </button>
            <button type="submit">Save</button>
          </div>
        </form>
      ) : (
        <>
          {note.body ? (
            <p className="note-body">
              <LinkedText text={note.body} />
            </p>
          ) : null}
          {note.tags.length ? (
            <ul className="tags" aria-label="Tags">
              {note.tags.map((t) => (
                <li key={t}>#{t}</li>
              ))}
            </ul>
          ) : null}
          <footer>
            <time dateTime={new Date(note.createdAt).toISOString()}>{formatTime(note.createdAt)}</time>
            <span>
              <button
                type="button"
                className="link"
                ref={editButton}
                onClick={startEditing}
                aria-label="Edit note"
              >
                Edit
              </button>{' '}
              <button type="button" className="link" onClick={props.onDelete} aria-label="Delete note">
                Delete
              </button>
            </span>
          </footer>
        </>
      )}
    </article>
  );
}
