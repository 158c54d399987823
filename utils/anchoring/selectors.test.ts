import { describe, expect, it } from 'vitest';
import { anchorPassage, describePassage, levenshtein } from './selectors';

const ARTICLE = [
  'Xiaomi has agreed to buy roughly 1,500 patents from Microsoft, the two companies said on Wednesday.',
  'The patents cover wireless communications, video and cloud computing.',
  'Neither side disclosed what Xiaomi paid for the patents.',
  'Analysts said the patents give the company something to trade if it is sued.',
].join('\n');

function target(quote: string, text = ARTICLE) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error('quote not in text');
  return describePassage(text, start, start + quote.length);
}

describe('describePassage', () => {
  it('stores the quote, its context and its position', () => {
    const t = target('disclosed what Xiaomi paid');
    expect(t.quote.exact).toBe('disclosed what Xiaomi paid');
    expect(t.quote.prefix).toBe(
      ARTICLE.slice(ARTICLE.indexOf('disclosed') - 32, ARTICLE.indexOf('disclosed')),
    );
    expect(t.quote.suffix).toHaveLength(32);
    expect(t.position).toEqual({
      type: 'TextPositionSelector',
      start: ARTICLE.indexOf('disclosed'),
      end: ARTICLE.indexOf('disclosed') + 26,
    });
  });

  it('clips context at the edges of the text', () => {
    const t = describePassage('short text', 0, 5);
    expect(t.quote).toEqual({ type: 'TextQuoteSelector', exact: 'short', prefix: '', suffix: ' text' });
  });
});

describe('anchorPassage', () => {
  it('finds an unchanged passage where it was', () => {
    const t = target('wireless communications, video');
    const a = anchorPassage(ARTICLE, t);
    expect(a?.how).toBe('exact');
    expect(ARTICLE.slice(a?.start, a?.end)).toBe('wireless communications, video');
  });

  it('follows the passage when a sentence is added before it', () => {
    const t = target('something to trade if it is sued');
    const changed = `Updated at 10:00 with comment from analysts.\n${ARTICLE}`;
    const a = anchorPassage(changed, t);
    expect(a?.how).toBe('exact');
    expect(changed.slice(a?.start, a?.end)).toBe('something to trade if it is sued');
  });

  it('uses context to choose between repeated quotes', () => {
    const t = target('the patents', ARTICLE.slice(ARTICLE.indexOf('Analysts')));
    const moved = ARTICLE.replace('Analysts said', 'Analysts, in a note, said');
    const a = anchorPassage(moved, t);
    // "the patents" occurs three times; the one after "Analysts ... said" wins.
    expect(a?.start).toBe(moved.indexOf('the patents give'));
  });

  it('re-anchors a passage whose typo was fixed', () => {
    const typo = ARTICLE.replace('agreed to buy', 'agred to buy');
    const t = target('Xiaomi has agred to buy roughly 1,500 patents', typo);
    const a = anchorPassage(ARTICLE, t);
    expect(a?.how).toBe('fuzzy');
    expect(ARTICLE.slice(a?.start, a?.end)).toBe('Xiaomi has agreed to buy roughly 1,500 patents');
  });

  it('reports a removed passage as not found instead of attaching it elsewhere', () => {
    const t = target('Neither side disclosed what Xiaomi paid for the patents.');
    const removed = ARTICLE.replace('Neither side disclosed what Xiaomi paid for the patents.\n', '');
    expect(anchorPassage(removed, t)).toBeNull();
  });

  it('does not attach a passage to a near copy with other figures', () => {
    const entry = (times: number, at: string) =>
      `Live: trading in the shares ran at ${times} times the daily average by ${at}, the exchange said.`;
    const before = ['Markets live blog.', entry(3, '17:03'), 'More later.'].join('\n');
    const noted = target('ran at 3 times the daily average by 17:03', before);
    // The entry is gone; the page now shows an older one that reads almost the same.
    const after = ['Markets live blog.', entry(2, '10:23'), 'More later.'].join('\n');
    expect(anchorPassage(after, noted)).toBeNull();
    // Reworded around the same figures, it is still found.
    const edited = before.replace('ran at 3 times', 'ran at some 3 times');
    expect(anchorPassage(edited, noted)?.how).toBe('fuzzy');
  });

  it('does not attach a passage to a sentence of the same template about other companies', () => {
    const sentence = (place: string, company: string, field: string) =>
      `The deal, which still needs approval from regulators in ${place}, would give ${company} a bigger foothold in ${field}.`;
    const before = [
      'Deals roundup.',
      sentence('Washington', 'IBM', 'advertising'),
      sentence('the Gulf', 'Tesla', 'electric vehicles'),
    ].join('\n');
    const noted = target(sentence('Washington', 'IBM', 'advertising'), before);
    // The IBM item is gone; the Tesla one reads almost the same.
    const after = ['Deals roundup.', sentence('the Gulf', 'Tesla', 'electric vehicles')].join('\n');
    expect(anchorPassage(after, noted)).toBeNull();
    // A name whose typo was fixed is still the same name.
    const typo = before.replace('IBM a bigger', 'IMB a bigger');
    const a = anchorPassage(before, target(sentence('Washington', 'IMB', 'advertising'), typo));
    expect(a?.how).toBe('fuzzy');
    expect(before.slice(a?.start, a?.end)).toBe(sentence('Washington', 'IBM', 'advertising'));
    const misspelt = before.replace('Washington', 'Washingotn');
    const b = anchorPassage(before, target(sentence('Washingotn', 'IBM', 'advertising'), misspelt));
    expect(before.slice(b?.start, b?.end)).toBe(sentence('Washington', 'IBM', 'advertising'));
  });

  it('does not end a re-anchored passage inside a word the quote did not cut', () => {
    const before = 'Results were mixed. The fund sold its stake in the company last week. More to come.';
    const noted = target('The fund sold its stake in the company last week.', before);
    // The sentence and the one after it were edited: only the context before is left.
    const after = 'Results were mixed. The fund sold its stake in the company last weekend, it said today.';
    const a = anchorPassage(after, noted);
    expect(a?.how).toBe('fuzzy');
    expect(after.slice(a?.start, a?.end)).toBe('The fund sold its stake in the company last weekend');
  });

  it('reports a rewritten passage as not found', () => {
    const t = target('The patents cover wireless communications, video and cloud computing.');
    const rewritten = ARTICLE.replace(
      'The patents cover wireless communications, video and cloud computing.',
      'Terms of the portfolio sale were kept confidential by both firms.',
    );
    expect(anchorPassage(rewritten, t)).toBeNull();
  });

  it('handles empty quotes and empty text', () => {
    expect(anchorPassage('', target('Xiaomi'))).toBeNull();
    expect(anchorPassage(ARTICLE, describePassage(ARTICLE, 3, 3))).toBeNull();
  });
});

describe('levenshtein', () => {
  it('counts edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});

describe('anchoring at paragraph ends', () => {
  it('never reaches across a paragraph break the quote did not have', () => {
    const before =
      'Intro line here.\nThe buyer payed less than the asking price for it.\nNext paragraph starts here.';
    const start = before.indexOf('payed less than the asking price for it.');
    const t = describePassage(before, start, start + 'payed less than the asking price for it.'.length);
    const after = 'Intro line here.\nThe buyer paid less than the asking price.\nNext paragraph starts here.';
    const a = anchorPassage(after, t);
    expect(a).not.toBeNull();
    // The shortened sentence is found, and the match stops at the end of its paragraph.
    expect(after.slice(a?.start, a?.end)).toBe('paid less than the asking price.');
  });
});
