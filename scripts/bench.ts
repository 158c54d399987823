/**
 * `npm run bench`: how fast and how small company detection is, as ratios against baselines
 * timed side by side on the same machine, so the figures mean the same on a laptop and in CI.
 *
 * 1. Matcher throughput on generated news prose (~1 MB and ~10 MB, company names at a realistic
 *    rate) with the full shipped gazetteer, against the floor (one plain pass over the same
 *    characters: the cost of merely reading the text) and against a mark.js-style loop (one
 *    `\bname\b` RegExp per name) at 1,000 names, where our matcher is compiled from the same
 *    1,000 companies. Detection runs on every page a reader opens, so it must stay within a small
 *    factor of reading the text, and must not grow with the size of the dictionary.
 * 2. Gazetteer load time, from reading public/gazetteer.json to a ready matcher, cold
 *    (fresh processes, as each page's content script starts) and warm.
 * 3. Memory the loaded gazetteer and matcher keep (heap and array buffers, after gc), since a copy
 *    lives in every tab.
 * 4. In headless Chromium with the built extension: the longest demo article and a generated
 *    ~5 MB news page. Scan time from the `dealscope:scan` measures, long tasks from a
 *    PerformanceObserver, highlighted ranges from `CSS.highlights`: a scan must never freeze the
 *    page (no task over 50 ms).
 * 5. Notes at scale, in Node on fake-indexeddb (an upper bound for the browser's IndexedDB): 10,000
 *    notes over 1,000 articles inserted, searched (every search under 100 ms, against a naive full
 *    scan), exported and imported; passages re-anchored in a 200 KB article.
 * 6. Deal extraction: precision and recall on the labelled sentences (data/deal-sentences.json,
 *    which the patterns were written against) and on a held-out set written independently.
 *
 * Timing figures are medians of interleaved repetitions after warm-up; each table says how many.
 * The run ends with a PASS/MISS summary per goal and exits 0 either way: it is a report, not a
 * test. Flags: --no-build (measure the existing .output/chrome-mv3), --no-browser (skip 4),
 * --only=throughput,load,browser,notes,deals (run just those sections); --only=instructions adds
 * an instruction count of the matcher against the floor under Valgrind (see bench/instructions.ts),
 * steadier than the timed ratio on a machine whose speed comes and goes.
 *
 * The script re-runs itself under `node --expose-gc` so it can collect garbage between runs.
 */
import { cpus } from 'node:os';
import { shippedGazetteer } from '../utils/detect/dictionary';
import { benchBrowser } from './bench/browser';
import { dealsSection } from './bench/deals';
import { benchInstructions } from './bench/instructions';
import { benchLoad } from './bench/load';
import { benchNotes } from './bench/notes';
import { type GoalRow, heading, summary } from './bench/report';
import { benchThroughput } from './bench/throughput';
import { rerunWithGc } from './bench/timing';

const args = process.argv.slice(2);

rerunWithGc();

const started = performance.now();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Dealscope bench: node ${process.version}, ${cpus().length} × ${cpu.trim()}, ${new Date().toISOString()}`,
);

const gazetteer = shippedGazetteer();
const goals: GoalRow[] = [];
const took: string[] = [];

/** `--only=throughput,notes`: run just these sections (names as in the summary's timing line). */
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

/** Runs one section, keeping its goal rows and how long it took. */
async function section(name: string, run: () => GoalRow[] | Promise<GoalRow[]>): Promise<void> {
  if (only && !only.includes(name.split(' ')[0] as string)) return;
  const start = performance.now();
  try {
    goals.push(...(await run()));
  } catch (error) {
    console.error(
      `\n${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    goals.push({ what: name, value: 'failed', goal: '', pass: undefined, note: 'see the error above' });
  }
  took.push(`${name} ${((performance.now() - start) / 1000).toFixed(0)} s`);
}

await section('throughput', () => benchThroughput(gazetteer));
await section('load and memory', benchLoad);
if (args.includes('--no-browser') || (only && !only.includes('browser'))) {
  const why = args.includes('--no-browser') ? '--no-browser' : '--only';
  goals.push({ what: 'browser section', value: 'skipped', goal: '', pass: undefined, note: why });
} else {
  await section('browser', () => benchBrowser(gazetteer.companies, { build: !args.includes('--no-build') }));
}
await section('notes', () => benchNotes(gazetteer.companies));
await section('deals', dealsSection);
// Opt-in: about a minute and a half under Valgrind.
if (only?.includes('instructions')) await section('instructions', benchInstructions);

heading('Summary');
console.log(summary(goals));
const missed = goals.filter((g) => g.pass === false).length;
console.log(
  `\n${goals.filter((g) => g.pass).length} PASS, ${missed} MISS, in ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s (${took.join(', ')}). ` +
    'A report, not a test: exit code 0 either way.',
);
