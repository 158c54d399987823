import { useState } from 'react';
import type { Note } from '@/utils/db/models';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { sendToBackground, sendToTab } from '@/utils/messaging';

/**
 * Edit, delete and undo for notes, through the background (the only writer). After a change the
 * tab's content script is told, so passage highlights follow.
 */
export function useNoteActions(tabId: number | null) {
  // Every note deleted while the popup is open, the latest last: Undo brings them back one by one.
  const [deleted, setDeleted] = useState<Note[]>([]);
  const [error, setError] = useState<string | null>(null);
  const notify = () => {
    if (tabId !== null) void sendToTab(tabId, 'notes/changed', {});
  };
  return {
    /** How many deleted notes Undo can still bring back. */
    undoable: deleted.length,
    error,
    async save(note: Note, body: string, tags: string[]): Promise<string | null> {
      if (!body.trim()) return 'A note needs some text.';
      const companyIds = defaultMatcher()
        .find(`${body}\n${note.target?.quote.exact ?? ''}`)
        .map((m) => m.companyId);
      const result = await sendToBackground('notes/update', {
        id: note.id,
        body,
        tags,
        companyIds: [...new Set([...companyIds, ...note.companyIds])],
      });
      return result.ok ? null : result.error;
    },
    async remove(note: Note) {
      const result = await sendToBackground('notes/delete', { id: note.id });
      if (result.ok) {
        const gone = result.value;
        if (gone) setDeleted((list) => [...list, gone]);
        notify();
      } else setError(`The note was not deleted: ${result.error}`);
    },
    async undo() {
      const last = deleted.at(-1);
      if (!last) return;
      const result = await sendToBackground('notes/restore', { note: last });
      if (result.ok) {
        setDeleted((list) => list.filter((n) => n !== last));
        notify();
      } else setError(`The note could not be restored: ${result.error}`);
    },
  };
}
