import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addMissingSeedDeals,
  addReaderDeal,
  confirmDeal,
  dealsInvolving,
  dismissDeal,
  undismissDeal,
} from '../db/deals';
import type { PartyRole } from '../db/models';
import { addNote, updateNote } from '../db/notes';
import { type DealscopeDB, openDatabase } from '../db/schema';
import { defaultMatcher } from '../detect/dictionary';
import { dealsToCsv, filterDeals } from './export';
import type { ExtractedDeal } from './extract';
import { summarise } from './extract';
import { companyLabel } from './format';
import { pairTimeline, reviewSuggestions } from './review';
import { seedDeals } from './seed';

let db: DealscopeDB;
let name: string;
const matcher = defaultMatcher();
const ARTICLE = { url: 'https://news.example/patents', title: 'Patent trading' };
/** Two parties in their roles, named as Dealscope names them (an unlisted one as written). */
const pair = (...parties: [string, PartyRole][]): ExtractedDeal['parties'] =>
  parties.map(([companyId, role]) => ({
    companyId,
    name: companyLabel(companyId, (id) => matcher.company(id)),
    role,
  }));
const suggestion = (quantity: number, announced = '2016'): ExtractedDeal => ({
  type: 'patent-purchase',
  parties: [
    { companyId: 'xiaomi', name: 'Xiaomi', role: 'buyer' },
    { companyId: 'microsoft', name: 'Microsoft', role: 'seller' },
  ],
  summary: `Xiaomi bought about ${quantity} patents from Microsoft`,
  quantity,
  announced,
  status: 'completed',
  sentence: `Xiaomi bought about ${quantity} patents from Microsoft in ${announced}.`,
});

