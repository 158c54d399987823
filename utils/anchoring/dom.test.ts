// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor } from '../detect/collect';
import { offsetOf, rangeOffsets, readPageText } from './dom';

describe('page text and DOM points', () => {
  it('map to each other across soft hyphens, which the text leaves out', () => {
    document.body.innerHTML = '<p>Shares of Mi&shy;cro&shy;soft rose.</p><p>&shy;Xiaomi&shy;&shy; fell.</p>';
    const page = readPageText(document.body);
    expect(page.text).toBe('Shares of Microsoft rose.\nXiaomi fell.\n');
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text) as [
      Text,
      Text,
    ];
    // "Shares of Mi|­cro|­soft": node offsets 12 (a hyphen), 13 and 16 (after "cro").
    expect([10, 12, 13, 16, 17, 21].map((o) => offsetOf(page, first, o, false))).toEqual([
      10, 12, 12, 15, 15, 19,
    ]);
    // A selection of "crosoft" in the DOM is "crosoft" in the text, and back.
    const range = document.createRange();
    range.setStart(first, 13);
    range.setEnd(first, 21);
    const offsets = rangeOffsets(page, range);
    expect(offsets).toEqual({ start: 12, end: 19 });
    expect(page.text.slice(12, 19)).toBe('crosoft');
    expect(rangeFor(page.index, 12, 19).toString()).toBe('cro\u00adsoft');
    // Leading and doubled hyphens: "Xiaomi" starts the second paragraph's text.
    expect(offsetOf(page, second, 0, false)).toBe(26);
    expect(offsetOf(page, second, 7, false)).toBe(32);
    expect(offsetOf(page, second, 9, false)).toBe(32);
    expect(offsetOf(page, second, second.data.length, true)).toBe(38);
  });
});
