import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addMissingSeedDeals } from '../db/deals';
import type { Note } from '../db/models';
import { type DealscopeDB, openDatabase } from '../db/schema';
import { seedDeals } from '../deals/seed';
import { defaultMatcher } from '../detect/dictionary';
import { type CompanySummary, senderKind, sendToBackground } from '../messaging';
import { type BackgroundEnv, handleBackgroundMessage } from './handlers';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const POPUP = { id: EXT_ID, url: `${ORIGIN}popup.html?tab=3` };
const CONTENT = { id: EXT_ID, url: 'https://news.example/a', tab: { id: 3 } };
const ARTICLE = 'https://news.example/a';

let db: DealscopeDB;
let env: BackgroundEnv;
let name: string;

beforeEach(() => {
  fakeBrowser.reset();
  name = `handlers-${crypto.randomUUID()}`;
  db = openDatabase(name);
  env = { db, extensionId: EXT_ID, extensionOrigin: ORIGIN };
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const msg = (type: string, payload: unknown) => ({ dealscope: 1, type, payload });
const addPayload = {
  article: { url: ARTICLE, title: 'A', site: 'news.example' },
  body: '  Xiaomi paid. ',
  companyIds: ['xiaomi'],
};

describe('handleBackgroundMessage', () => {
  it('saves a note sent by an extension page, trimmed', async () => {
    const result = await handleBackgroundMessage(msg('notes/add', addPayload), POPUP, env);
    expect(result.ok).toBe(true);
    const notes = await db.notes.toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toBe('Xiaomi paid.');
  });

  it('deletes and restores a note', async () => {
    const added = await handleBackgroundMessage(msg('notes/add', addPayload), POPUP, env);
    if (!added.ok) throw new Error(added.error);
    const note = added.value as Note;
    const deleted = await handleBackgroundMessage(msg('notes/delete', { id: note.id }), POPUP, env);
    expect(deleted).toEqual({ ok: true, value: note });
    expect(await db.notes.count()).toBe(0);
    expect(await handleBackgroundMessage(msg('notes/restore', { note }), POPUP, env)).toEqual({
      ok: true,
      value: null,
    });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('erases everything the reader kept, and brings the shipped facts back as shipped', async () => {
    const matcher = defaultMatcher();
    const seed = seedDeals((id) => matcher.company(id)?.name);
    await addMissingSeedDeals(db, seed);
    const shipped = seed[0];
    if (!shipped) throw new Error('no seed facts');
    // The reader confirmed it from an article, with figures of their own.
    await db.deals.update(shipped.id, {
      summary: 'My own wording',
      sources: [...shipped.sources, { url: ARTICLE, title: 'A', sentence: 'A sentence I read.', savedAt: 5 }],
    });
    await handleBackgroundMessage(msg('notes/add', addPayload), POPUP, env);
    const erased = await handleBackgroundMessage(msg('data/erase', { confirm: 'erase' }), POPUP, env);
    expect(erased).toEqual({ ok: true, value: null });
    expect(await db.notes.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
    expect(await db.deals.count()).toBe(seed.length);
    expect(await db.deals.get(shipped.id)).toEqual(shipped);
  });

  it('answers a content script about its article visit', async () => {
    const result = await handleBackgroundMessage(
      msg('article/visited', { url: ARTICLE, title: 'A', site: 'news.example' }),
      CONTENT,
      env,
    );
    expect(result).toEqual({ ok: true, value: { known: false } });
  });

  it.each([
    ['a non-object', 'hello', /must be an object/],
    ['a foreign message', { type: 'notes/add', payload: addPayload }, /not a Dealscope message/],
    ['an unknown type', msg('notes/drop-all', {}), /unknown message type/],
    [
      'a missing field',
      msg('notes/add', { ...addPayload, body: undefined }),
      /payload.body must be a string/,
    ],
    ['an empty body', msg('notes/add', { ...addPayload, body: '   ' }), /payload.body must not be empty/],
    ['an extra field', msg('notes/add', { ...addPayload, admin: true }), /payload.admin is not expected/],
    [
      'a javascript: URL',
      msg('notes/add', { ...addPayload, article: { ...addPayload.article, url: 'javascript:alert(1)' } }),
      /http or https/,
    ],
    ['an oversized body', msg('notes/add', { ...addPayload, body: 'x'.repeat(20_001) }), /at most 20000/],
    ['a wrong type in a list', msg('notes/add', { ...addPayload, companyIds: [1] }), /companyIds\[0\]/],
  ])('refuses %s and writes nothing', async (_label, message, error) => {
    const result = await handleBackgroundMessage(message, POPUP, env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses messages from the wrong kind of sender', async () => {
    const fromPage = await handleBackgroundMessage(msg('notes/add', addPayload), CONTENT, env);
    expect(fromPage).toEqual({ ok: false, error: 'notes/add is not accepted from this sender' });
    const otherExtension = await handleBackgroundMessage(
      msg('notes/add', addPayload),
      { ...POPUP, id: 'other' },
      env,
    );
    expect(otherExtension.ok).toBe(false);
    const visitFromPopup = await handleBackgroundMessage(
      msg('article/visited', { url: ARTICLE, title: 'A', site: 'news.example' }),
      POPUP,
      env,
    );
    expect(visitFromPopup.ok).toBe(false);
    expect(await db.notes.count()).toBe(0);
  });

  it('returns a handler failure as a value', async () => {
    db.close();
    const result = await handleBackgroundMessage(msg('notes/add', addPayload), POPUP, env);
    expect(result.ok).toBe(false);
  });
});

describe('company messages from the content script', () => {
  it('summarise what the reader keeps about a company', async () => {
    await handleBackgroundMessage(msg('notes/add', addPayload), POPUP, env);
    const result = await handleBackgroundMessage(
      msg('company/summary', { companyId: 'xiaomi' }),
      CONTENT,
      env,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        dealCount: 0,
        deals: [],
        noteCount: 1,
        notes: [{ body: 'Xiaomi paid.', articleTitle: 'A' }],
        elsewhere: 0,
      },
    });
    // A note on another site's article is counted, not shown, and the card says where it is.
    const other = {
      ...addPayload,
      article: { url: 'https://other.example/b', title: 'B', site: 'other.example' },
    };
    await handleBackgroundMessage(msg('notes/add', { ...other, body: 'Elsewhere.' }), POPUP, env);
    const both = await handleBackgroundMessage(msg('company/summary', { companyId: 'xiaomi' }), CONTENT, env);
    expect(both).toMatchObject({
      ok: true,
      value: { noteCount: 2, notes: [{ body: 'Xiaomi paid.' }], elsewhere: 1 },
    });
    const fromPopup = await handleBackgroundMessage(
      msg('company/summary', { companyId: 'xiaomi' }),
      POPUP,
      env,
    );
    expect(fromPopup.ok).toBe(false);
  });

  it('put the deals with the other companies on the page first in a summary', async () => {
    const deal = (id: string, other: string, announced: string) => ({
      id,
      type: 'investment' as const,
      parties: [
        { companyId: 'microsoft', name: 'Microsoft', role: 'investor' as const },
        { companyId: other, name: other, role: 'target' as const },
      ],
      companyIds: ['microsoft', other],
      summary: `Microsoft invested in ${other}`,
      status: 'completed' as const,
      announced,
      sources: [],
      origin: 'reader' as const,
      review: 'confirmed' as const,
      createdAt: 1,
      updatedAt: 1,
    });
    await db.deals.bulkPut([
      deal('d1', 'openai', '2024'),
      deal('d2', 'mistral', '2025'),
      deal('d3', 'xiaomi', '2016'),
    ]);
    const ask = async (onPage?: string[]) => {
      const answer = await handleBackgroundMessage(
        msg('company/summary', { companyId: 'microsoft', ...(onPage ? { onPage } : {}) }),
        CONTENT,
        env,
      );
      return answer.ok ? (answer.value as CompanySummary).deals.map((d) => d.summary) : [];
    };
    expect(await ask()).toEqual([
      'Microsoft invested in mistral',
      'Microsoft invested in openai',
      'Microsoft invested in xiaomi',
    ]);
    expect((await ask(['xiaomi', 'sony']))[0]).toBe('Microsoft invested in xiaomi');
  });

  it('open the popup page on a company next to the sender tab', async () => {
    const opened: [string, number | undefined][] = [];
    const withOpen = {
      ...env,
      openPage: async (path: string, near?: number) => void opened.push([path, near]),
    };
    const result = await handleBackgroundMessage(
      msg('ui/open', { companyId: 'xiaomi', compose: true }),
      CONTENT,
      withOpen,
    );
    expect(result.ok).toBe(true);
    expect(opened).toEqual([['/popup.html?company=xiaomi&tab=3&compose=1', 3]]);
    const bad = await handleBackgroundMessage(
      msg('ui/open', { companyId: 'xiaomi', compose: 'yes' }),
      CONTENT,
      withOpen,
    );
    expect(bad).toEqual({ ok: false, error: 'payload.compose must be true or false' });
  });
});

describe('senderKind', () => {
  it('classifies senders by extension id, origin and tab', () => {
    expect(senderKind(POPUP, EXT_ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(CONTENT, EXT_ID, ORIGIN)).toBe('content');
    expect(senderKind({ id: EXT_ID, url: 'file:///etc/passwd', tab: { id: 1 } }, EXT_ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: EXT_ID, url: 'https://x.example' }, EXT_ID, ORIGIN)).toBeNull();
    expect(senderKind({ url: `${ORIGIN}popup.html` }, EXT_ID, ORIGIN)).toBeNull();
  });
});

describe('sendToBackground through the fake browser', () => {
  it('delivers the envelope and returns the answer', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      handleBackgroundMessage(message, POPUP, env),
    );
    const result = await sendToBackground('notes/add', addPayload);
    expect(result.ok).toBe(true);
    expect(await db.notes.count()).toBe(1);
  });

  it('turns a missing background into an error value', async () => {
    const result = await sendToBackground('notes/add', addPayload);
    expect(result.ok).toBe(false);
  });
});

describe('what a page may see', () => {
  const passage = {
    quote: { type: 'TextQuoteSelector' as const, exact: 'Xiaomi paid', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 11 },
  };

  it("gives the hover card note texts only from the asking page's site", async () => {
    await handleBackgroundMessage(msg('notes/add', addPayload), POPUP, env);
    const elsewhere = { id: EXT_ID, url: 'https://other.example/story', tab: { id: 4 } };
    const result = await handleBackgroundMessage(
      msg('company/summary', { companyId: 'xiaomi' }),
      elsewhere,
      env,
    );
    expect(result).toMatchObject({ ok: true, value: { noteCount: 1, notes: [] } });
  });

  it('refuses notes of a parent or sibling domain', async () => {
    const attacker = { id: EXT_ID, url: 'https://attacker.news.example/x', tab: { id: 5 } };
    const read = await handleBackgroundMessage(msg('notes/for-page', { url: ARTICLE }), attacker, env);
    expect(read).toEqual({ ok: false, error: 'a page may only use notes of its own site' });
    const www = { id: EXT_ID, url: 'https://www.news.example/a', tab: { id: 6 } };
    expect((await handleBackgroundMessage(msg('notes/for-page', { url: ARTICLE }), www, env)).ok).toBe(true);
  });

  it('keeps a passage note without text, and can restore it after deletion', async () => {
    const saved = await handleBackgroundMessage(
      msg('notes/add-passage', {
        article: addPayload.article,
        body: '  ',
        tags: [],
        companyIds: [],
        target: passage,
      }),
      CONTENT,
      env,
    );
    if (!saved.ok) throw new Error(saved.error);
    const note = saved.value as Note;
    await handleBackgroundMessage(msg('notes/delete', { id: note.id }), POPUP, env);
    expect(await handleBackgroundMessage(msg('notes/restore', { note }), POPUP, env)).toEqual({
      ok: true,
      value: null,
    });
    expect(await db.notes.get(note.id)).toEqual(note);
    const pageNote = { ...note, target: undefined, body: '' };
    delete pageNote.target;
    expect((await handleBackgroundMessage(msg('notes/restore', { note: pageNote }), POPUP, env)).ok).toBe(
      false,
    );
  });
});
