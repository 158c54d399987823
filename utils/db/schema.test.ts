import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './schema';

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
  it('is version 2 with exactly these tables and indexes', async () => {
    const db = openDatabase(fresh());
    await db.open();
    const tables = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    );
    expect(db.verno).toBe(2);
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
});
