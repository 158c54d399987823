// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticleMetadata } from './metadata';

function doc(head: string, body = ''): Document {
  const d = document.implementation.createHTMLDocument('');
  d.head.innerHTML = `<title>Page title | Site</title>${head}`;
  d.body.innerHTML = body;
  return d;
}
const PAGE = 'https://news.example/story?utm_source=x';

describe('readArticleMetadata', () => {
  it('prefers JSON-LD NewsArticle, also inside @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        {
          '@type': ['NewsArticle'],
          headline: '  Xiaomi buys patents ',
          author: [{ '@type': 'Person', name: 'Lena Marsh' }, { name: 'Tom Ruiz' }],
          datePublished: '2016-06-01T09:30:00Z',
        },
      ],
    };
    const meta = readArticleMetadata(
      doc(
        `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:site_name" content="Example News">`,
      ),
      PAGE,
    );
    expect(meta).toEqual({
      url: 'https://news.example/story',
      title: 'Xiaomi buys patents',
      site: 'news.example',
      siteName: 'Example News',
      author: 'Lena Marsh, Tom Ruiz',
      publishedAt: '2016-06-01T09:30:00.000Z',
    });
  });

  it('falls back to meta tags, then to the document', () => {
    const meta = readArticleMetadata(
      doc(
        '<meta property="og:title" content="OG title"><meta name="author" content="A. Writer"><meta property="article:published_time" content="2024-03-12">',
      ),
      PAGE,
    );
    expect(meta).toMatchObject({ title: 'OG title', author: 'A. Writer', publishedAt: '2024-03-12' });
    expect(readArticleMetadata(doc(''), PAGE)).toEqual({
      url: 'https://news.example/story',
      title: 'Page title | Site',
      site: 'news.example',
    });
  });

  it('survives broken JSON-LD and ignores dates that do not parse', () => {
    const meta = readArticleMetadata(
      doc('<script type="application/ld+json">{not json</script><meta name="date" content="yesterday-ish">'),
      PAGE,
    );
    expect(meta.publishedAt).toBeUndefined();
    expect(meta.title).toBe('Page title | Site');
  });

  it('reads the date a byline shows when the page gives no machine-readable one', () => {
    const byline = (html: string) => readArticleMetadata(doc('', html), PAGE).publishedAt;
    expect(byline('<p class="byline">By Ana Ruiz · November 18, 2026 10:42 AM</p><p>Story</p>')).toBe(
      '2026-11-18',
    );
    expect(byline('<div class="article-date">Published 3 Sept. 2025</div>')).toBe('2025-09-03');
    expect(byline('<span class="timestamp">Updated 2026-02-07 09:00</span>')).toBe('2026-02-07');
    expect(byline('<time>Nov. 2, 2026</time>')).toBe('2026-11-02');
    // A relative time, a wrapper holding the whole story, and no plausible day give nothing.
    expect(byline('<time>2 hours ago</time>')).toBeUndefined();
    expect(
      byline(
        `<div class="update-date-wrapper"><p>${'Words of the story. '.repeat(20)} March 3, 2024</p></div>`,
      ),
    ).toBeUndefined();
    expect(byline('<p class="byline">By Ana Ruiz, 31 Feb 1850</p>')).toBeUndefined();
    // A machine-readable date wins.
    expect(
      readArticleMetadata(
        doc('<meta name="date" content="2026-11-17">', '<p class="byline">Nov 18, 2026</p>'),
        PAGE,
      ).publishedAt,
    ).toBe('2026-11-17');
  });

  it('bounds hostile values', () => {
    const meta = readArticleMetadata(doc(`<meta property="og:title" content="${'x'.repeat(5000)}">`), PAGE);
    expect(meta.title.length).toBeLessThanOrEqual(1000);
  });
});
