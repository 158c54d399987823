/**
 * `npm run bench:ab -- <rev> [--rounds=N] [--length=N]`: this working tree's matcher against
 * the matcher of another commit, side by side in one process.
 *
 * A change to the matcher is often worth a few per cent, and this machine's speed drifts by more
 * than that from one run of `npm run bench` to the next. Timed in the same process, in the same
 * rounds, one right after the other, two versions see the same drift: the ratio of each round's
 * pair is what the change is worth. Both versions also run on the same texts first, and any
 * mention one finds and the other does not is listed (a speed change should find the same).
 *
 * `<rev>` is checked out into a temporary git worktree (removed afterwards); both trees are
 * imported through tsx, so each has its own copy of the code and of the shipped gazetteer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { floorPass } from './bench/throughput';
import { compare, median, perRoundRatios, rerunWithGc, type Timing, times } from './bench/timing';

interface Tree {
  name: string;
  find(text: string): { start: number; end: number; companyId: string }[];
  generate(length: number, seed: number): string;
}

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};
const rev = args.find((a) => !a.startsWith('--'));

if (!rev) {
  console.error('usage: npm run bench:ab -- <rev> [--rounds=N] [--length=N]');
  process.exit(2);
}
rerunWithGc();

async function load(dir: string, name: string): Promise<Tree> {
  const url = (path: string) => pathToFileURL(join(dir, path)).href;
  const dictionary = await import(url('utils/detect/dictionary.ts'));
  const corpus = await import(url('scripts/bench/corpus.ts'));
  const matcher = dictionary.defaultMatcher();
  const companies = dictionary.shippedGazetteer().companies;
  return {
    name,
    find: (text) => matcher.find(text),
    generate: (length, seed) => corpus.generateNews(companies, { length, seed }).text,
  };
}

/** Mentions one tree finds and the other does not, as "start-end company". */
function differences(a: Tree, b: Tree, text: string): string[] {
  const key = (m: { start: number; end: number; companyId: string }) => `${m.start}-${m.end} ${m.companyId}`;
  const left = new Set(a.find(text).map(key));
  const right = new Set(b.find(text).map(key));
  return [
    ...[...left].filter((k) => !right.has(k)).map((k) => `only ${a.name}: ${k}`),
    ...[...right].filter((k) => !left.has(k)).map((k) => `only ${b.name}: ${k}`),
  ];
}

const quantile = (values: number[], q: number) =>
  [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * q))] as number;

const scratch = mkdtempSync(join(tmpdir(), 'dealscope-ab-'));
const other = join(scratch, 'tree');
try {
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', other, rev], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (!existsSync(join(other, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules'), join(other, 'node_modules'));
  const subject = await load(ROOT, 'this tree');
  const base = await load(other, rev);

  const seeds = [1, 2, 3];
  const found = seeds.flatMap((seed) => differences(subject, base, subject.generate(300_000, seed)));
  console.log(
    found.length
      ? `Mentions differ on 3 texts of 300,000 characters (${found.length}):\n  ${found.slice(0, 20).join('\n  ')}`
      : 'Same mentions on 3 texts of 300,000 characters.',
  );

  const length = option('length', 1_000_000);
  const rounds = option('rounds', 60);
  const warmup = 6;
  const text = subject.generate(length, 1);
  // The floor (one plain pass, as in the bench) shows where both stand.
  const [floor, mine, theirs] = compare(
    [
      { name: 'floor', run: () => floorPass(text) },
      { name: subject.name, run: () => subject.find(text).length },
      { name: base.name, run: () => base.find(text).length },
    ],
    rounds,
    warmup,
  ) as [Timing, Timing, Timing];
  const ratios = perRoundRatios(mine, 1, theirs, 1);
  console.log(
    `${length.toLocaleString('en')} characters, ${rounds} rounds after ${warmup} warm-up rounds, gc before each run:\n` +
      `  this tree ÷ ${rev}, round by round: median ${median(ratios).toFixed(3)} ` +
      `(quartiles ${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)})\n` +
      `  vs the floor (medians): this tree ${times(mine.median / floor.median)}, ${rev} ${times(theirs.median / floor.median)}`,
  );
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', other], { cwd: ROOT, stdio: 'inherit' });
  rmSync(scratch, { recursive: true, force: true });
}
