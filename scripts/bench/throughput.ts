/**
 * Section 1: how fast the matcher reads text, against two baselines timed side by side.
 *
 * - The floor: one plain pass over the same characters (read every UTF-16 unit, fold it into a
 *   checksum). No matcher can beat it, so "N× the floor" says how much work per character the
 *   matcher adds on top of merely looking at the text.
 * - The naive approach (mark.js style): one case-insensitive `\b<name>\b` RegExp per company,
 *   each run over the whole text. Its cost grows with the number of names; the trie's should not.
 *   It is compared with our matcher compiled from the same 1,000 companies.
 */

import type { Gazetteer } from '../../utils/detect/gazetteer';
import { compileMatcher, createMatcher, findCandidates } from '../../utils/detect/matcher';
import type { CompanyEntry } from '../../utils/detect/types';
import { generateNews, type News } from './corpus';
import { count, type GoalRow, heading, table } from './report';
import { compare, median, ms, perRoundRatios, type Timing, times } from './timing';

/** Characters in the "1 MB" and "10 MB" texts (UTF-16 units; the text is almost all ASCII). */
const SMALL = 1_000_000;
const LARGE = 10_000_000;
/** How many names the per-name RegExp baseline gets. */
const NAIVE_NAMES = 1000;
/** Warm-up rounds before measuring: the JIT needs a few runs to settle on optimised code. */
const WARMUP = 3;

/** One plain pass: every character read, folded into a checksum the caller keeps. */
export function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (Math.imul(sum, 31) + text.charCodeAt(i)) | 0;
  return sum;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The mark.js-style loop: for each name, build `\b<escaped name>\b` with flags `gi` and walk
 * every match over the whole text. Building the expressions is part of the cost, as it is for a
 * highlighter that receives its keyword list at run time. Returns the number of matches.
 */
export function perNameRegex(names: readonly string[], text: string): number {
  let matches = 0;
  for (const name of names) {
    const pattern = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi');
    for (const _ of text.matchAll(pattern)) matches++;
  }
  return matches;
}

function describe(news: News): string {
  return (
    `${count(news.text.length)} chars, ${count(news.names)} company names ` +
    `(one per ${Math.round(news.text.length / news.names)} chars), ${count(news.tickers)} tickers, ` +
    `${count(news.paragraphs)} paragraphs`
  );
}

/** Throughput in MB/s (10^6 characters per second). */
function rate(chars: number, timing: Timing): string {
  const value = chars / 1e6 / (timing.median / 1000);
  return value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2);
}

