// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addBounded } from './session';

describe('addBounded', () => {
  it('takes elements up to its bound, then makes room only from those that left the page', () => {
    const set = new Set<Element>();
    const make = (id: string) => {
      const el = document.createElement('p');
      el.id = id;
      document.body.append(el);
      return el;
    };
    const [a, b, c] = [make('a'), make('b'), make('c')];
    expect(addBounded(set, a, 2)).toBe(true);
    expect(addBounded(set, b, 2)).toBe(true);
    expect(addBounded(set, c, 2)).toBe(false);
    a.remove();
    // The next look at what left the page comes after 256 refusals.
    for (let i = 1; i < 256; i++) expect(addBounded(set, c, 2)).toBe(false);
    expect(addBounded(set, c, 2)).toBe(true);
    expect([...set].map((el) => el.id)).toEqual(['b', 'c']);
  });
});
