import type { DealParty, DealType } from '../db/models';
import type { Matcher } from '../detect/matcher';
import { type ExtractedDeal, extractDeals } from './extract';

/** One labelled sentence of data/deal-sentences.json. */
export interface LabelledSentence {
  text: string;
  context?: string;
  published?: string;
  expect: {
    type: DealType;
    parties: Pick<DealParty, 'companyId' | 'role'>[];
    quantity?: number | null;
    value?: { amount: number; currency: string } | null;
    announced?: string | null;
  } | null;
}

/** Precision, recall and the cases behind them. */
export interface Evaluation {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Of the correct suggestions, how many got quantity, value and date right too. */
  figuresRight: number;
  /**
   * Deals suggested as called off or rumoured (status cancelled or rumoured). The labels record
   * agreed deals only (a sentence about a deal called off or in talks is labelled null), so these
   * are counted apart, not scored.
   */
  calledOff: number;
  mistakes: { text: string; expected: string; got: string }[];
}

const key = (d: { type: string; parties: Pick<DealParty, 'companyId' | 'role'>[] }) =>
  `${d.type}|${d.parties
    .map((p) => `${p.role}:${p.companyId}`)
    .sort()
    .join(',')}`;

/**
 * Runs the extractor on labelled sentences. A suggestion is right when its type and every
 * party with its role match the label; anything else suggested is a false positive.
 */
export function evaluateExtraction(sentences: readonly LabelledSentence[], matcher: Matcher): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let figuresRight = 0;
  let calledOff = 0;
  const mistakes: Evaluation['mistakes'] = [];
  for (const s of sentences) {
    const text = s.context ? `${s.context} ${s.text}` : s.text;
    const all = extractDeals(text, { matcher, ...(s.published ? { published: s.published } : {}) }).filter(
      (d) => !s.context || text.indexOf(d.sentence) >= s.context.length,
    );
    const got = all.filter((d) => d.status !== 'cancelled' && d.status !== 'rumoured');
    calledOff += all.length - got.length;
    const wanted = s.expect ? key(s.expect) : null;
    const hit = got.find((d) => key(d) === wanted);
    if (hit) {
      tp++;
      const e = s.expect;
      const sameValue =
        (e?.value ?? null) === null
          ? !hit.value
          : hit.value?.amount === e?.value?.amount && hit.value?.currency === e?.value?.currency;
      if (
        (e?.quantity ?? null) === (hit.quantity ?? null) &&
        sameValue &&
        (e?.announced ?? null) === (hit.announced ?? null)
      )
        figuresRight++;
    } else if (wanted) {
      fn++;
    }
    for (const d of got) {
      if (key(d) === wanted) continue;
      fp++;
    }
    if ((wanted && !hit) || got.some((d) => key(d) !== wanted)) {
      mistakes.push({
        text: s.text,
        expected: wanted ?? 'nothing',
        got: got.map((d: ExtractedDeal) => key(d)).join(' ; ') || 'nothing',
      });
    }
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    figuresRight,
    calledOff,
    mistakes,
  };
}
