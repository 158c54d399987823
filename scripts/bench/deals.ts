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

export interface DealsBenchResult {
  sets: {
    name: string;
    sentences: number;
    precision: number;
    recall: number;
    figuresRight: number;
    truePositives: number;
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
    };
  });
  const all = [...load('data/deal-sentences.json'), ...load('data/deal-sentences-heldout.json')];
  evaluateExtraction(all, matcher); // warm up
  const start = performance.now();
  const rounds = 5;
  for (let i = 0; i < rounds; i++) evaluateExtraction(all, matcher);
  return { sets, millisecondsPerSentence: (performance.now() - start) / rounds / all.length };
}

/** Prints the section. */
export function printDeals(r: DealsBenchResult): void {
  console.log('\n6. Deal extraction\n==================');
  for (const s of r.sets) {
    console.log(
      `${s.name.padEnd(22)} ${String(s.sentences).padStart(4)} sentences  precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}  (${s.figuresRight}/${s.truePositives} correct suggestions with every figure right)`,
    );
  }
  console.log(
    `extraction time: ${(r.millisecondsPerSentence * 1000).toFixed(0)} µs per sentence (median of 5 rounds over both sets)`,
  );
}
