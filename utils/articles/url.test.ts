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
  it("keeps a single-page app's route, not an anchor", () => {
    expect(cleanUrl('https://n.example/app#/story/42?utm_source=x')).toBe(
      'https://n.example/app#/story/42?utm_source=x',
    );
    expect(cleanUrl('https://n.example/app#!/story/42')).toBe('https://n.example/app#!/story/42');
    expect(cleanUrl('https://n.example/app#story-42')).toBe('https://n.example/app');
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
  it('leaves a canonical link behind when an app swaps in another article under it', () => {
    const d = doc('<link rel="canonical" href="https://news.example/first">');
    d.title = 'First story';
    expect(canonicalUrl(d, 'https://news.example/first')).toBe('https://news.example/first');
    // Another page of the same article keeps its title: still the canonical article.
    expect(canonicalUrl(d, 'https://news.example/first?page=2')).toBe('https://news.example/first');
    // A new address and a new title, the canonical link unchanged: a new article.
    d.title = 'Second story';
    expect(canonicalUrl(d, 'https://news.example/second')).toBe('https://news.example/second');
    expect(canonicalUrl(d, 'https://news.example/app#/third')).toBe('https://news.example/app#/third');
    // An app that updates its canonical link is followed.
    d.head.innerHTML = '<link rel="canonical" href="https://news.example/second-story">';
    expect(canonicalUrl(d, 'https://news.example/second')).toBe('https://news.example/second-story');
  });
});
