import { hostOf, sameSite } from '../articles/url';
import { parseExport } from '../data/format';
import { eraseAll, importAll } from '../data/transfer';
import { touchArticle } from '../db/articles';
import { addReaderDeal, confirmDeal, dismissDeal, undismissDeal } from '../db/deals';
import { addNote, deleteNote, notesForArticle, restoreNote, updateNote } from '../db/notes';
import type { DealscopeDB } from '../db/schema';
import { companySummary } from '../db/summary';
import { seedDeals } from '../deals/seed';
import { defaultMatcher } from '../detect/dictionary';
import {
  BACKGROUND_CONTRACT,
  type BackgroundProtocol,
  type BackgroundType,
  errorMessage,
  type Result,
  readEnvelope,
  type SenderInfo,
  senderKind,
} from '../messaging';

/** The deal facts Dealscope ships, as a fresh install stores them. */
function shippedSeed() {
  const matcher = defaultMatcher();
  return seedDeals((id) => matcher.company(id)?.name);
}

/** What the background's handlers need from their surroundings. */
export interface BackgroundEnv {
  db: DealscopeDB;
  extensionId: string;
  /** `chrome-extension://<id>/` (or Firefox's `moz-extension://<uuid>/`). */
  extensionOrigin: string;
  /** Opens an extension page (path with query) in a new tab next to `nearTabId`. */
  openPage?: (path: string, nearTabId?: number) => Promise<void>;
}

/**
 * A content script may only read or write notes of its own site: a compromised page cannot ask
 * for the reader's notes on other sites.
 */
function requireSameSite(url: string, sender: SenderInfo): void {
  if (!sameSite(hostOf(url), hostOf(sender.url)))
    throw new Error('a page may only use notes of its own site');
}

type Handlers = {
  [K in BackgroundType]: (
    payload: BackgroundProtocol[K]['request'],
    env: BackgroundEnv,
    sender: SenderInfo,
  ) => Promise<BackgroundProtocol[K]['response']>;
};

const handlers: Handlers = {
  'article/visited': async (meta, { db }, sender) => {
    requireSameSite(meta.url, sender);
    return { known: await touchArticle(db, meta) };
  },
  'notes/for-page': async ({ url }, { db }, sender) => {
    requireSameSite(url, sender);
    return notesForArticle(db, url);
  },
  'notes/add-passage': async ({ article, body, tags, companyIds, target }, { db }, sender) => {
    requireSameSite(article.url, sender);
    return addNote(db, { article, body: body.trim(), tags, companyIds, target });
  },
  'notes/update': async ({ id, ...change }, { db }) =>
    (await updateNote(db, id, { ...change, body: change.body.trim() })) ?? null,
  // Counts and deal facts for any company, but note texts only from the asking page's site.
  'company/summary': async ({ companyId, onPage }, { db }, sender) =>
    companySummary(db, companyId, hostOf(sender.url), onPage),
  'ui/open': async ({ companyId, compose }, { openPage }, sender) => {
    const tab = sender.tab?.id;
    const query = new URLSearchParams({ company: companyId });
    if (tab !== undefined) query.set('tab', String(tab));
    if (compose) query.set('compose', '1');
    await openPage?.(`/popup.html?${query}`, tab);
    return null;
  },
  'deals/confirm': async ({ article, deal, original, separate }, { db }) =>
    confirmDeal(db, article, deal, Date.now(), original, separate === true),
  'deals/dismiss': async ({ article, deal }, { db }) => {
    await dismissDeal(db, article, deal);
    return null;
  },
  'deals/undismiss': async ({ article, deal }, { db }) => {
    await undismissDeal(db, article, deal);
    return null;
  },
  'deals/add': async ({ deal, sourceUrl }, { db }) => addReaderDeal(db, deal, sourceUrl),
  'data/import': async ({ text }, { db }) => {
    const file = parseExport(text);
    if (!file.ok) throw new Error(file.error);
    return importAll(db, file.value);
  },
  'data/erase': async (_payload, { db }) => {
    await eraseAll(db, shippedSeed());
    return null;
  },
  'notes/add': async (payload, { db }) => addNote(db, { ...payload, body: payload.body.trim() }),
  'notes/delete': async ({ id }, { db }) => (await deleteNote(db, id)) ?? null,
  'notes/restore': async ({ note }, { db }) => {
    await restoreNote(db, note);
    return null;
  },
};

const TYPES = Object.keys(BACKGROUND_CONTRACT) as BackgroundType[];

/**
 * Handles one runtime message: checks the envelope, the sender and the payload, then runs the
 * handler. Every failure, including a handler's exception, comes back as `{ ok: false }`.
 */
export async function handleBackgroundMessage(
  message: unknown,
  sender: SenderInfo,
  env: BackgroundEnv,
): Promise<Result<unknown>> {
  const envelope = readEnvelope(message, TYPES);
  if (!envelope.ok) return envelope;
  const { type, payload } = envelope.value;
  const contract = BACKGROUND_CONTRACT[type];
  const kind = senderKind(sender, env.extensionId, env.extensionOrigin);
  if (kind !== contract.from) return { ok: false, error: `${type} is not accepted from this sender` };
  const request = contract.request(payload, 'payload');
  if (!request.ok) return request;
  try {
    const run = handlers[type] as (p: unknown, e: BackgroundEnv, s: SenderInfo) => Promise<unknown>;
    return { ok: true, value: await run(request.value, env, sender) };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
