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

  it('bounds hostile values', () => {
    const meta = readArticleMetadata(doc(`<meta property="og:title" content="${'x'.repeat(5000)}">`), PAGE);
    expect(meta.title.length).toBeLessThanOrEqual(1000);
  });
});
