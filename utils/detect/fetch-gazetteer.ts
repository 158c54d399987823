import { type Gazetteer, loadGazetteerInSteps, parseGazetteerInSteps } from './gazetteer';
import { createMatcher, type Matcher } from './matcher';
import { defaultYield } from './scanner';

/**
 * Loads the shipped gazetteer from the extension's files instead of from the content script's
 * own bundle. Embedding a megabyte of data in the script made its start a single task of well
 * over 100 ms on every page (measured in Chromium); fetching it is asynchronous, and the JSON
 * parse and the decode (together about 20-30 ms, several times that on the first page after the
 * browser starts) run on the page's thread in steps of a few milliseconds each.
 */
export async function fetchGazetteer(url: string): Promise<Gazetteer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`gazetteer not readable (${response.status})`);
  // Parsing and decoding run in several tasks, so none holds the page for long.
  const text = await response.text();
  // Decoding the file's text is a task of its own; the parsing starts in the next one.
  await defaultYield();
  const data = await parseGazetteerInSteps(text, defaultYield);
  await defaultYield();
  return loadGazetteerInSteps(data, defaultYield);
}

/**
 * A sentence that takes the matcher down its main paths: names, a suffix, a possessive, an
 * exchange label, a bare ticker, a cashtag, a common-word name on a cue, a descriptive phrase.
 */
const WARM_UP =
  'Shares of Microsoft (NASDAQ: MSFT) and $AAPL rose after Xiaomi Corp. said Apple would buy ' +
  'the Redmond company\u2019s patents (MSFT), the search giant said.';

/**
 * A matcher over the gazetteer at `url`, run once on a short sentence in a task of its own: the
 * first run compiles the matcher's code and RegExps, which otherwise fell into the page's first
 * scan and made its first slice a task of over 50 ms on the first page after the browser started.
 */
export async function fetchMatcher(url: string): Promise<Matcher> {
  const matcher = createMatcher(await fetchGazetteer(url));
  await defaultYield();
  matcher.find(WARM_UP);
  return matcher;
}
