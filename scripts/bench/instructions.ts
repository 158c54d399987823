/**
 * Optional section (`--only=instructions`): the matcher's work per character against the floor's,
 * counted in machine instructions by Valgrind's cachegrind instead of timed.
 *
 * This machine's speed comes and goes: in a slow spell the matcher slows down more than the floor
 * (it reads tables as well as the text), so the timed ratio of section 1 moves by a fifth from one
 * run to the next. An instruction count is the same on every run, which makes it the figure to
 * compare two versions of the matcher by. It is not the goal (time is), and it hides what costs
 * time without costing instructions: mispredicted branches and cache misses.
 *
 * Each count is the difference between a probe run with N runs of the subject and one with none
 * (same warm-up), divided by N. The probe is bundled first and node runs single-threaded with
 * fixed seeds, so the JIT does the same work in every process. Skipped when valgrind is not
 * installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { count, type GoalRow, heading, table } from './report';

const PROBE = resolve(import.meta.dirname, 'instructions-probe.ts');
/** Characters of the probe's text: small, since Valgrind runs the process some fifty times slower. */
const PROBE_CHARS = 200_000;
/** Counted runs of each subject. */
const RUNS = 10;

function hasValgrind(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The probe bundled into one JavaScript file: run through tsx's loader, the count varied by tens
 * of millions of instructions from one process to the next; bundled, by well under one million.
 */
function bundleProbe(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'dealscope-bench-')), 'instructions-probe.mjs');
  buildSync({
    entryPoints: [PROBE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

/** Instructions the bundled probe executed with `runs` runs of `subject`. */
function instructions(probe: string, subject: string, runs: number): number {
  const child = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      '--hash-seed=1',
      '--random-seed=1',
      probe,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, SUBJECT: subject, RUNS: String(runs), CHARS: String(PROBE_CHARS) },
    },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(child.stderr)?.[1];
  if (child.status !== 0 || !refs)
    throw new Error(`instruction probe failed (${child.status}):\n${child.stderr}`);
  return Number(refs.replace(/,/g, ''));
}

/** Runs the section and prints its table; it has no goal rows, only a report line. */
export function benchInstructions(): GoalRow[] {
  heading('Instructions per character (Valgrind)');
  if (!hasValgrind()) {
    console.log('valgrind is not installed: skipped (apt-get install valgrind).');
    return [
      { what: 'instructions section', value: 'skipped', goal: '', pass: undefined, note: 'no valgrind' },
    ];
  }
  const probe = bundleProbe();
  const base = instructions(probe, 'floor', 0);
  const perChar = (subject: string) => (instructions(probe, subject, RUNS) - base) / RUNS / PROBE_CHARS;
  const floor = perChar('floor');
  const matcher = perChar('matcher');
  console.log(
    `Text of ${count(PROBE_CHARS)} chars; ${RUNS} counted runs of each subject after a common warm-up.`,
  );
  console.log(
    table(
      ['subject', 'instructions/char', 'vs floor'],
      [
        ['floor: one charCodeAt pass', floor.toFixed(1), '1.0×'],
        ['matcher, full gazetteer', matcher.toFixed(1), `${(matcher / floor).toFixed(1)}×`],
      ],
    ),
  );
  return [
    {
      what: 'matcher vs floor in instructions (not a goal)',
      value: `${(matcher / floor).toFixed(1)}×`,
      goal: '',
      pass: undefined,
      note: `${matcher.toFixed(1)} vs ${floor.toFixed(1)} instructions a character`,
    },
  ];
}
