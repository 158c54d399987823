/**
 * Shared shapes of company detection. A dictionary entry describes one company and every way an
 * article may refer to it; the matcher turns text into mentions that point back at entries.
 */

/** How a surface form refers to its company; it decides which matching rules apply. */
export type PatternKind =
  /** The company's own name or a well-known short name ("Microsoft", "TSMC"). */
  | 'name'
  /**
   * A descriptive phrase ("the Redmond tech company"). It only counts when the same text also
   * names the company, because on its own it is ambiguous.
   */
  | 'descriptive';

/** One company as the detector knows it. */
export interface CompanyEntry {
  /** Stable slug, e.g. "microsoft"; deal facts and notes refer to companies by it. */
  id: string;
  /** The name a reader expects to see ("Microsoft", not "MICROSOFT CORP"). */
  name: string;
  /** Other names and spellings people write ("Xiaomi Corp", "小米"). */
  aliases?: string[];
  /**
   * Names that are also common words ("Apple", "Amazon"). They match only with their exact
   * capitalisation, so "apple pie" never counts.
   */
  caseSensitive?: string[];
  /** Descriptive phrases ("the Windows maker"), see {@link PatternKind}. */
  descriptive?: string[];
  /** Exchange tickers, shown in the UI. */
  tickers?: string[];
  /** ISO 3166 alpha-2 country of the headquarters, where known. */
  country?: string;
  /** Headquarters city, where known. */
  hq?: string;
}

/** One place in a text where a company is mentioned. Offsets are UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
  companyId: string;
  kind: PatternKind;
}
