/**
 * The records Dealscope keeps. Plain interfaces: the database module owns storage, these only
 * describe the data, so export files and tests can share them.
 */

import type { PassageTarget } from '../anchoring/selectors';

/** A news article the reader has saved something about, keyed by its canonical URL. */
export interface Article {
  url: string;
  title: string;
  /** Host name, e.g. "news.example.com". */
  site: string;
  /** The publication's own name, when the page states it (since schema version 2). */
  siteName?: string;
  author?: string;
  /** ISO date or date-time the page says it was published. */
  publishedAt?: string;
  firstVisitedAt: number;
  lastVisitedAt: number;
}

/** A reader's note on an article: on the whole page, or on a quoted passage. */
export interface Note {
  /** Random UUID, so exports from two devices merge without collisions. */
  id: string;
  articleUrl: string;
  /** Plain text with line breaks; never rendered as HTML. */
  body: string;
  /** The reader's tags, lower case (since schema version 2). */
  tags: string[];
  /** Ids of companies the note is about (detected in its body and quote). */
  companyIds: string[];
  /** The passage the note is on; absent for a page note (since schema version 2). */
  target?: PassageTarget;
  /** Search words of the body, quote and article title: a multi-entry index (since version 2). */
  words: string[];
  createdAt: number;
  updatedAt: number;
}

/** Kinds of deal the product records. */
export const DEAL_TYPES = [
  'acquisition',
  'merger',
  'asset-purchase',
  'patent-purchase',
  'licence',
  'cross-licence',
  'distribution',
  'preinstall',
  'partnership',
  'investment',
  'divestiture',
  'lawsuit',
  'settlement',
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const PARTY_ROLES = [
  'buyer',
  'seller',
  'target',
  'licensor',
  'licensee',
  'partner',
  'investor',
  'plaintiff',
  'defendant',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const DEAL_STATUSES = ['rumoured', 'announced', 'completed', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** One party to a deal. */
export interface DealParty {
  companyId: string;
  /** Name as written when the fact was recorded. */
  name: string;
  role: PartyRole;
}

/** Where a deal fact comes from. */
export interface DealSource {
  url: string;
  title: string;
  /** The sentence the fact was read from, when there is one. */
  sentence?: string;
  savedAt: number;
}

/** A structured fact about a deal between companies. */
export interface DealFact {
  id: string;
  type: DealType;
  parties: DealParty[];
  /** Every party's company id; a multi-entry index finds a company's deals. */
  companyIds: string[];
  /** One line a reader can scan: "Xiaomi bought about 1,500 patents from Microsoft". */
  summary: string;
  /** What changed hands, in words: "about 1,500 patents". */
  asset?: string;
  quantity?: number;
  /** Amount in `currency`, or "undisclosed". */
  value?: { amount: number; currency: string } | 'undisclosed';
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the deal was announced. */
  announced?: string;
  status: DealStatus;
  sources: DealSource[];
  origin: 'seed' | 'extracted' | 'reader';
  /** Extracted facts stay suggestions until the reader confirms them. */
  review: 'confirmed' | 'suggested' | 'dismissed';
  createdAt: number;
  updatedAt: number;
}
