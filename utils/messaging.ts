import { browser } from 'wxt/browser';
import type { PassageTarget } from './anchoring/selectors';
import type { ArticleMetadata } from './articles/metadata';
import type { ImportReport } from './data/transfer';
import type { DealFact, Note } from './db/models';
import { DEAL_STATUSES, DEAL_TYPES, PARTY_ROLES } from './db/models';
import type { ExtractedDeal } from './deals/extract';
import { arr, bool, type Checked, httpUrl, num, obj, oneOf, opt, str, type Validator } from './validate';

/**
 * The one message contract of Dealscope. Every message has a name, a request, a response and
 * the kind of sender allowed to send it. The receiver validates the request's shape and the
 * sender before acting, and answers errors as values, never as thrown exceptions.
 */

/** Who may send a message: a content script in a web page, or one of the extension's pages. */
export type SenderKind = 'content' | 'extension-page';

/** Answer to every message: the value, or a message saying what went wrong. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A company found on the page and how often it is mentioned. */
export interface PageCompany {
  id: string;
  name: string;
  count: number;
  /** Mentions in the article itself; the rest are in comments, banners, sidebars. */
  inArticle?: number;
}

/**
 * Where a passage note stands on the page: found as quoted, found though its words have changed
 * since (a correction, an update), or not found.
 */
export type PassageStatus = 'anchored' | 'changed' | 'orphaned';

/** What the content script knows about its page, for the popup. */
export interface PageState {
  url: string;
  title: string;
  companies: PageCompany[];
  /** How highlights are drawn: the Highlight API, or the wrapping fallback. */
  highlightMode: 'highlight-api' | 'wrap';
  /** False when the reader turned highlighting off here or everywhere. */
  active: boolean;
  /** Article metadata read from the page. */
  article: ArticleMetadata;
  /** Passage notes of this page: found on it, or not (yet). */
  anchors: Record<string, PassageStatus>;
  /** The page's language as it declares it ("de", "en-GB"), if it does. */
  lang?: string;
}

/** What the reader already keeps about a company, for the hover card. */
export interface CompanySummary {
  dealCount: number;
  deals: { summary: string; announced?: string }[];
  noteCount: number;
  notes: { body: string; articleTitle: string }[];
  /** Of `noteCount`, the notes on other sites' articles, which a page's card does not show. */
  elsewhere: number;
}

/** Messages the background handles. */
export interface BackgroundProtocol {
  /** The content script saw an article; updates its last visit if the reader keeps notes on it. */
  'article/visited': {
    request: ArticleMetadata;
    response: { known: boolean };
    from: 'content';
  };
  /** The content script asks for the notes of its own article, to anchor their passages. */
  'notes/for-page': {
    request: { url: string };
    response: Note[];
    from: 'content';
  };
  /** The page's composer saves a note on a passage. */
  'notes/add-passage': {
    request: {
      article: ArticleMetadata;
      body: string;
      tags: string[];
      companyIds: string[];
      target: PassageTarget;
    };
    response: Note;
    from: 'content';
  };
  /** The hover card asks what the reader keeps about a company. */
  'company/summary': {
    /** `onPage`: the other companies the page mentions; deals with them come first. */
    request: { companyId: string; onPage?: string[] };
    response: CompanySummary;
    from: 'content';
  };
  /** The hover card opens Dealscope on a company (optionally to write a note). */
  'ui/open': {
    request: { companyId: string; compose: boolean };
    response: null;
    from: 'content';
  };
  /** The popup saves a page note. */
  'notes/add': {
    request: { article: ArticleMetadata; body: string; tags?: string[]; companyIds: string[] };
    response: Note;
    from: 'extension-page';
  };
  /** The popup edits a note. */
  'notes/update': {
    request: { id: string; body: string; tags: string[]; companyIds: string[] };
    response: Note | null;
    from: 'extension-page';
  };
  /** The popup deletes a note; the response carries it so the popup can offer an undo. */
  'notes/delete': {
    request: { id: string };
    response: Note | null;
    from: 'extension-page';
  };
  /** The options page imports an export file (validated, all or nothing). */
  'data/import': {
    request: { text: string };
    response: ImportReport;
    from: 'extension-page';
  };
  /** The options page erases the reader's data (after the reader confirmed). */
  'data/erase': {
    request: { confirm: 'erase' };
    response: null;
    from: 'extension-page';
  };
  /** The reader confirms a suggested deal (as suggested or edited): stored, or merged as a source. */
  'deals/confirm': {
    /**
     * `original`: the suggestion as the article gave it, when the reader edited it. `separate`:
     * the reader says it is another deal than the stored fact it seemed to match.
     */
    request: { article: ArticleMetadata; deal: ExtractedDeal; original?: ExtractedDeal; separate?: boolean };
    response: DealFact;
    from: 'extension-page';
  };
  /** The reader dismisses a suggestion; it stays dismissed for that article. */
  'deals/dismiss': {
    request: { article: ArticleMetadata; deal: ExtractedDeal };
    response: null;
    from: 'extension-page';
  };
  /** The reader takes a dismissal back (Undo). */
  'deals/undismiss': {
    request: { article: ArticleMetadata; deal: ExtractedDeal };
    response: null;
    from: 'extension-page';
  };
  /** The reader adds a deal by hand. */
  'deals/add': {
    request: { deal: ExtractedDeal; sourceUrl?: string };
    response: DealFact;
    from: 'extension-page';
  };
  /** The popup undoes a deletion. */
  'notes/restore': {
    request: { note: Note };
    response: null;
    from: 'extension-page';
  };
}

