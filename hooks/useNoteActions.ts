import { useState } from 'react';
import type { Note } from '@/utils/db/models';
import { defaultMatcher } from '@/utils/detect/dictionary';
import { sendToBackground, sendToTab } from '@/utils/messaging';

/**
 * Edit, delete and undo for notes, through the background (the only writer). After a change the
 * tab's content script is told, so passage highlights follow.
 */
export function useNoteActions(tabId: number | null) {
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const notify = () => {
    if (tabId !== null) void sendToTab(tabId, 'notes/changed', {});
  };
  return {
    deleted,
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
        setDeleted(result.value);
        notify();
      } else setError(`The note was not deleted: ${result.error}`);
    },
    async undo() {
      if (!deleted) return;
      const result = await sendToBackground('notes/restore', { note: deleted });
      if (result.ok) {
        setDeleted(null);
        notify();
      } else setError(`The note could not be restored: ${result.error}`);
    },
  };
}
