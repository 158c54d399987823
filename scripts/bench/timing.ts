import { spawnSync } from 'node:child_process';

/**
 * Timing helpers: subjects run side by side in interleaved rounds, so a slow moment of the
 * machine (another process, a thermal dip) hits every subject alike, and the figure kept for each
 * is the median of its rounds.
 */

/**
 * Re-runs this script under `node --expose-gc` (same loader arguments, so tsx stays) unless it
 * already can collect garbage, and exits with the child's status.
 */
export function rerunWithGc(): void {
  if (typeof globalThis.gc === 'function') return;
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...process.execArgv, process.argv[1] ?? '', ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

/** Runs the garbage collector when node was started with --expose-gc, else does nothing. */
export function collectGarbage(): void {
  globalThis.gc?.();
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One thing to time. `run` returns a value derived from its work, so it cannot be elided. */
export interface Subject {
  name: string;
  run: () => number;
  /** Runs per round (default 1): more for cheap subjects, whose single runs are noisier. */
  repeat?: number;
}

/** Timings of one subject. */
export interface Timing {
  name: string;
  /** Median duration, ms. */
  median: number;
  /** Every measured duration, ms, in round order. */
  samples: number[];
  /** What the last run returned (a count or checksum, for the report's sanity line). */
  result: number;
}

/**
 * Times `subjects` in `rounds` interleaved rounds after `warmup` unmeasured ones. Each round
 * starts with a different subject, and the heap is collected before every run so no subject
 * pays for another's garbage.
 */
export function compare(subjects: readonly Subject[], rounds: number, warmup = 1): Timing[] {
  const timings = subjects.map((s) => ({ name: s.name, samples: [] as number[], result: 0 }));
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const index = (k + Math.max(round, 0)) % subjects.length;
      const subject = subjects[index] as Subject;
      const timing = timings[index] as (typeof timings)[number];
      for (let r = 0; r < (subject.repeat ?? 1); r++) {
        collectGarbage();
        const start = performance.now();
        const result = subject.run();
        const duration = performance.now() - start;
        timing.result = result;
        if (round >= 0) timing.samples.push(duration);
      }
    }
  }
  return timings.map((t) => ({ ...t, median: median(t.samples) }));
}

/**
 * The ratio of `subject` to `baseline` in each round (the median of each one's runs in that
 * round), so that a slow spell of the machine, which lasts seconds here, does not put one
 * subject's runs in it and the other's out of it.
 */
export function perRoundRatios(
  subject: Timing,
  subjectRepeat: number,
  baseline: Timing,
  baselineRepeat: number,
): number[] {
  const rounds = subject.samples.length / subjectRepeat;
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = median(subject.samples.slice(r * subjectRepeat, (r + 1) * subjectRepeat));
    const b = median(baseline.samples.slice(r * baselineRepeat, (r + 1) * baselineRepeat));
    ratios.push(a / b);
  }
  return ratios;
}

/** A subject of {@link compareAsync}: the same as {@link Subject}, for work that awaits. */
export interface AsyncSubject {
  name: string;
  run: () => Promise<number>;
  repeat?: number;
}

/** {@link compare} for asynchronous work (IndexedDB): the same interleaved rounds, gc and medians. */
export async function compareAsync(
  subjects: readonly AsyncSubject[],
  rounds: number,
  warmup = 1,
): Promise<Timing[]> {
  const timings = subjects.map((s) => ({ name: s.name, samples: [] as number[], result: 0 }));
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const index = (k + Math.max(round, 0)) % subjects.length;
      const subject = subjects[index] as AsyncSubject;
      const timing = timings[index] as (typeof timings)[number];
      for (let r = 0; r < (subject.repeat ?? 1); r++) {
        collectGarbage();
        const start = performance.now();
        const result = await subject.run();
        const duration = performance.now() - start;
        timing.result = result;
        if (round >= 0) timing.samples.push(duration);
      }
    }
  }
  return timings.map((t) => ({ ...t, median: median(t.samples) }));
}

/** Formats milliseconds for a report. */
export function ms(value: number): string {
  if (value === 0) return '0 ms';
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** Formats a ratio ("37.2×"). */
export function times(value: number): string {
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}×`;
}

/** Formats a byte count in MB (10^6 bytes, as throughput figures use). */
export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}
