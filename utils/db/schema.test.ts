import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './schema';
import { searchNotes } from './search';

const names: string[] = [];
const fresh = () => {
  const name = `schema-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/**
 * Shipped schema versions are frozen: readers' databases were created with them. A change here
 * means a new `version(n + 1)` with an upgrade and an upgrade test, never an edit of an old one.
 */
describe('database schema', () => {
  it('is version 3 with exactly these tables and indexes', async () => {
    const db = openDatabase(fresh());
    await db.open();
    const tables = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    );
    expect(db.verno).toBe(3);
    expect(tables).toEqual({
      articles: 'url, site, lastVisitedAt',
      notes: 'id, articleUrl, createdAt, updatedAt, *companyIds, *tags, *words',
      deals: 'id, *companyIds, type, announced, review, origin',
    });
    db.close();
  });

  it('upgrades a version 1 database and keeps every record', async () => {
    const name = fresh();
    // A database exactly as version 1 of Dealscope wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      articles: 'url, site, lastVisitedAt',
      notes: 'id, articleUrl, createdAt, updatedAt, *companyIds',
      deals: 'id, *companyIds, type, announced, review, origin',
    });
    await v1.table('articles').add({
      url: 'https://news.example/a',
      title: 'Xiaomi buys patents',
      site: 'news.example',
      firstVisitedAt: 1,
      lastVisitedAt: 2,
    });
    await v1.table('notes').bulkAdd([
      {
        id: 'n1',
        articleUrl: 'https://news.example/a',
        body: 'Check the patent count',
        companyIds: ['xiaomi'],
        createdAt: 1,
        updatedAt: 1,
      },
      {
        id: 'n2',
        articleUrl: 'https://news.example/a',
        body: 'Second thought',
        companyIds: [],
        createdAt: 2,
        updatedAt: 2,
      },
    ]);
    await v1.table('deals').add({
      id: 'd1',
      companyIds: ['xiaomi'],
      type: 'patent-purchase',
      review: 'confirmed',
      origin: 'reader',
    });
    v1.close();

    const db = openDatabase(name);
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes.map((n) => [n.id, n.body, n.tags])).toEqual([
      ['n1', 'Check the patent count', []],
      ['n2', 'Second thought', []],
    ]);
    expect(notes[0]?.words).toEqual(
      expect.arrayContaining(['check', 'patent', 'count', 'xiaomi', 'buys', 'patents']),
    );
    expect(await db.notes.where('words').startsWith('thou').primaryKeys()).toEqual(['n2']);
    expect(await db.articles.count()).toBe(1);
    expect(await db.deals.get('d1')).toMatchObject({ type: 'patent-purchase' });
    db.close();
  });

  it('upgrades a version 2 database: every record kept, numbers searchable whole', async () => {
    const name = fresh();
    // A database exactly as version 2 of Dealscope wrote it: "7.2" and "10-K" were split in
    // pieces, and the one-character pieces were not stored.
    const v2 = new Dexie(name);
    v2.version(1).stores({
      articles: 'url, site, lastVisitedAt',
      notes: 'id, articleUrl, createdAt, updatedAt, *companyIds',
      deals: 'id, *companyIds, type, announced, review, origin',
    });
    v2.version(2).stores({ notes: 'id, articleUrl, createdAt, updatedAt, *companyIds, *tags, *words' });
    await v2.table('articles').add({
      url: 'https://news.example/q',
      title: 'Quarterly filing',
      site: 'news.example',
      firstVisitedAt: 1,
      lastVisitedAt: 2,
    });
    await v2.table('notes').add({
      id: 'n1',
      articleUrl: 'https://news.example/q',
      body: 'The 10-K puts the deal at $7.2 billion, for 1,500 patents',
      tags: ['filings'],
      companyIds: [],
      words: ['the', '10', 'puts', 'deal', 'at', 'billion', 'for', '500', 'patents', 'quarterly', 'filing'],
      createdAt: 1,
      updatedAt: 1,
    });
    v2.close();

    const db = openDatabase(name);
    const found = async (text: string) => (await searchNotes(db, { text })).map((h) => h.note.id);
    expect(await found('7.2')).toEqual(['n1']);
    expect(await found('$7.2 billion')).toEqual(['n1']);
    expect(await found('1,500')).toEqual(['n1']);
    expect(await found('10-K')).toEqual(['n1']);
    expect(await found('quarterly')).toEqual(['n1']);
    expect(await db.notes.get('n1')).toMatchObject({ tags: ['filings'], updatedAt: 1 });
    db.close();
  });
});
