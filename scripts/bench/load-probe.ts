/**
 * Child process of sections 2 and 3: one cold load of the shipped gazetteer in a fresh node
 * (started with --expose-gc), as a page's content script pays it, and the memory that stays.
 * Prints one JSON line ({@link ProbeResult}) on stdout.
 *
 * The matcher's modules are imported before the first measurement, so module code and its
 * static tables count neither as load time nor as gazetteer memory.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGazetteer, type SerialisedGazetteer } from '../../utils/detect/gazetteer';
import { createMatcher, type Matcher } from '../../utils/detect/matcher';

/** The shipped gazetteer. */
export const GAZETTEER_PATH = resolve(import.meta.dirname, '../../public/gazetteer.json');

/** What one probe measured. Times in ms, sizes in bytes. */
export interface ProbeResult {
  read: number;
  parse: number;
  decode: number;
  /** read + parse + decode + createMatcher: until a matcher is ready. */
  total: number;
  /** First find() on one sentence, cold (includes lazily built character tables). */
  firstFind: number;
  /** Growth of heapUsed + arrayBuffers from before reading to after, both after full gc. */
  retained: number;
  heapUsed: number;
  arrayBuffers: number;
}

function settledMemory(): { heapUsed: number; arrayBuffers: number } {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc');
  // Twice: the first pass can leave objects whose finalisation frees more.
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heapUsed, arrayBuffers };
}

function probe(): { result: ProbeResult; keep: Matcher } {
  const before = settledMemory();
  const t0 = performance.now();
  let json: string | undefined = readFileSync(GAZETTEER_PATH, 'utf8');
  const t1 = performance.now();
  const data = JSON.parse(json) as SerialisedGazetteer;
  const t2 = performance.now();
  const gazetteer = loadGazetteer(data);
  const t3 = performance.now();
  const matcher = createMatcher(gazetteer);
  const t4 = performance.now();
  const found = matcher.find('Shares of Microsoft (MSFT) rose after Xiaomi said it would buy patents.');
  const t5 = performance.now();
  if (found.length === 0) throw new Error('the shipped matcher found nothing in its probe sentence');
  json = undefined;
  const after = settledMemory();
  const heapUsed = after.heapUsed - before.heapUsed;
  const arrayBuffers = after.arrayBuffers - before.arrayBuffers;
  return {
    result: {
      read: t1 - t0,
      parse: t2 - t1,
      decode: t3 - t2,
      total: t4 - t0,
      firstFind: t5 - t4,
      retained: heapUsed + arrayBuffers,
      heapUsed,
      arrayBuffers,
    },
    keep: matcher,
  };
}

const { result, keep } = probe();
process.stdout.write(`${JSON.stringify(result)}\n`);
// The matcher must stay reachable until after the "after" measurement.
if (keep.size === 0) process.exitCode = 1;
