// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl } from './url';

function doc(head: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.head.innerHTML = head;
  return d;
}

describe('cleanUrl', () => {
  it('drops fragments and tracking parameters, keeps the rest', () => {
    expect(cleanUrl('https://n.example/a?id=3&utm_source=x&utm_medium=y&fbclid=z#top')).toBe(
      'https://n.example/a?id=3',
    );
    expect(cleanUrl('https://n.example/a?GCLID=1')).toBe('https://n.example/a');
  });
  it('refuses what is not http(s)', () => {
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });
});

describe('canonicalUrl', () => {
  const page = 'https://www.news.example/story?utm_campaign=mail#comments';
  it('prefers rel=canonical, resolved against the page', () => {
    expect(canonicalUrl(doc('<link rel="canonical" href="/tech/story-1">'), page)).toBe(
      'https://www.news.example/tech/story-1',
    );
  });
  it('falls back to og:url, then to the cleaned page URL', () => {
    expect(canonicalUrl(doc('<meta property="og:url" content="https://news.example/s">'), page)).toBe(
      'https://news.example/s',
    );
    expect(canonicalUrl(doc(''), page)).toBe('https://www.news.example/story');
  });
  it('ignores a canonical link to another site or scheme', () => {
    expect(canonicalUrl(doc('<link rel="canonical" href="https://evil.example/x">'), page)).toBe(
      'https://www.news.example/story',
    );
    expect(canonicalUrl(doc('<link rel="canonical" href="javascript:alert(1)">'), page)).toBe(
      'https://www.news.example/story',
    );
  });
});
