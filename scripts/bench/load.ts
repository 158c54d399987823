/**
 * Sections 2 and 3: gazetteer load time and the memory a loaded matcher keeps.
 *
 * Cold figures come from fresh node processes (scripts/bench/load-probe.ts), one load each, since
 * every page's content script starts cold; the median over the processes is the headline. A
 * warm figure (same steps repeated in this process, JIT-compiled) is shown for comparison: the
 * gap is what a cold start costs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGazetteer, type SerialisedGazetteer } from '../../utils/detect/gazetteer';
import { createMatcher } from '../../utils/detect/matcher';
import type { ProbeResult } from './load-probe';
import { count, type GoalRow, heading, table } from './report';
import { compare, mb, median, ms } from './timing';

const GAZETTEER = resolve(import.meta.dirname, '../../public/gazetteer.json');
const PROBE = resolve(import.meta.dirname, 'load-probe.ts');
/** Fresh processes for the cold figures. */
const PROCESSES = 5;
/** Rounds of the warm, in-process figure. */
const WARM_ROUNDS = 15;

/** Node arguments that load TypeScript (tsx's loader, as this process was started) and allow gc. */
function nodeArguments(): string[] {
  return ['--expose-gc', ...process.execArgv.filter((a) => a !== '--expose-gc')];
}

function runProbe(): ProbeResult {
  const child = spawnSync(process.execPath, [...nodeArguments(), PROBE], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`load probe failed (${child.status}):\n${child.stderr}`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ProbeResult;
}

/** Runs sections 2 and 3, prints their tables and returns their goal rows. */
export function benchLoad(): GoalRow[] {
  const size = statSync(GAZETTEER).size;
  const probes = Array.from({ length: PROCESSES }, runProbe);
  const pick = (key: keyof ProbeResult) => median(probes.map((p) => p[key]));

  const [warm] = compare(
    [
      {
        name: 'warm load',
        run: () =>
          createMatcher(loadGazetteer(JSON.parse(readFileSync(GAZETTEER, 'utf8')) as SerialisedGazetteer))
            .size,
      },
    ],
    WARM_ROUNDS,
    3,
  );
  if (!warm) throw new Error('no warm timing');

  heading('2. Gazetteer load time');
  console.log(`public/gazetteer.json: ${mb(size)} (${count(size)} bytes)`);
  console.log(`\nCold load, median of ${PROCESSES} fresh node processes (one load each):`);
  console.log(
    table(
      ['step', 'median', 'runs'],
      [
        ['readFileSync', ms(pick('read')), probes.map((p) => p.read.toFixed(1)).join(' ')],
        ['JSON.parse', ms(pick('parse')), probes.map((p) => p.parse.toFixed(1)).join(' ')],
        ['loadGazetteer', ms(pick('decode')), probes.map((p) => p.decode.toFixed(1)).join(' ')],
        ['total, to a ready matcher', ms(pick('total')), probes.map((p) => p.total.toFixed(1)).join(' ')],
        [
          '(then first find, one sentence)',
          ms(pick('firstFind')),
          probes.map((p) => p.firstFind.toFixed(1)).join(' '),
        ],
      ],
    ),
  );
  console.log(
    `Warm load in this process (read to ready matcher), median of ${WARM_ROUNDS}: ${ms(warm.median)}`,
  );

  heading('3. Matcher memory');
  console.log(
    `heapUsed + arrayBuffers after gc, minus the same before reading the file (matcher modules\n` +
      `already imported); median of ${PROCESSES} fresh processes:`,
  );
  console.log(
    table(
      ['measure', 'median', 'runs (MB)'],
      [
        ['heapUsed growth', mb(pick('heapUsed')), probes.map((p) => (p.heapUsed / 1e6).toFixed(2)).join(' ')],
        [
          'arrayBuffers growth',
          mb(pick('arrayBuffers')),
          probes.map((p) => (p.arrayBuffers / 1e6).toFixed(2)).join(' '),
        ],
        ['retained (sum)', mb(pick('retained')), probes.map((p) => (p.retained / 1e6).toFixed(2)).join(' ')],
      ],
    ),
  );

  const total = pick('total');
  const retained = pick('retained');
  return [
    {
      what: 'gazetteer load, cold, JSON to ready matcher',
      value: ms(total),
      goal: '< 50 ms',
      pass: total < 50,
      note: `warm ${ms(warm.median)}; file ${mb(size)}`,
    },
    {
      what: 'memory kept by gazetteer + matcher',
      value: mb(retained),
      goal: '< 8 MB',
      pass: retained < 8e6,
      note: `heap ${mb(pick('heapUsed'))} + buffers ${mb(pick('arrayBuffers'))}`,
    },
  ];
}
