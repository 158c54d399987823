// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { articleMembership, articleRoot, articleText } from './article-text';

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

  it('leaves out "read more" links, link columns, sign-up boxes and consent banners in other markup', () => {
    document.body.innerHTML = `
      <div class="story-body">
        <h1>Alphabet to buy Wiz</h1>
        <p>Alphabet agreed to buy Wiz for $32 billion in cash.</p>
        <p><strong>Read more:</strong> <a href="/a">Microsoft agreed to buy Activision Blizzard for $68.7 billion</a></p>
        <div class="inline-links"><b>Elsewhere</b><br><a href="/b">Adobe agreed to acquire Figma</a><br>
          <a href="/c">Cisco completed its purchase of Splunk</a></div>
        <p>Wiz had turned down an earlier offer from <a href="/wiz">Alphabet</a> last year.</p>
        <div class="box">Get our free letter. This week: why Capital One bought Discover. <button>Join</button></div>
      </div>
      <div class="rail"><div class="card"><a href="/d"><h4>IBM agreed to acquire HashiCorp</h4></a></div></div>
      <div id="onetrust-banner-sdk"><p>Our partners, including Oracle, which bought Cerner, use cookies.</p></div>`;
    const text = articleText(document);
    expect(text).toContain('Alphabet agreed to buy Wiz for $32 billion in cash.');
    expect(text).toContain('Wiz had turned down an earlier offer from Alphabet last year.');
    for (const around of ['Activision', 'Figma', 'Splunk', 'Capital One', 'HashiCorp', 'Cerner']) {
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

describe('what is in the article', () => {
  it('is the story, not its comments, cookie banner or sidebar, and across a shadow root', () => {
    document.body.innerHTML = `
      <div id="cookie-banner"><p id="cookie">Google and Meta set cookies here.</p></div>
      <main>
        <article>
          <h1 id="headline">Siemens buys Altair</h1>
          <p id="story">Siemens agreed to buy Altair.</p>
          <aside class="related"><p id="related">Nvidia bought a stake.</p></aside>
          <div id="host"></div>
        </article>
        <section class="comments"><p id="comment">Now buy Nvidia.</p></section>
      </main>
      <div class="rail"><p id="rail">Most read: Apple acquired Beats.</p></div>`;
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inside">Altair said customers keep their licences.</p>';
    const inArticle = articleMembership(document);
    const text = (root: Document | ShadowRoot, id: string) =>
      (root.getElementById(id) as HTMLElement).firstChild as Node;
    expect(inArticle(text(document, 'headline'))).toBe(true);
    expect(inArticle(text(document, 'story'))).toBe(true);
    expect(inArticle(text(shadow, 'inside'))).toBe(true);
    for (const id of ['cookie', 'related', 'comment', 'rail'])
      expect(inArticle(text(document, id))).toBe(false);
  });
});

describe('where the article is', () => {
  const rootId = () => articleRoot(document).id;
  it('is the <article> with the headline, not a longer one beside it', () => {
    document.body.innerHTML = `
      <article id="brief"><h1>Siemens wins order</h1><p>Siemens beat Alstom.</p></article>
      <article id="pick"><h2>Editor's pick</h2><p>${'Airbus and Boeing compete for orders. '.repeat(20)}</p></article>`;
    expect(rootId()).toBe('brief');
  });
  it('is every story a page has appended as the reader scrolled, each with its headline', () => {
    document.body.innerHTML = `
      <header><a href="/">Site</a></header>
      <div id="stream"><article><h1>Nvidia buys a startup</h1><p>Nvidia agreed to buy it.</p></article>
        <aside><p>Most read: Oracle news</p></aside>
        <article><h1>AMD completes a deal</h1><p>AMD completed its purchase of ZT Systems.</p></article></div>`;
    expect(articleRoot(document).id).toBe('stream');
    expect(articleText(document)).toContain('AMD completed its purchase of ZT Systems.');
    expect(articleText(document)).not.toContain('Most read');
  });

  it("is a live blog's list of posts, however long one post is", () => {
    const post = (text: string) => `<article><p>${text}</p></article>`;
    document.body.innerHTML = `<h1>Tech earnings live</h1>
      <div id="feed">${post('Apple rose.')}${post('Microsoft fell.')}${post('Amazon was flat.')}${post(
        'Meta said spending would rise. '.repeat(30),
      )}</div>`;
    expect(rootId()).toBe('feed');
  });
  it('is an element named as the story body where there is no <article>', () => {
    document.body.innerHTML = `
      <div class="ticker-strip">Verizon 1.2%</div>
      <div id="c" class="c-article"><h1>Ericsson and Nokia</h1><div class="story-body"><p>${'Ericsson and Nokia agreed. '.repeat(5)}</p></div></div>
      <div class="sidebar"><p>${'Oracle, IBM and Toyota in the news. '.repeat(20)}</p></div>`;
    expect(rootId()).toBe('c');
  });
  it('leaves out related grids, author bios and disclosures inside it', () => {
    document.body.innerHTML = `
      <main id="m"><h1>Qualcomm and Intel</h1><p id="story">Qualcomm talked to Intel.</p>
        <section class="more-in-business"><div class="card"><p id="card">Netflix raised prices.</p></div></section>
        <div class="author-bio"><p id="bio">She worked at Morgan Stanley.</p></div>
        <p class="disclosure" id="disclosure">The author owns Pfizer shares.</p></main>`;
    const inArticle = articleMembership(document);
    const node = (id: string) => (document.getElementById(id) as HTMLElement).firstChild as Node;
    expect(inArticle(node('story'))).toBe(true);
    for (const id of ['card', 'bio', 'disclosure']) expect(inArticle(node(id))).toBe(false);
  });
  it('leaves out embedded social posts', () => {
    document.body.innerHTML = `
      <article><h1>Retail sales</h1><p id="story">Walmart raised its forecast.</p>
        <blockquote class="instagram-media"><p id="post">New drop! #Apple #Amazon</p></blockquote>
        <blockquote class="twitter-tweet"><p id="tweet">Shell is down today</p></blockquote></article>`;
    const inArticle = articleMembership(document);
    const node = (id: string) => (document.getElementById(id) as HTMLElement).firstChild as Node;
    expect(inArticle(node('story'))).toBe(true);
    expect(inArticle(node('post'))).toBe(false);
    expect(inArticle(node('tweet'))).toBe(false);
  });

  it('leaves out photo credits, marked or written as such', () => {
    document.body.innerHTML = `
      <article id="a"><h1>Hershey raises prices</h1><p id="story">Hershey raised prices again.</p>
        <figure><img alt=""><figcaption><span id="caption">Chocolate bars on a shelf.</span>
          <span class="caption__credit" id="marked">Getty Images</span></figcaption></figure>
        <figure><figcaption id="written">Photo: Reuters / Getty Images</figcaption></figure>
        <p id="photo-op">Photographers waited outside Hershey's plant.</p></article>`;
    const inArticle = articleMembership(document);
    const node = (id: string) => (document.getElementById(id) as HTMLElement).firstChild as Node;
    for (const id of ['story', 'caption', 'photo-op']) expect(inArticle(node(id))).toBe(true);
    for (const id of ['marked', 'written']) expect(inArticle(node(id))).toBe(false);
  });
});
