import type { Note } from './models';
import type { DealscopeDB } from './schema';

/** Input for a new page note. */
export interface NewNote {
  articleUrl: string;
  articleTitle: string;
  body: string;
  companyIds: string[];
}

/**
 * Saves a note and makes sure its article exists, in one transaction, so a note is never stored
 * without the article it belongs to.
 */
export async function addNote(db: DealscopeDB, input: NewNote, now = Date.now()): Promise<Note> {
  const note: Note = {
    id: crypto.randomUUID(),
    articleUrl: input.articleUrl,
    body: input.body,
    companyIds: [...new Set(input.companyIds)],
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.articles, db.notes, async () => {
    const existing = await db.articles.get(input.articleUrl);
    if (existing) {
      const title = existing.title || input.articleTitle;
      await db.articles.update(input.articleUrl, { title, lastVisitedAt: now });
    } else {
      await db.articles.add({
        url: input.articleUrl,
        title: input.articleTitle,
        site: siteOf(input.articleUrl),
        firstVisitedAt: now,
        lastVisitedAt: now,
      });
    }
    await db.notes.add(note);
  });
  return note;
}

/** Deletes a note and returns it, so the caller can offer an undo. */
export async function deleteNote(db: DealscopeDB, id: string): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note;
  });
}

/** Puts back a deleted note exactly as it was (the undo of {@link deleteNote}). */
export async function restoreNote(db: DealscopeDB, note: Note): Promise<void> {
  await db.notes.put(note);
}

/** Notes on one article, newest first. */
export async function notesForArticle(db: DealscopeDB, articleUrl: string): Promise<Note[]> {
  const notes = await db.notes.where('articleUrl').equals(articleUrl).toArray();
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}

/** Host name of a URL, or "" when it has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
