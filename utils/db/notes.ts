import type { PassageTarget } from '../anchoring/selectors';
import type { ArticleMetadata } from '../articles/metadata';
import { hostOf } from '../articles/url';
import type { Article, Note } from './models';
import type { DealscopeDB } from './schema';
import { searchWords } from './search-words';

/** Input for a new note. */
export interface NewNote {
  article: ArticleMetadata;
  body: string;
  tags?: string[];
  companyIds: string[];
  /** The passage, for a note on a quote; absent for a page note. */
  target?: PassageTarget;
}

/** Tags as stored: trimmed, lower case, no "#", distinct. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [
    ...new Set(
      tags
        .map((t) => t.replace(/^#+/, '').trim().toLowerCase())
        .filter((t) => t.length > 0 && t.length <= 50),
    ),
  ].slice(0, 50);
}

/**
 * Records the article (first visit kept, metadata refreshed) inside the caller's transaction.
 * Returns the stored article.
 */
export async function upsertArticle(db: DealscopeDB, meta: ArticleMetadata, now: number): Promise<Article> {
  const existing = await db.articles.get(meta.url);
  const article: Article = {
    ...existing,
    url: meta.url,
    title: meta.title || existing?.title || meta.url,
    site: meta.site || existing?.site || hostOf(meta.url),
    firstVisitedAt: existing?.firstVisitedAt ?? now,
    lastVisitedAt: now,
  };
  if (meta.siteName) article.siteName = meta.siteName;
  if (meta.author) article.author = meta.author;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  await db.articles.put(article);
  return article;
}

/**
 * Saves a note and its article in one transaction, so a note is never stored without the
 * article it belongs to. Two tabs saving at once both keep their notes (ids are random).
 */
export async function addNote(db: DealscopeDB, input: NewNote, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.articles, db.notes, async () => {
    const article = await upsertArticle(db, input.article, now);
    const note: Note = {
      id: crypto.randomUUID(),
      articleUrl: article.url,
      body: input.body,
      tags: normaliseTags(input.tags ?? []),
      companyIds: [...new Set(input.companyIds)],
      words: searchWords(input.body, input.target?.quote.exact, article.title),
      createdAt: now,
      updatedAt: now,
    };
    if (input.target) note.target = input.target;
    await db.notes.add(note);
    return note;
  });
}

/** Edits a note's body, tags and companies; returns the updated note (undefined if gone). */
export async function updateNote(
  db: DealscopeDB,
  id: string,
  change: { body: string; tags: string[]; companyIds: string[] },
  now = Date.now(),
): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, db.articles, async () => {
    const note = await db.notes.get(id);
    if (!note) return undefined;
    const title = (await db.articles.get(note.articleUrl))?.title;
    const updated: Note = {
      ...note,
      body: change.body,
      tags: normaliseTags(change.tags),
      companyIds: [...new Set(change.companyIds)],
      words: searchWords(change.body, note.target?.quote.exact, title),
      updatedAt: now,
    };
    await db.notes.put(updated);
    return updated;
  });
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
