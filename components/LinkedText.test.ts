import { describe, expect, it } from 'vitest';
import { splitLinks } from './LinkedText';

describe('splitLinks', () => {
  it('finds http(s) links and leaves trailing punctuation outside', () => {
    expect(splitLinks('See https://example.com/a?b=1. And http://x.example, too')).toEqual([
      { text: 'See ' },
      { text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { text: '. And ' },
      { text: 'http://x.example', href: 'http://x.example' },
      { text: ', too' },
    ]);
  });
  it('never links other schemes, and keeps markup as text', () => {
    expect(splitLinks('javascript:alert(1) <b>bold</b>')).toEqual([
      { text: 'javascript:alert(1) <b>bold</b>' },
    ]);
  });
});
