/**
 * Section 6 of the benchmark: the deal extractor's precision and recall on the labelled
 * sentences. Two sets: data/deal-sentences.json (161 sentences, the patterns were tuned against
 * it) and data/deal-sentences-heldout.json (86 sentences written independently of the code),
 * so the honest figure on unseen text is printed next to the tuned one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateExtraction, type LabelledSentence } from '../../utils/deals/evaluate';
import { defaultMatcher } from '../../utils/detect/dictionary';
import { type GoalRow, heading, table } from './report';

export interface DealsBenchResult {
  sets: {
    name: string;
    sentences: number;
    precision: number;
    recall: number;
    figuresRight: number;
    truePositives: number;
    calledOff: number;
  }[];
  millisecondsPerSentence: number;
}

const ROOT = resolve(import.meta.dirname, '../..');

function load(file: string): LabelledSentence[] {
  return (JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as { sentences: LabelledSentence[] })
    .sentences;
}

/** Runs both sets and times the extractor per sentence. */
export function benchDeals(): DealsBenchResult {
  const matcher = defaultMatcher();
  const sets = [
    { name: 'labelled (tuned on)', file: 'data/deal-sentences.json' },
    { name: 'held-out', file: 'data/deal-sentences-heldout.json' },
  ].map(({ name, file }) => {
    const sentences = load(file);
    const r = evaluateExtraction(sentences, matcher);
    return {
      name,
      sentences: sentences.length,
      precision: r.precision,
      recall: r.recall,
      figuresRight: r.figuresRight,
      truePositives: r.truePositives,
      calledOff: r.calledOff,
    };
  });
  const all = [...load('data/deal-sentences.json'), ...load('data/deal-sentences-heldout.json')];
  evaluateExtraction(all, matcher); // warm up
  const start = performance.now();
  const rounds = 5;
  for (let i = 0; i < rounds; i++) evaluateExtraction(all, matcher);
  return { sets, millisecondsPerSentence: (performance.now() - start) / rounds / all.length };
}

/** Runs section 6, prints it and returns its goal rows (precision >= 0.9, recall >= 0.7). */
export function dealsSection(): GoalRow[] {
  const r = benchDeals();
  heading('6. Deal extraction');
  console.log(
    table(
      ['set', 'sentences', 'precision', 'recall', 'figures right', 'off or rumoured'],
      r.sets.map((s) => [
        s.name,
        String(s.sentences),
        s.precision.toFixed(2),
        s.recall.toFixed(2),
        `${s.figuresRight}/${s.truePositives}`,
        String(s.calledOff),
      ]),
    ),
  );
  console.log(
    `A suggestion is right when its type and every party with its role match the label; "figures right" counts\n` +
      `right suggestions whose quantity, value and date match too. The patterns were written against the\n` +
      `first set; the held-out set was written independently afterwards. The labels record agreed deals only:\n` +
      `deals suggested as called off or rumoured are counted apart ("off or rumoured"), not scored.\n` +
      `Extraction takes ${(r.millisecondsPerSentence * 1000).toFixed(0)} µs a sentence.`,
  );
  return r.sets.flatMap((s) => [
    {
      what: `deal extraction precision, ${s.name}`,
      value: s.precision.toFixed(2),
      goal: '>= 0.9',
      pass: s.precision >= 0.9,
      note: `${s.sentences} sentences`,
    },
    {
      what: `deal extraction recall, ${s.name}`,
      value: s.recall.toFixed(2),
      goal: '>= 0.7',
      pass: s.recall >= 0.7,
    },
  ]);
}
