import type { Article, Note } from './models';
import type { DealscopeDB } from './schema';
import { queryWords } from './search-words';

/** What the reader searches for; every part is optional. */
export interface NoteQuery {
  /** Words to find in bodies, quotes and article titles (each word as a prefix). */
  text?: string;
  companyId?: string;
  tag?: string;
  /** Host name of the article. */
  site?: string;
}

/** A search result: the note with its article. */
export interface NoteHit {
  note: Note;
  article: Article | undefined;
}

/** Results the "All notes" view loads at once; a search or filter narrows the rest. */
export const NOTE_RESULT_LIMIT = 500;

/**
 * Finds notes, newest first, at most `limit` of them. Every word of the query must prefix-match
 * a word of the note (an indexed lookup per word on the multi-entry `words` index); the company
 * and tag filters use their own indexes, the site filter the articles table. The filters are met
 * on primary keys only; then only the notes returned are read, the newest chosen on the
 * `updatedAt` index when more match. Fast with tens of thousands of notes.
 */
export async function searchNotes(db: DealscopeDB, query: NoteQuery, limit = 10_000): Promise<NoteHit[]> {
  return db.transaction('r', db.notes, db.articles, async () => {
    let ids: Set<string> | null = null;
    const narrow = (found: string[]) => {
      ids = ids ? new Set(found.filter((id) => (ids as Set<string>).has(id))) : new Set(found);
    };
    for (const word of queryWords(query.text ?? '')) {
      narrow((await db.notes.where('words').startsWith(word).primaryKeys()) as string[]);
      if ((ids as Set<string> | null)?.size === 0) return [];
    }
    if (query.companyId)
      narrow((await db.notes.where('companyIds').equals(query.companyId).primaryKeys()) as string[]);
    if (query.tag) narrow((await db.notes.where('tags').equals(query.tag).primaryKeys()) as string[]);
    if (query.site) {
      const urls = (await db.articles.where('site').equals(query.site).primaryKeys()) as string[];
      // One indexed lookup per article: much faster than anyOf() over many keys.
      const keys = await Promise.all(
        urls.map((url) => db.notes.where('articleUrl').equals(url).primaryKeys()),
      );
      narrow(keys.flat() as string[]);
    }
    let notes: Note[];
    if (!ids) {
      notes = await db.notes.orderBy('updatedAt').reverse().limit(limit).toArray();
    } else {
      const matching: Set<string> = ids;
      let chosen = [...matching];
      if (chosen.length > limit) {
        // Newest first by the index, keys only, until enough match. As many of the newest keys
        // are read as should hold `limit` matches with some to spare (a common word does not
        // read the keys of every note); all of them if those fall short.
        const total = await db.notes.count();
        const enough = Math.ceil(((limit * total) / matching.size) * 1.5) + 100;
        chosen = newestMatching(
          (await db.notes.orderBy('updatedAt').reverse().limit(enough).primaryKeys()) as string[],
          matching,
          limit,
        );
        if (chosen.length < limit && enough < total) {
          const all = (await db.notes.orderBy('updatedAt').reverse().primaryKeys()) as string[];
          chosen = newestMatching(all, matching, limit);
        }
      }
      notes = (await db.notes.bulkGet(chosen)).filter((n): n is Note => n !== undefined);
      notes.sort((a, b) => b.updatedAt - a.updatedAt);
    }
    const articles = await db.articles.bulkGet([...new Set(notes.map((n) => n.articleUrl))]);
    const byUrl = new Map(articles.filter((a): a is Article => a !== undefined).map((a) => [a.url, a]));
    return notes.map((note) => ({ note, article: byUrl.get(note.articleUrl) }));
  });
}

/** The first `limit` of `newest` (primary keys, newest first) that are in `matching`. */
function newestMatching(newest: readonly string[], matching: ReadonlySet<string>, limit: number): string[] {
  const chosen: string[] = [];
  for (const id of newest) {
    if (!matching.has(id)) continue;
    chosen.push(id);
    if (chosen.length >= limit) break;
  }
  return chosen;
}

/** The values the filters can take: companies, tags and sites that have notes. */
export async function noteFacets(
  db: DealscopeDB,
): Promise<{ companyIds: string[]; tags: string[]; sites: string[] }> {
  return db.transaction('r', db.notes, db.articles, async () => ({
    companyIds: (await db.notes.orderBy('companyIds').uniqueKeys()) as string[],
    tags: (await db.notes.orderBy('tags').uniqueKeys()) as string[],
    sites: (await db.articles.orderBy('site').uniqueKeys()) as string[],
  }));
}
