// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { articleRoot, articleText } from './article-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the text deals are suggested from', () => {
  it('is the story, without the headlines, lists and banners around it', () => {
    document.body.innerHTML = `
      <header class="masthead"><a href="/">The Wire</a> <nav><a href="/m">Markets</a></nav></header>
      <div id="cookie-banner">Acme Corp and Globex use cookies to measure this site.</div>
      <main>
        <article>
          <header><h1>Cisco buys Splunk</h1><p class="byline">By A. Writer</p></header>
          <p>Cisco agreed to buy Splunk for $28 billion in cash.</p>
          <aside class="related"><h2>Related</h2><p>SoftBank invested in Intel.</p></aside>
          <p>The deal is Cisco's largest.</p>
          <ul class="story-links"><li><a href="/a">AMD and OpenAI formed a partnership</a></li>
            <li><a href="/b">Nvidia bought a stake in Nokia</a></li></ul>
          <ul><li>Revenue rose 5%, <a href="/c">the filing</a> shows, on software sales.</li></ul>
        </article>
        <section class="most-read"><p>Apple acquired Beats.</p></section>
      </main>
      <footer><p>Globex bought Initech, our sister site reports.</p></footer>`;
    const text = articleText(document);
    expect(text).toContain('Cisco buys Splunk');
    expect(text).toContain('Cisco agreed to buy Splunk for $28 billion in cash.');
    expect(text).toContain("The deal is Cisco's largest.");
    expect(text).toContain('Revenue rose 5%');
    for (const around of ['cookies', 'SoftBank', 'OpenAI', 'Nokia', 'Beats', 'Initech', 'Markets']) {
      expect(text).not.toContain(around);
    }
  });

  it('is the whole body when the page marks no article, and the marked body when it does', () => {
    document.body.innerHTML = '<div><p>Tencent bought roughly 500 patents from Nokia.</p></div>';
    expect(articleRoot(document)).toBe(document.body);
    expect(articleText(document)).toContain('Tencent bought');
    document.body.innerHTML = `
      <article class="teaser"><p>A teaser.</p></article>
      <div itemprop="articleBody"><p>Xiaomi bought 1,500 patents from Microsoft.</p></div>`;
    expect(articleRoot(document).getAttribute('itemprop')).toBe('articleBody');
  });

  it('is not a teaser card when the story is not in an <article>', () => {
    document.body.innerHTML = `
      <article><p>Short teaser.</p></article>
      <main><p>${'Broadcom acquired VMware for about $69 billion. '.repeat(10)}</p></main>`;
    expect(articleRoot(document).localName).toBe('main');
  });
});
