import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDeals } from '../deals/seed';
import { touchArticle } from './articles';
import { addMissingSeedDeals, dealsForCompanies } from './deals';
import { addNote, deleteNote, notesForArticle, restoreNote } from './notes';
import { type DealscopeDB, openDatabase } from './schema';

let db: DealscopeDB;
let name: string;
const URL_A = 'https://news.example.com/a';
const article = (title = 'A') => ({ url: URL_A, title, site: 'news.example.com' });

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
  db = openDatabase(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('notes', () => {
  it('saves a note together with its article', async () => {
    const note = await addNote(db, { article: article('A'), body: 'hello', companyIds: ['x', 'x'] }, 1000);
    expect(note.companyIds).toEqual(['x']);
    expect(await db.articles.get(URL_A)).toEqual({
      url: URL_A,
      title: 'A',
      site: 'news.example.com',
      firstVisitedAt: 1000,
      lastVisitedAt: 1000,
    });
    await addNote(db, { article: article('A2'), body: 'second', companyIds: [] }, 2000);
    const stored = await db.articles.get(URL_A);
    expect(stored?.firstVisitedAt).toBe(1000);
    expect(stored?.lastVisitedAt).toBe(2000);
    expect((await notesForArticle(db, URL_A)).map((n) => n.body)).toEqual(['second', 'hello']);
    expect(stored?.title).toBe('A2');
  });

  it('deletes a note and restores it unchanged', async () => {
    const note = await addNote(db, { article: article('A'), body: 'keep me', companyIds: [] });
    const removed = await deleteNote(db, note.id);
    expect(removed).toEqual(note);
    expect(await notesForArticle(db, URL_A)).toEqual([]);
    await restoreNote(db, note);
    expect(await notesForArticle(db, URL_A)).toEqual([note]);
    expect(await deleteNote(db, 'missing')).toBeUndefined();
  });

  it('keeps notes of two concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        addNote(db, { article: article('A'), body: `n${i}`, companyIds: [] }),
      ),
    );
    expect(await db.notes.count()).toBe(20);
    expect(await db.articles.count()).toBe(1);
  });
});

describe('articles', () => {
  it('records visits only for articles the reader keeps something about', async () => {
    expect(await touchArticle(db, article(), 5)).toBe(false);
    expect(await db.articles.count()).toBe(0);
    await addNote(db, { article: article('A'), body: 'x', companyIds: [] }, 1);
    expect(await touchArticle(db, { ...article('A, updated'), author: 'Lena Marsh' }, 9)).toBe(true);
    expect(await db.articles.get(URL_A)).toMatchObject({
      title: 'A, updated',
      lastVisitedAt: 9,
      firstVisitedAt: 1,
    });
  });
});

describe('deals', () => {
  const seed = seedDeals((id) => id.toUpperCase());

  it('adds seed facts once, never duplicating or overwriting', async () => {
    expect(await addMissingSeedDeals(db, seed)).toBe(seed.length);
    const first = seed[0];
    if (!first) throw new Error('empty seed');
    await db.deals.update(first.id, { summary: 'edited by the reader' });
    expect(await addMissingSeedDeals(db, seed)).toBe(0);
    expect(await db.deals.count()).toBe(seed.length);
    expect((await db.deals.get(first.id))?.summary).toBe('edited by the reader');
  });

  it('finds deals by company, deals between the given companies first', async () => {
    await addMissingSeedDeals(db, seed);
    const deals = await dealsForCompanies(db, ['xiaomi', 'microsoft']);
    expect(deals.length).toBeGreaterThan(3);
    expect(
      deals.slice(0, 3).every((d) => d.companyIds.includes('xiaomi') && d.companyIds.includes('microsoft')),
    ).toBe(true);
    expect(deals.some((d) => d.summary === 'Xiaomi bought about 1,500 patents from Microsoft')).toBe(true);
    expect(new Set(deals.map((d) => d.id)).size).toBe(deals.length);
    const rest = deals.slice(3).map((d) => d.announced ?? '');
    expect(rest).toEqual([...rest].sort().reverse());
    expect(await dealsForCompanies(db, [])).toEqual([]);
  });

  it('hides dismissed facts', async () => {
    await addMissingSeedDeals(db, seed);
    await db.deals.update('seed-2016-xiaomi-microsoft-patents', { review: 'dismissed' });
    const ids = (await dealsForCompanies(db, ['xiaomi'])).map((d) => d.id);
    expect(ids).not.toContain('seed-2016-xiaomi-microsoft-patents');
  });
});
