import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './schema';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/**
 * Shipped schema versions are frozen: readers' databases were created with them. A change here
 * means a new `version(n + 1)` with an upgrade and an upgrade test, never an edit of version 1.
 */
describe('database schema', () => {
  it('version 1 is exactly as shipped', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    names.push(name);
    const db = openDatabase(name);
    await db.open();
    const tables = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    );
    expect(db.verno).toBe(1);
    expect(tables).toEqual({
      articles: 'url, site, lastVisitedAt',
      notes: 'id, articleUrl, createdAt, updatedAt, *companyIds',
      deals: 'id, *companyIds, type, announced, review, origin',
    });
    db.close();
  });

  it('keeps records across closing and reopening', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    names.push(name);
    const first = openDatabase(name);
    await first.notes.add({
      id: 'n1',
      articleUrl: 'https://a.example/',
      body: 'b',
      companyIds: [],
      createdAt: 1,
      updatedAt: 1,
    });
    first.close();
    const second = openDatabase(name);
    expect(await second.notes.get('n1')).toMatchObject({ body: 'b' });
    second.close();
  });
});
