/**
 * Shared shapes of company detection. A dictionary entry describes one company and every way an
 * article may refer to it; the matcher turns text into mentions that point back at entries.
 */

/** How a mention refers to its company. */
export type MentionKind =
  /** The company's name or a well-known alias ("Microsoft", "TSMC", "Google"). */
  | 'name'
  /**
   * A descriptive phrase ("the Redmond tech company"). It only counts when the same text also
   * names the company, because on its own it is ambiguous.
   */
  | 'descriptive'
  /** An exchange ticker in ticker context ("NASDAQ: MSFT", "(MSFT)", "$MSFT"). */
  | 'ticker';

/** One company as the curated data files and the build script describe it. */
export interface CompanyEntry {
  /** Stable slug, e.g. "microsoft"; deal facts and notes refer to companies by it. */
  id: string;
  /** The name a reader expects to see ("Microsoft", not "MICROSOFT CORP"). */
  name: string;
  /** Other names and spellings people write ("Xiaomi Corp", "小米"). */
  aliases?: string[];
  /**
   * Names that are also common words ("Apple", "Amazon"). They match only with this exact
   * capitalisation and only where the context supports a company reading.
   */
  caseSensitive?: string[];
  /**
   * Names made of everyday words that are still specific ("Home Depot", "Research In Motion"):
   * matched only with this capitalisation, but need no further context.
   */
  exactCase?: string[];
  /**
   * Next words that show a common-word name is not the company ("apple pie"); "+" for a signed
   * number, as after an index in a markets strip ("Dow +0.3%").
   */
  notBefore?: string[];
  /** Words right before that show a common-word name is not the company ("Big Apple"). */
  notAfter?: string[];
  /**
   * Words that, anywhere near the name (about a sentence either side), show it is not the company:
   * "Zeus" or "mythology" near "Apollo" or "Hermes".
   */
  notNear?: string[];
  /**
   * Common-word names need strong evidence (a legal suffix, the ticker, an unambiguous alias),
   * not just a company-sounding word nearby: for small listed companies named "Box" or "Pool".
   */
  strict?: boolean;
  /** Descriptive phrases ("the Windows maker"). */
  descriptive?: string[];
  /**
   * Short forms news uses once it has named the company in full ("Altair" after "Altair
   * Engineering"). Case-sensitive; on their own they name nothing, like descriptive phrases.
   */
  short?: string[];
  /**
   * The company's own products and brands as news writes them ("iPhone", "Prime Video",
   * "Snapchat"): not mentions of the company, but near a common-word name they show it is the
   * company ("Apple's TV+ service", "the Snapchat owner"). Case-sensitive; a plural "s" may follow.
   */
  products?: string[];
  /** Exchange tickers, main listing first. */
  tickers?: string[];
  /** ISO 3166 alpha-2 country of the headquarters, where known. */
  country?: string;
  /** Headquarters city, where known. */
  hq?: string;
}

/** What the page and the UI need to know about a company (the shipped, compact record). */
export interface CompanyInfo {
  id: string;
  name: string;
  tickers?: string[];
  country?: string;
  hq?: string;
  notBefore?: string[];
  notAfter?: string[];
  notNear?: string[];
  products?: string[];
}

/** One place in a text where a company is mentioned. Offsets are UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
  companyId: string;
  kind: MentionKind;
}
