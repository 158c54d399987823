import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePassage } from '../anchoring/selectors';
import { addNote } from '../db/notes';
import { type DealscopeDB, openDatabase } from '../db/schema';
import { searchNotes } from '../db/search';
import { EXPORT_FORMAT, parseExport } from './format';
import { eraseAll, exportAll, importAll, notesToMarkdown, notesToWebAnnotations } from './transfer';

let db: DealscopeDB;
let name: string;
const A = { url: 'https://news.example/a', title: 'Xiaomi buys patents', site: 'news.example' };
const B = { url: 'https://other.example/b', title: 'Chip royalties', site: 'other.example' };
const TEXT = 'Xiaomi has agreed to buy roughly 1,500 patents from Microsoft.';

beforeEach(async () => {
  name = `transfer-${crypto.randomUUID()}`;
  db = openDatabase(name);
  await addNote(
    db,
    { article: A, body: 'Patent count *matters*', tags: ['Patents', '#ip'], companyIds: ['xiaomi'] },
    1000,
  );
  await addNote(
    db,
    { article: A, body: 'On the quote', companyIds: [], target: describePassage(TEXT, 0, 24) },
    2000,
  );
  await addNote(db, { article: B, body: 'Royalty <b>rates</b>', companyIds: ['arm'] }, 3000);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('export and import', () => {
  it('round-trips everything through erase and import', async () => {
    const file = await exportAll(db);
    expect(file.format).toBe(EXPORT_FORMAT);
    const text = JSON.stringify(file);
    await eraseAll(db, []);
    expect(await db.notes.count()).toBe(0);
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const report = await importAll(db, parsed.value);
    expect(report.added).toEqual({ articles: 2, notes: 3, deals: 0 });
    expect((await exportAll(db)).notes).toEqual(file.notes);
    expect((await searchNotes(db, { text: 'royalty' })).map((h) => h.note.body)).toEqual([
      'Royalty <b>rates</b>',
    ]);
  });

  it("makes imported notes' search words itself, whatever the file says they are", async () => {
    const file = await exportAll(db);
    await eraseAll(db, []);
    // An export from an older version, or edited by hand: words missing or wrong.
    const parsed = parseExport(
      JSON.stringify({ ...file, notes: file.notes.map((n) => ({ ...n, words: ['zzz'] })) }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    await importAll(db, parsed.value);
    expect((await searchNotes(db, { text: 'royalty' })).map((h) => h.note.body)).toEqual([
      'Royalty <b>rates</b>',
    ]);
    expect(await searchNotes(db, { text: 'zzz' })).toEqual([]);
  });

  it('reports nothing changed when the reader imports a fresh export of the same data', async () => {
    await db.articles.update(A.url, { siteName: 'News Example', author: 'A. Writer' });
    const parsed = parseExport(JSON.stringify(await exportAll(db)));
    if (!parsed.ok) throw new Error(parsed.error);
    const report = await importAll(db, parsed.value);
    expect(report.added).toEqual({ articles: 0, notes: 0, deals: 0 });
    expect(report.updated).toEqual({ articles: 0, notes: 0, deals: 0 });
  });

  it('merges instead of duplicating, keeping the newer version', async () => {
    const file = await exportAll(db);
    const edited = structuredClone(file);
    const first = edited.notes[0];
    if (!first) throw new Error('no notes');
    first.body = 'edited elsewhere';
    first.updatedAt = 9999;
    const report = await importAll(db, edited);
    expect(report.added).toEqual({ articles: 0, notes: 0, deals: 0 });
    expect(report.updated.notes).toBe(1);
    expect(await db.notes.count()).toBe(3);
    expect((await db.notes.get(first.id))?.body).toBe('edited elsewhere');
    // Importing the older copy again changes nothing.
    const again = await importAll(db, file);
    expect(again.updated.notes).toBe(0);
    expect((await db.notes.get(first.id))?.body).toBe('edited elsewhere');
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), /not a Dealscope export/],
    [
      "All deals' JSON",
      JSON.stringify({ format: 'dealscope-deals', version: 1, deals: [] }),
      /deal facts exported from All deals .* "Export everything"/,
    ],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 2 }), /reads export version 1/],
    [
      'a missing list',
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: 'x', articles: [], notes: [] }),
      /deals must be an array/,
    ],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const result = parseExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses hostile or broken records, naming the place', async () => {
    const file = await exportAll(db);
    const cases: [(f: typeof file) => void, RegExp][] = [
      [
        (f) => ((f.notes[1] as { articleUrl: string }).articleUrl = 'javascript:alert(1)'),
        /notes\[1\]\.articleUrl must be an http or https URL/,
      ],
      [
        (f) => ((f.notes[0] as { body: string }).body = 'x'.repeat(20_001)),
        /notes\[0\]\.body must be at most 20000/,
      ],
      [(f) => Object.assign(f.notes[0] as object, { evil: '<script>' }), /notes\[0\]\.evil is not expected/],
      [
        (f) => ((f.articles[0] as { title: unknown }).title = { toString: 1 }),
        /articles\[0\]\.title must be a string/,
      ],
      [(f) => f.articles.splice(0, 2), /belongs to no article/],
    ];
    for (const [mutate, message] of cases) {
      const copy = structuredClone(file);
      mutate(copy);
      const result = parseExport(JSON.stringify(copy));
      expect(result.ok, String(message)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
    expect(parseExport('x'.repeat(51 * 1024 * 1024)).ok).toBe(false);
  });

  it('is all or nothing: a failure midway writes nothing', async () => {
    const file = await exportAll(db);
    await eraseAll(db, []);
    const broken = structuredClone(file);
    // The last note cannot be stored (its key is not a valid IndexedDB key): the articles and
    // notes written before it in the same transaction must be rolled back.
    (broken.notes[2] as unknown as { id: unknown }).id = {};
    await expect(importAll(db, broken)).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('other formats', () => {
  it('writes Markdown with one section per article and quotes as block quotes', async () => {
    const md = notesToMarkdown(await exportAll(db));
    expect(md).toContain('## [Xiaomi buys patents](https://news.example/a)');
    expect(md).toContain('> Xiaomi has agreed to buy');
    expect(md).toContain('Patent count \\*matters\\*');
    expect(md).toContain('Royalty \\<b\\>rates\\</b\\>');
    expect(md).toContain('#patents #ip');
    expect(md).not.toContain('<b>');
  });

  it('writes Markdown that shows a numbered line, an address and line breaks as written', () => {
    const article = {
      url: 'http://127.0.0.1:8080/story (1)',
      title: 'Story',
      site: '127.0.0.1',
      firstVisitedAt: 1,
      lastVisitedAt: 1,
    };
    const note = {
      id: 'n1',
      articleUrl: article.url,
      body: '1. What did Xiaomi pay?\n2. When?\n\nA new paragraph.',
      tags: [],
      companyIds: [],
      words: [],
      createdAt: 0,
      updatedAt: 0,
    };
    const md = notesToMarkdown({ articles: [article], notes: [note] });
    expect(md).toContain('## [Story](http://127.0.0.1:8080/story%20%281%29)');
    // The site line starts with digits and a dot: escaped as "127\.", which shows as "127.".
    expect(md).toContain('_127\\.0.0.1_');
    expect(md).toContain('1\\. What did Xiaomi pay?  \n2\\. When?\n\nA new paragraph.');
    expect(md).not.toMatch(/\\\d/);
  });

  it('writes W3C Web Annotations with quote and position selectors', async () => {
    const doc = notesToWebAnnotations(await exportAll(db));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const quoted = doc.first.items.find((a) => 'selector' in a.target);
    expect(quoted?.target).toEqual({
      source: 'https://news.example/a',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'Xiaomi has agreed to buy',
          prefix: '',
          suffix: ' roughly 1,500 patents from Micr',
        },
        { type: 'TextPositionSelector', start: 0, end: 24 },
      ],
    });
    expect(doc.total).toBe(3);
  });
});

describe('search', () => {
  it('finds by words of body, quote and title, and filters by company, tag and site', async () => {
    const bodies = async (q: Parameters<typeof searchNotes>[1]) =>
      (await searchNotes(db, q)).map((h) => h.note.body);
    expect(await bodies({ text: 'patent' })).toEqual(['On the quote', 'Patent count *matters*']);
    expect(await bodies({ text: 'agreed' })).toEqual(['On the quote']);
    expect(await bodies({ text: 'chip' })).toEqual(['Royalty <b>rates</b>']);
    expect(await bodies({ text: 'patent count' })).toEqual(['Patent count *matters*']);
    expect(await bodies({ companyId: 'arm' })).toEqual(['Royalty <b>rates</b>']);
    expect(await bodies({ tag: 'patents' })).toEqual(['Patent count *matters*']);
    expect(await bodies({ site: 'news.example' })).toEqual(['On the quote', 'Patent count *matters*']);
    expect(await bodies({ text: 'nothing-like-this' })).toEqual([]);
  });

  it('returns the newest matches first, as many as asked for', async () => {
    const bodies = async (q: Parameters<typeof searchNotes>[1], limit: number) =>
      (await searchNotes(db, q, limit)).map((h) => h.note.body);
    expect(await bodies({ text: 'patent' }, 1)).toEqual(['On the quote']);
    expect(await bodies({ site: 'news.example' }, 1)).toEqual(['On the quote']);
    expect(await bodies({ text: 'patent', site: 'news.example' }, 2)).toEqual([
      'On the quote',
      'Patent count *matters*',
    ]);
    expect(await bodies({}, 2)).toEqual((await bodies({}, 3)).slice(0, 2));
    expect(await bodies({ tag: 'patents', site: 'other.example' }, 5)).toEqual([]);
  });

  it('finds the newest matches among many notes when most of them are old', async () => {
    // 400 newer notes without the word, 10 old ones and 2 new ones with it: the newest keys
    // read first hold too few matches, so the search reads on.
    const note = (i: number, body: string, at: number) => ({
      id: `bulk-${i}`,
      articleUrl: 'https://news.example/a',
      body,
      tags: [],
      companyIds: [],
      words: body.toLowerCase().split(' '),
      createdAt: at,
      updatedAt: at,
    });
    await db.notes.bulkAdd([
      ...Array.from({ length: 10 }, (_, i) => note(i, `tariff old ${i}`, 10 + i)),
      ...Array.from({ length: 400 }, (_, i) => note(100 + i, `filler ${i}`, 10_000 + i)),
      note(998, 'tariff new 1', 20_000),
      note(999, 'tariff new 2', 20_001),
    ]);
    const bodies = (await searchNotes(db, { text: 'tariff' }, 5)).map((h) => h.note.body);
    expect(bodies).toEqual(['tariff new 2', 'tariff new 1', 'tariff old 9', 'tariff old 8', 'tariff old 7']);
    const newest = (await searchNotes(db, { text: 'filler' }, 3)).map((h) => h.note.body);
    expect(newest).toEqual(['filler 399', 'filler 398', 'filler 397']);
  });
});