/** Runs section 1, prints its tables and returns its goal rows. */
export function benchThroughput(gazetteer: Gazetteer): GoalRow[] {
  const full = createMatcher(gazetteer);
  const firstCompanies = gazetteer.companies.slice(0, NAIVE_NAMES);
  const names = firstCompanies.map((c) => c.name);
  // The shipped file keeps display names and tickers only, so the 1,000-company matcher knows
  // exactly the names the RegExp loop gets (plus tickers, looked up only in ticker context).
  const entries: CompanyEntry[] = firstCompanies.map((c) => ({ id: c.id, name: c.name, tickers: c.tickers }));
  const small = compileMatcher(entries);

  heading('1. Matcher throughput');
  const news1 = generateNews(gazetteer.companies, { length: SMALL, seed: 1 });
  const news10 = generateNews(gazetteer.companies, { length: LARGE, seed: 10 });
  console.log(`Text, "1 MB":  ${describe(news1)}`);
  console.log(`Text, "10 MB": ${describe(news10)}`);
  console.log('MB here is 10^6 UTF-16 code units (the text is nearly all ASCII).');

  const text1 = news1.text;
  const text10 = news10.text;
  // Many short rounds: this machine has slow spells of a second or more, and a median over many
  // rounds spread across them says more than one over a few.
  const rounds1 = 15;
  const floorRepeat1 = 5;
  const matcherRepeat1 = 2;
  // Two comparisons, each timed side by side: the matcher against the floor, and the
  // 1,000-company matcher against the per-name loop. They are kept apart because the loop (about
  // a second of RegExp compiling and matching per run) disturbs whatever runs between its runs.
  const vsFloor = compare(
    [
      { name: 'floor: one charCodeAt pass', run: () => floorPass(text1), repeat: floorRepeat1 },
      {
        name: `matcher, full gazetteer (${count(gazetteer.companies.length)} companies)`,
        run: () => full.find(text1).length,
        repeat: matcherRepeat1,
      },
      // For the reader of the figures, not a goal: the matcher's first pass alone (start RegExp,
      // words, first-word table, trie walks), without the context rules and the output.
      {
        name: 'of which the candidate pass (no context rules)',
        run: () => findCandidates(gazetteer, text1).count,
        repeat: matcherRepeat1,
      },
    ],
    rounds1,
    WARMUP,
  );
  const vsLoop = compare(
    [
      {
        name: `matcher, first ${count(NAIVE_NAMES)} companies`,
        run: () => small.find(text1).length,
        repeat: 2,
      },
      { name: `per-name RegExp, first ${count(NAIVE_NAMES)} names`, run: () => perNameRegex(names, text1) },
    ],
    rounds1,
    WARMUP,
  );
  const on1 = [...vsFloor.slice(0, 2), ...vsLoop];
  const candidates1 = vsFloor[2] as Timing;
  const rounds10 = 11;
  const floorRepeat10 = 3;
  const on10 = compare(
    [
      { name: 'floor: one charCodeAt pass', run: () => floorPass(text10), repeat: floorRepeat10 },
      { name: 'matcher, full gazetteer', run: () => full.find(text10).length },
    ],
    rounds10,
    WARMUP,
  );

  const [floor1, full1, small1, regex1] = on1 as [Timing, Timing, Timing, Timing];
  const [floor10, full10] = on10 as [Timing, Timing];
  const rows = (timings: Timing[], chars: number, floor: Timing) =>
    timings.map((t) => [
      t.name,
      ms(t.median),
      String(t.samples.length),
      rate(chars, t),
      times(t.median / floor.median),
      t === floor ? '(checksum)' : count(t.result),
    ]);
  const header = ['subject', 'median', 'runs', 'MB/s', 'vs floor', 'found'];
  console.log(
    `\n1 MB text: ${rounds1} interleaved rounds after ${WARMUP} warm-up rounds, gc before each run, the\n` +
      'first two rows timed together and the last two together; "runs" is how many runs the median\n' +
      'is of (cheap subjects run several times a round):',
  );
  console.log(table(header, rows(on1, text1.length, floor1)));
  console.log(
    `Of the matcher's time, its candidate pass alone (start RegExp, words, first-word table, trie walks;\n` +
      `no context rules, no output): ${ms(candidates1.median)}, ${times(candidates1.median / floor1.median)} the floor, timed with the rows above.`,
  );
  console.log(`\n10 MB text: ${rounds10} interleaved rounds after ${WARMUP} warm-up rounds:`);
  console.log(table(header, rows(on10, text10.length, floor10)));
  console.log(
    '\n"found": mentions for the matcher, RegExp matches for the per-name loop (the loop has no\n' +
      'context rules, possessive or ticker handling, so the counts differ).',
  );

  const vsFloor1 = full1.median / floor1.median;
  const vsFloor10 = full10.median / floor10.median;
  const paired = (ratios: number[]) =>
    `per round ${times(median(ratios))} (${times(Math.min(...ratios))}–${times(Math.max(...ratios))})`;
  const paired1 = paired(perRoundRatios(full1, matcherRepeat1, floor1, floorRepeat1));
  const paired10 = paired(perRoundRatios(full10, 1, floor10, floorRepeat10));
  console.log(
    `\nMatcher vs floor, round by round (each round's matcher runs against the floor runs next to them):\n` +
      `1 MB ${paired1}; 10 MB ${paired10}.`,
  );
  const speedup = regex1.median / small1.median;
  return [
    {
      what: 'matcher vs floor, 1 MB, full gazetteer',
      value: times(vsFloor1),
      goal: '≤ 5×',
      pass: vsFloor1 <= 5,
      note: `${rate(text1.length, full1)} MB/s vs ${rate(text1.length, floor1)} MB/s; ${paired1}`,
    },
    {
      what: 'matcher vs floor, 10 MB, full gazetteer',
      value: times(vsFloor10),
      goal: '≤ 5×',
      pass: vsFloor10 <= 5,
      note: `${rate(text10.length, full10)} MB/s vs ${rate(text10.length, floor10)} MB/s; ${paired10}`,
    },
    {
      what: `matcher faster than per-name RegExp, ${count(NAIVE_NAMES)} names, 1 MB`,
      value: times(speedup),
      goal: '≥ 50×',
      pass: speedup >= 50,
      note: `${ms(small1.median)} vs ${ms(regex1.median)}`,
    },
  ];
}
