import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Article, DealFact, Note } from './models';
import { searchWords } from './search-words';

/** Name of the extension's database (one per extension origin). */
export const DB_NAME = 'dealscope';

/**
 * The extension's IndexedDB database. Versions are append-only: never edit a shipped
 * `version(n)`; add `version(n + 1)` with an `.upgrade()` and a test that opens a database
 * written by version n and finds every record.
 */
export class DealscopeDB extends Dexie {
  articles!: EntityTable<Article, 'url'>;
  notes!: EntityTable<Note, 'id'>;
  deals!: EntityTable<DealFact, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      articles: 'url, site, lastVisitedAt',
      notes: 'id, articleUrl, createdAt, updatedAt, *companyIds',
      deals: 'id, *companyIds, type, announced, review, origin',
    });
    // Version 2: passage notes, tags and full-text search words. Existing notes get no tags and
    // the words of their body and article title.
    this.version(2)
      .stores({ notes: 'id, articleUrl, createdAt, updatedAt, *companyIds, *tags, *words' })
      .upgrade((tx) => remakeWords(tx, (note) => (note.tags ??= [])));
    // Version 3: numbers are searched whole ("7.2", "1,500"): every note's words are made again.
    this.version(3)
      .stores({ notes: 'id, articleUrl, createdAt, updatedAt, *companyIds, *tags, *words' })
      .upgrade((tx) => remakeWords(tx));
  }
}

/** Makes every note's search words again (from its body, quote and article title), in an upgrade. */
async function remakeWords(tx: Transaction, also?: (note: Note) => void): Promise<void> {
  const titles = new Map<string, string>();
  await tx.table<Article, string>('articles').each((a) => {
    titles.set(a.url, a.title);
  });
  await tx
    .table<Note, string>('notes')
    .toCollection()
    .modify((note) => {
      also?.(note);
      note.words = searchWords(note.body, note.target?.quote.exact, titles.get(note.articleUrl));
    });
}

/** Opens (creating on first use) the database; pass a name in tests to isolate them. */
export function openDatabase(name: string = DB_NAME): DealscopeDB {
  return new DealscopeDB(name);
}