beforeEach(async () => {
  name = `review-${crypto.randomUUID()}`;
  db = openDatabase(name);
  await addMissingSeedDeals(
    db,
    seedDeals((id) => matcher.company(id)?.name),
  );
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('reviewing suggestions', () => {
  it('matches a stored fact and flags figures that differ', async () => {
    const stored = await dealsInvolving(db, ['xiaomi', 'microsoft']);
    const [same] = reviewSuggestions([suggestion(1500)], stored, ARTICLE.url);
    expect(same).toMatchObject({ state: 'matches', conflicts: [] });
    const [differs] = reviewSuggestions([suggestion(1400, '2017')], stored, ARTICLE.url);
    expect(differs?.conflicts).toEqual([
      'The article says 1,400; the stored fact says 1,500.',
      'The article dates it 2017; the stored fact says 2016.',
    ]);
  });

  it('does not take a deal with the roles the other way round for the stored one, and says so', async () => {
    const reversed: ExtractedDeal = {
      ...suggestion(1500),
      parties: pair(['microsoft', 'buyer'], ['xiaomi', 'seller']),
      summary: 'Microsoft bought about 1,500 patents from Xiaomi',
      announced: undefined,
    };
    const stored = await dealsInvolving(db, ['xiaomi', 'microsoft']);
    const [reviewed] = reviewSuggestions([reversed], stored, ARTICLE.url);
    expect(reviewed?.state).toBe('new');
    expect(reviewed?.match).toBeUndefined();
    expect(reviewed?.conflicts).toHaveLength(1);
    expect(reviewed?.conflicts[0]).toMatch(/^A stored fact has these companies the other way round: Xiaomi/);
    // Confirm agrees: a fact of its own, and the stored one keeps its single source.
    const before = stored.find((d) => d.type === 'patent-purchase');
    const fact = await confirmDeal(db, ARTICLE, reversed, 5);
    expect(fact.id).not.toBe(before?.id);
    expect((await db.deals.get(before?.id as string))?.sources).toEqual(before?.sources);
  });

  it('takes a stored deal on to completed or called off, never back', async () => {
    const called = (status: ExtractedDeal['status']): ExtractedDeal => ({
      type: 'acquisition',
      parties: pair(['nvidia', 'buyer'], ['arm', 'target']),
      summary: 'Nvidia called off its deal to acquire Arm',
      status,
      sentence: "Nvidia's deal to buy Arm collapsed.",
    });
    const agreed = await confirmDeal(
      db,
      { url: 'https://news.example/agreed', title: 'Agreed' },
      called('announced'),
      1,
    );
    const later = { url: 'https://news.example/collapsed', title: 'Collapsed' };
    const [reviewed] = reviewSuggestions([called('cancelled')], await db.deals.toArray(), later.url);
    expect(reviewed?.state).toBe('matches');
    expect(reviewed?.conflicts).toEqual([]);
    expect(reviewed?.update).toBe(
      'The article says it is cancelled; the stored fact says announced. Confirm updates it.',
    );
    const fact = await confirmDeal(db, later, called('cancelled'), 2);
    expect(fact.id).toBe(agreed.id);
    expect(fact.status).toBe('cancelled');
    // An older report that it was agreed does not take it back.
    await confirmDeal(db, { url: 'https://news.example/old', title: 'Old' }, called('announced'), 3);
    expect((await db.deals.get(agreed.id))?.status).toBe('cancelled');
  });

  it('fills in what a stored fact lacks from a later report, and says the deal as it now stands', async () => {
    const report = (status: ExtractedDeal['status'], more: Partial<ExtractedDeal> = {}): ExtractedDeal => {
      const deal: ExtractedDeal = {
        type: 'acquisition',
        parties: pair(['workday', 'buyer'], ['unlisted:Corvana Labs', 'target']),
        summary: '',
        status,
        sentence: 'Workday and Corvana Labs.',
        ...more,
      };
      deal.summary = summarise(deal);
      return deal;
    };
    const rumour = await confirmDeal(
      db,
      { url: 'https://news.example/1', title: '1' },
      report('rumoured'),
      1,
    );
    expect(rumour.summary).toBe('Workday is said to be in talks to acquire Corvana Labs');
    const announced = report('announced', {
      announced: '2026-11-24',
      value: { amount: 41e9, currency: 'USD' },
    });
    const [reviewed] = reviewSuggestions([announced], await db.deals.toArray(), 'https://news.example/2');
    expect(reviewed?.conflicts).toEqual([]);
    expect(reviewed?.update).toBe(
      'The article says it is announced; the stored fact says rumoured. Confirm updates it.',
    );
    const fact = await confirmDeal(db, { url: 'https://news.example/2', title: '2' }, announced, 2);
    expect(fact).toMatchObject({
      id: rumour.id,
      status: 'announced',
      announced: '2026-11-24',
      value: { amount: 41e9, currency: 'USD' },
      summary: 'Workday agreed to acquire Corvana Labs',
    });
    // "Luminet" and "Luminet Labs" of one buyer are one company.
    const labs = report('completed', {
      parties: pair(['workday', 'buyer'], ['unlisted:Corvana', 'target']),
    });
    expect((await confirmDeal(db, { url: 'https://news.example/3', title: '3' }, labs, 3)).id).toBe(
      rumour.id,
    );
  });

  it('does not flag the later year of a report that the deal closed', async () => {
    const deal = (status: ExtractedDeal['status'], announced: string): ExtractedDeal => ({
      type: 'acquisition',
      parties: pair(['salesforce', 'buyer'], ['informatica', 'target']),
      summary: 'Salesforce and Informatica',
      status,
      announced,
      sentence: 'Salesforce and Informatica.',
    });
    await confirmDeal(db, { url: 'https://news.example/a', title: 'a' }, deal('announced', '2025-05-27'), 1);
    const stored = await db.deals.toArray();
    const [closed] = reviewSuggestions([deal('completed', '2026-01-08')], stored, 'https://news.example/b');
    expect(closed?.conflicts).toEqual([]);
    expect(closed?.update).toContain('Confirm updates it.');
    // A report dated earlier than the stored fact still is.
    const [earlier] = reviewSuggestions([deal('announced', '2024-03-01')], stored, 'https://news.example/c');
    expect(earlier?.conflicts).toEqual(['The article dates it 2024; the stored fact says 2025.']);
  });

  it('tells a second deal between the same companies from the stored one by its date', async () => {
    /** A deal between two companies, stated in one sentence. */
    const between =
      (
        type: ExtractedDeal['type'],
        [a, roleA]: [string, PartyRole],
        [b, roleB]: [string, PartyRole],
        summary: string,
      ) =>
      (announced: string): ExtractedDeal => ({
        type,
        parties: [
          { companyId: a.toLowerCase(), name: a, role: roleA },
          { companyId: b.toLowerCase(), name: b, role: roleB },
        ],
        summary,
        announced,
        status: 'completed',
        sentence: `${summary}.`,
      });
    const suit = between(
      'lawsuit',
      ['Arm', 'plaintiff'],
      ['Qualcomm', 'defendant'],
      'Arm sued Qualcomm over server chips',
    );
    const later = { url: 'https://news.example/arm-2026', title: 'Arm sues again' };
    const stored = await dealsInvolving(db, ['arm', 'qualcomm']);
    // The seed has Arm's 2022 suit over Nuvia; a suit filed in 2026 is another one.
    expect(reviewSuggestions([suit('2026-11-20')], stored, later.url)[0]?.state).toBe('new');
    expect(reviewSuggestions([suit('2022-09-02')], stored, later.url)[0]?.state).toBe('matches');
    const before = await db.deals.count();
    const fact = await confirmDeal(db, later, suit('2026-11-20'), 9);
    expect(fact.id).not.toBe('seed-2022-arm-qualcomm-lawsuit');
    expect(await db.deals.count()).toBe(before + 1);
    expect((await db.deals.get('seed-2022-arm-qualcomm-lawsuit'))?.announced).toBe('2022-08-31');
    // Confirmed, the suggestion shows as saved, not as matching the older suit.
    const after = await dealsInvolving(db, ['arm', 'qualcomm']);
    expect(reviewSuggestions([suit('2026-11-20')], after, later.url)[0]).toMatchObject({
      state: 'saved',
      match: { id: fact.id },
    });
    // A takeover agreed one year and completed the next is one deal.
    const takeover = between('acquisition', ['SoftBank', 'buyer'], ['Arm', 'target'], 'SoftBank bought Arm');
    expect(reviewSuggestions([takeover('2017-02-01')], stored, later.url)[0]?.state).toBe('matches');
  });

  it("corrects the stored fact's date when the reader edits a matched suggestion's date", async () => {
    const original = suggestion(1500, '2016-06');
    const fact = await confirmDeal(db, ARTICLE, { ...original, announced: '2019-03' }, 11, original);
    expect(fact.id).toBe('seed-2016-xiaomi-microsoft-patents');
    expect((await db.deals.get(fact.id))?.announced).toBe('2019-03');
  });

  it('keeps a deal the reader calls another one apart from the stored fact it matched', async () => {
    const article = { url: 'https://news.example/second-sale', title: 'Another patent sale' };
    const before = await db.deals.count();
    const fact = await confirmDeal(
      db,
      article,
      suggestion(600, '2016-09'),
      10,
      suggestion(600, '2016-09'),
      true,
    );
    expect(fact.id).not.toBe('seed-2016-xiaomi-microsoft-patents');
    expect(await db.deals.count()).toBe(before + 1);
    expect(await db.deals.get('seed-2016-xiaomi-microsoft-patents')).toMatchObject({ quantity: 1500 });
  });

  it('confirming merges the article into the stored fact instead of duplicating it', async () => {
    const before = await db.deals.count();
    const fact = await confirmDeal(db, ARTICLE, suggestion(1500), 5);
    expect(fact.id).toBe('seed-2016-xiaomi-microsoft-patents');
    expect(fact.sources.map((s) => s.url)).toContain(ARTICLE.url);
    expect(await db.deals.count()).toBe(before);
    await confirmDeal(db, ARTICLE, suggestion(1500), 6);
    expect((await db.deals.get(fact.id))?.sources.filter((s) => s.url === ARTICLE.url)).toHaveLength(1);
    const [review] = reviewSuggestions([suggestion(1500)], await dealsInvolving(db, ['xiaomi']), ARTICLE.url);
    expect(review?.state).toBe('saved');
  });

  it("confirming an edited suggestion stores the reader's figures on the stored fact it matches", async () => {
    const original = suggestion(1400, '2017');
    const edited = { ...original, summary: 'Xiaomi bought 1,500 patents from Microsoft', quantity: 1500 };
    const fact = await confirmDeal(db, ARTICLE, edited, 7, original);
    expect(fact.id).toBe('seed-2016-xiaomi-microsoft-patents');
    const stored = await db.deals.get(fact.id);
    expect(stored).toMatchObject({ summary: 'Xiaomi bought 1,500 patents from Microsoft', quantity: 1500 });
    expect(stored?.announced).toBe('2017');
    expect(stored?.sources.map((s) => s.url)).toContain(ARTICLE.url);
    // As suggested (not edited), a confirmation only adds the article as a source.
    await confirmDeal(db, { ...ARTICLE, url: 'https://other.example/y' }, suggestion(900, '2019'), 8);
    expect(await db.deals.get(fact.id)).toMatchObject({ quantity: 1500, announced: '2017' });
  });

  it('an edit that makes the suggestion another deal stores that deal, and the suggestion is reviewed', async () => {
    const original = suggestion(1500);
    const edited: ExtractedDeal = {
      ...original,
      type: 'licence',
      summary: 'Microsoft licensed patents to Xiaomi',
    };
    const fact = await confirmDeal(db, ARTICLE, edited, 9, original);
    expect(fact).toMatchObject({ type: 'licence', review: 'confirmed', origin: 'extracted' });
    const stored = await dealsInvolving(db, ['xiaomi']);
    // The suggestion as the article gave it no longer asks for a review on this article.
    expect(reviewSuggestions([original], stored, ARTICLE.url)).toEqual([]);
    expect(reviewSuggestions([original], stored, 'https://other.example/z')).toHaveLength(1);
    // The seed fact it matched before is unchanged.
    expect(
      (await db.deals.get('seed-2016-xiaomi-microsoft-patents'))?.sources.map((s) => s.url),
    ).not.toContain(ARTICLE.url);
  });

  it('stores a new confirmed fact, and a dismissed suggestion stays dismissed for that article only', async () => {
    const fresh: ExtractedDeal = {
      ...suggestion(500),
      parties: [
        { companyId: 'tencent', name: 'Tencent', role: 'buyer' },
        { companyId: 'nokia', name: 'Nokia', role: 'seller' },
      ],
      summary: 'Tencent bought about 500 patents from Nokia',
    };
    const fact = await confirmDeal(db, ARTICLE, fresh);
    expect(fact).toMatchObject({
      origin: 'extracted',
      review: 'confirmed',
      companyIds: ['tencent', 'nokia'],
    });
    await dismissDeal(db, ARTICLE, suggestion(1400));
    const stored = await dealsInvolving(db, ['xiaomi']);
    expect(reviewSuggestions([suggestion(1400)], stored, ARTICLE.url)).toEqual([]);
    expect(reviewSuggestions([suggestion(1400)], stored, 'https://other.example/x')).toHaveLength(1);
    // Undo: offered again; a stored fact is never removed that way.
    await undismissDeal(db, ARTICLE, suggestion(1400));
    expect(
      reviewSuggestions([suggestion(1400)], await dealsInvolving(db, ['xiaomi']), ARTICLE.url),
    ).toHaveLength(1);
    await undismissDeal(db, ARTICLE, fresh);
    expect(await db.deals.get(fact.id)).toBeDefined();
  });

  it('does not store a deal entered by hand twice', async () => {
    const deal = { ...suggestion(10, '2012'), summary: 'An older deal' };
    await addReaderDeal(db, deal);
    const before = await db.deals.count();
    await expect(addReaderDeal(db, { ...deal, summary: 'The same, reworded' })).rejects.toThrow(
      'This deal is stored already: “An older deal”.',
    );
    expect(await db.deals.count()).toBe(before);
    // Another year is another deal between the same companies, and so is one months apart.
    await addReaderDeal(db, { ...deal, announced: '2013' });
    expect(await db.deals.count()).toBe(before + 1);
    await addReaderDeal(db, { ...deal, announced: '2014-01-10' });
    await addReaderDeal(db, { ...deal, announced: '2014-11-10' });
    expect(await db.deals.count()).toBe(before + 3);
    await expect(addReaderDeal(db, { ...deal, announced: '2014-02' })).rejects.toThrow('stored already');
  });

  it('builds a pair timeline, oldest first, without dismissed facts', async () => {
    await addReaderDeal(db, { ...suggestion(10, '2012'), summary: 'An older deal' });
    const timeline = pairTimeline(await dealsInvolving(db, ['xiaomi']), 'xiaomi', 'microsoft');
    expect(timeline[0]?.summary).toBe('An older deal');
    expect(timeline.map((d) => d.announced)).toEqual([...timeline.map((d) => d.announced)].sort());
  });
});

describe('exports and filters of deals', () => {
  it('writes CSV that spreadsheets cannot run as formulas', () => {
    const [deal] = seedDeals((id) => matcher.company(id)?.name);
    if (!deal) throw new Error('no seed');
    const csv = dealsToCsv([{ ...deal, summary: '=HYPERLINK("http://evil")', asset: 'a, "quoted" thing' }]);
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain('"a, ""quoted"" thing"');
  });

  it('filters by company, type, year and words', async () => {
    const all = await db.deals.toArray();
    expect(
      filterDeals(all, { companyId: 'xiaomi', type: 'patent-purchase', year: '2016' }).map((d) => d.id),
    ).toEqual(['seed-2016-xiaomi-microsoft-patents']);
    expect(filterDeals(all, { text: 'linkedin microsoft' }).map((d) => d.id)).toContain(
      'seed-2016-microsoft-linkedin',
    );
  });
});

describe('editing a note', () => {
  it('updates body, tags and search words, keeping the creation time', async () => {
    const note = await addNote(
      db,
      { article: { ...ARTICLE, site: 'news.example' }, body: 'first', companyIds: [] },
      1,
    );
    const updated = await updateNote(
      db,
      note.id,
      { body: 'Royalty rates', tags: ['#IP', 'ip'], companyIds: ['arm'] },
      2,
    );
    expect(updated).toMatchObject({
      body: 'Royalty rates',
      tags: ['ip'],
      companyIds: ['arm'],
      createdAt: 1,
      updatedAt: 2,
    });
    expect(updated?.words).toEqual(expect.arrayContaining(['royalty', 'rates', 'patent', 'trading']));
    expect(await updateNote(db, 'missing', { body: 'x', tags: [], companyIds: [] })).toBeUndefined();
  });
});