/** Messages a content script handles (sent by the popup to a tab). */
export interface ContentProtocol {
  /** The page's URL, title and the companies found on it. */
  'page/state': { request: Record<string, never>; response: PageState; from: 'extension-page' };
  /** Opens the passage composer on the current selection (context menu, keyboard shortcut). */
  'composer/open': { request: Record<string, never>; response: { opened: boolean }; from: 'extension-page' };
  /** The saved notes changed: anchor and paint them again. */
  'notes/changed': { request: Record<string, never>; response: null; from: 'extension-page' };
  /** Deal facts the article's own sentences suggest. */
  'page/deals': { request: Record<string, never>; response: ExtractedDeal[]; from: 'extension-page' };
}

export type BackgroundType = keyof BackgroundProtocol;
export type ContentType = keyof ContentProtocol;

/** The envelope every message travels in. */
export interface Envelope<K extends string = string, P = unknown> {
  dealscope: 1;
  type: K;
  payload: P;
}

const ID = str({ max: 100, nonEmpty: true });
const COMPANY_IDS = arr(str({ max: 100 }), { max: 500 });
const NOTE_BODY = str({ max: 20_000, nonEmpty: true });
const TAGS = arr(str({ max: 50 }), { max: 50 });
const QUOTE_MAX = 10_000;

/** Article metadata as pages report it: bounded plain text. */
export const articleValidator: Validator<ArticleMetadata> = obj({
  url: httpUrl(),
  title: str({ max: 1000 }),
  site: str({ max: 300 }),
  siteName: opt(str({ max: 500 })),
  author: opt(str({ max: 500 })),
  publishedAt: opt(str({ max: 40 })),
});

/** Selectors of a passage. */
export const targetValidator: Validator<PassageTarget> = obj({
  quote: obj({
    type: oneOf(['TextQuoteSelector'] as const),
    exact: str({ max: QUOTE_MAX, nonEmpty: true }),
    prefix: str({ max: 200 }),
    suffix: str({ max: 200 }),
  }),
  position: obj({
    type: oneOf(['TextPositionSelector'] as const),
    start: num({ min: 0, integer: true }),
    end: num({ min: 0, integer: true }),
  }),
});

/** A deal as the popup sends it (suggested, edited or entered by the reader). */
function extractedValidator(): Validator<ExtractedDeal> {
  return obj({
    type: oneOf(DEAL_TYPES),
    parties: arr(obj({ companyId: ID, name: str({ max: 300 }), role: oneOf(PARTY_ROLES) }), { max: 10 }),
    summary: str({ max: 2_000, nonEmpty: true }),
    asset: opt(str({ max: 1_000 })),
    quantity: opt(num({ min: 0 })),
    value: opt(obj({ amount: num({ min: 0 }), currency: str({ max: 10, nonEmpty: true }) })),
    announced: opt(str({ max: 10 })),
    status: oneOf(DEAL_STATUSES),
    sentence: str({ max: 5_000 }),
  }) as Validator<ExtractedDeal>;
}

const storedNote = obj({
  id: ID,
  articleUrl: httpUrl(),
  body: str({ max: 20_000 }),
  tags: TAGS,
  companyIds: COMPANY_IDS,
  target: opt(targetValidator),
  words: arr(str({ max: 40 }), { max: 2_000 }),
  createdAt: num({ min: 0 }),
  updatedAt: num({ min: 0 }),
});

/**
 * A stored note, as the undo and the import send it back. A note on a passage may have no text
 * of its own (the passage is the point); a page note needs text. Same rule as when saving, so
 * everything Dealscope stores can come back through undo and import.
 */
