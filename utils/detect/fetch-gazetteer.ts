import { type Gazetteer, loadGazetteer, type SerialisedGazetteer } from './gazetteer';
import { createMatcher, type Matcher } from './matcher';
import { defaultYield } from './scanner';

/**
 * Loads the shipped gazetteer from the extension's files instead of from the content script's
 * own bundle. Embedding a megabyte of data in the script made its start a single task of well
 * over 100 ms on every page (measured in Chromium); fetching it is asynchronous, and only the
 * JSON parse and the decode (together about 20-30 ms) run on the page's thread.
 */
export async function fetchGazetteer(url: string): Promise<Gazetteer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`gazetteer not readable (${response.status})`);
  const data = (await response.json()) as SerialisedGazetteer;
  // Parsing and decoding are kept in separate tasks, so neither holds the page for long.
  await defaultYield();
  return loadGazetteer(data);
}

/** A matcher over the gazetteer at `url`. */
export async function fetchMatcher(url: string): Promise<Matcher> {
  return createMatcher(await fetchGazetteer(url));
}
