/**
 * Child process of the instruction-count section, run under Valgrind: warms the floor and the
 * matcher up on the same generated text, then runs `SUBJECT` (floor or matcher) `RUNS` times.
 * The section runs it with RUNS=0 and RUNS=N and divides the difference by N; CHARS is the text's
 * length. Nothing imports this file: it runs as soon as it is loaded.
 */
import { shippedGazetteer } from '../../utils/detect/dictionary';
import { createMatcher } from '../../utils/detect/matcher';
import { generateNews } from './corpus';
import { floorPass } from './throughput';

/** Warm-up runs of each subject, so that both run as optimised code when counted. */
const WARMUP = 15;

const subject = process.env.SUBJECT ?? 'floor';
const runs = Number(process.env.RUNS ?? 0);
const chars = Number(process.env.CHARS ?? 200_000);
const gazetteer = shippedGazetteer();
const matcher = createMatcher(gazetteer);
const text = generateNews(gazetteer.companies, { length: chars, seed: 1 }).text;
const subjects: Record<string, () => number> = {
  floor: () => floorPass(text),
  matcher: () => matcher.find(text).length,
};
const run = subjects[subject];
if (!run) throw new Error(`unknown subject ${subject}`);
let sink = 0;
for (let i = 0; i < WARMUP; i++) for (const s of Object.values(subjects)) sink ^= s();
for (let i = 0; i < runs; i++) sink ^= run();
console.log(sink);