export const noteValidator: Validator<Note> = (input, path) => {
  const checked = storedNote(input, path);
  if (checked.ok && !checked.value.target && checked.value.body.trim() === '') {
    return { ok: false, error: `${path}.body must not be empty` };
  }
  return checked as ReturnType<Validator<Note>>;
};

/** Request validators and allowed senders of the background's messages. */
export const BACKGROUND_CONTRACT: {
  [K in BackgroundType]: {
    from: BackgroundProtocol[K]['from'];
    request: Validator<BackgroundProtocol[K]['request']>;
  };
} = {
  'article/visited': { from: 'content', request: articleValidator },
  'notes/for-page': { from: 'content', request: obj({ url: httpUrl() }) },
  'notes/add-passage': {
    from: 'content',
    request: obj({
      article: articleValidator,
      body: str({ max: 20_000 }),
      tags: TAGS,
      companyIds: COMPANY_IDS,
      target: targetValidator,
    }),
  },
  'notes/add': {
    from: 'extension-page',
    request: obj({ article: articleValidator, body: NOTE_BODY, tags: opt(TAGS), companyIds: COMPANY_IDS }),
  },
  'notes/update': {
    from: 'extension-page',
    request: obj({ id: ID, body: NOTE_BODY, tags: TAGS, companyIds: COMPANY_IDS }),
  },
  'company/summary': { from: 'content', request: obj({ companyId: ID, onPage: opt(COMPANY_IDS) }) },
  'ui/open': { from: 'content', request: obj({ companyId: ID, compose: bool() }) },
  'notes/delete': { from: 'extension-page', request: obj({ id: ID }) },
  'data/import': { from: 'extension-page', request: obj({ text: str({ max: 60 * 1024 * 1024 }) }) },
  'data/erase': { from: 'extension-page', request: obj({ confirm: oneOf(['erase'] as const) }) },
  'deals/confirm': {
    from: 'extension-page',
    request: obj({
      article: articleValidator,
      deal: extractedValidator(),
      original: opt(extractedValidator()),
      separate: opt(bool()),
    }),
  },
  'deals/dismiss': {
    from: 'extension-page',
    request: obj({ article: articleValidator, deal: extractedValidator() }),
  },
  'deals/undismiss': {
    from: 'extension-page',
    request: obj({ article: articleValidator, deal: extractedValidator() }),
  },
  'deals/add': {
    from: 'extension-page',
    request: obj({ deal: extractedValidator(), sourceUrl: opt(httpUrl()) }),
  },
  'notes/restore': { from: 'extension-page', request: obj({ note: noteValidator }) },
};

/** Checks the envelope of a message: an object tagged as Dealscope's, with a known type. */
export function readEnvelope<K extends string>(message: unknown, known: readonly K[]): Checked<Envelope<K>> {
  if (typeof message !== 'object' || message === null)
    return { ok: false, error: 'message must be an object' };
  const m = message as Partial<Envelope>;
  if (m.dealscope !== 1) return { ok: false, error: 'not a Dealscope message' };
  if (typeof m.type !== 'string' || !(known as readonly string[]).includes(m.type))
    return { ok: false, error: `unknown message type ${JSON.stringify(String(m.type)).slice(0, 80)}` };
  return { ok: true, value: { dealscope: 1, type: m.type as K, payload: m.payload } };
}

/** Minimal shape of a runtime message sender, so tests can hand in plain objects. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Classifies a sender: a content script of this extension runs in a tab on an http(s) page; an
 * extension page has a URL under the extension's own origin. Anything else is refused.
 */
export function senderKind(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && /^https?:\/\//.test(url)) return 'content';
  return null;
}

/** Sends a message to the background and returns its answer (or a transport error as a value). */
export async function sendToBackground<K extends BackgroundType>(
  type: K,
  payload: BackgroundProtocol[K]['request'],
): Promise<Result<BackgroundProtocol[K]['response']>> {
  const envelope: Envelope<K, typeof payload> = { dealscope: 1, type, payload };
  try {
    const answer = (await browser.runtime.sendMessage(envelope)) as
      | Result<BackgroundProtocol[K]['response']>
      | undefined;
    return answer ?? { ok: false, error: 'no answer from the background' };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** Sends a message to the content script of a tab. */
export async function sendToTab<K extends ContentType>(
  tabId: number,
  type: K,
  payload: ContentProtocol[K]['request'],
): Promise<Result<ContentProtocol[K]['response']>> {
  const envelope: Envelope<K, typeof payload> = { dealscope: 1, type, payload };
  try {
    const answer = (await browser.tabs.sendMessage(tabId, envelope)) as
      | Result<ContentProtocol[K]['response']>
      | undefined;
    return answer ?? { ok: false, error: 'the page did not answer' };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** A readable message for anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
