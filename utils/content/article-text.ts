import { BLOCK_SEPARATOR, collectText, isDealscopeElement } from '../detect/collect';

/**
 * The text deal suggestions are read from: the article itself, without what a news page puts
 * around it (related headlines, most-read lists, cookie and newsletter banners, navigation,
 * footers). Highlighting still covers the whole page; this only keeps other stories' headlines
 * from suggesting deals "from this article".
 */
export function articleText(doc: Document): string {
  const root = articleRoot(doc);
  const index = collectText(root, { isExcluded: (el) => isDealscopeElement(el) || isBoilerplate(el, root) });
  return index.text.replaceAll(BLOCK_SEPARATOR, '\n');
}

/**
 * A test of whether a node is in the article and not in a block around it (see
 * {@link isBoilerplate}): a comment, a cookie banner, a sidebar. Answers for the page as it is
 * when made; elements already seen are remembered, since a page's mentions share ancestors.
 */
export function articleMembership(doc: Document): (node: Node) => boolean {
  const root = articleRoot(doc);
  const known = new Map<Element, boolean>();
  const inArticle = (el: Element | null): boolean => {
    if (!el) return false;
    if (el === root) return true;
    const seen = known.get(el);
    if (seen !== undefined) return seen;
    // Across a shadow root to its host: a story inside a web component is still the story.
    const parent =
      el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
    const answer = !isBoilerplate(el, root) && inArticle(parent);
    known.set(el, answer);
    return answer;
  };
  return (node) => inArticle(node.nodeType === 1 ? (node as Element) : node.parentElement);
}

/**
 * Where the article is:
 * - the element marked as its body (`itemprop="articleBody"`);
 * - else the `<article>` that holds the page's headline (`<h1>`), or, when several do (a page that
 *   appends the next story as the reader scrolls), the element that holds them all;
 * - else several `<article>`s side by side that hold most of the articles' text (a live blog's
 *   posts): together, through their common container;
 * - else the `<article>` with the most text, when it is a good part of the page (a teaser card is
 *   an `<article>` too);
 * - else an element named as a story's body ("story-body", "entry-content", "article__body");
 * - else `<main>`, else the whole body.
 */
export function articleRoot(doc: Document): Element {
  const marked = doc.querySelector('[itemprop~="articleBody"]');
  if (marked) return marked;
  const articles = [...doc.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article'));
  const headlines = articles.filter((a) => a.querySelector('h1'));
  // Several stories with headlines of their own: a page that appends the next story as the
  // reader scrolls. All of them, through the element that holds them.
  if (headlines.length > 1) return commonAncestor(headlines) ?? (headlines[0] as Element);
  if (headlines[0]) return headlines[0];
  const posts = feedOf(articles);
  if (posts) return posts;
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of articles) {
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  // The page's whole text is read only here: this runs each time the popup asks.
  if (best && bestLength >= (doc.body?.textContent?.length ?? 0) * 0.25) return best;
  const named = storyBody(doc);
  if (named) return named;
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

/**
 * The container of a feed of posts, each an `<article>` (a live blog): three or more siblings that
 * together hold most of the text of the page's articles. Null when the page has no such feed.
 */
/** The innermost element that holds all of `elements`. */
function commonAncestor(elements: readonly Element[]): Element | null {
  let ancestor: Element | null = elements[0]?.parentElement ?? null;
  while (ancestor && !elements.every((el) => ancestor?.contains(el))) ancestor = ancestor.parentElement;
  return ancestor;
}

function feedOf(articles: readonly Element[]): Element | null {
  const byParent = new Map<Element, Element[]>();
  for (const a of articles) {
    const parent = a.parentElement;
    if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), a]);
  }
  const all = articles.reduce((sum, a) => sum + (a.textContent?.length ?? 0), 0);
  for (const [parent, posts] of byParent) {
    if (posts.length < 3) continue;
    const length = posts.reduce((sum, a) => sum + (a.textContent?.length ?? 0), 0);
    if (length >= all * 0.6) return parent;
  }
  return null;
}

/** Class names and ids sites give a story's body. */
const STORY_BODY =
  /(?:^|\s)(?:article|story|entry|post)(?:[-_]{0,2}(?:body|content|text))(?:$|\s)|(?:^|\s)c-article(?:$|\s)|(?:^|\s)articleBody(?:$|\s)/i;

/** The element named as the story's body with the most text, preferring one that holds the headline. */
function storyBody(doc: Document): Element | null {
  const named = [...doc.querySelectorAll('[class], [id]')].filter((el) =>
    STORY_BODY.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`),
  );
  if (!named.length) return null;
  const withHeadline = named.filter((el) => el.querySelector('h1'));
  const pool = withHeadline.length ? withHeadline : named;
  return pool.reduce((a, b) => ((b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a));
}

const AROUND_TAGS = new Set(['aside', 'nav', 'footer', 'form', 'dialog']);
const AROUND_ROLES = new Set([
  'complementary',
  'navigation',
  'contentinfo',
  'banner',
  'dialog',
  'alertdialog',
]);
/** Names sites give the blocks around a story (in ids and classes). */
const AROUND_NAMES =
  /(?:^|[-_\s])(?:related|recommend\w*|more-?(?:stories|news|from|in-\w+)|most-?(?:read|popular|viewed)|popular|trending|read-?next|subscribe|cookie\w*|consent|gdpr|promo\w*|advert\w*|ads?|sponsor\w*|share|social|comments?|breadcrumbs?|teaser\w*|outbrain|taboola|onetrust\w*|ot-sdk\w*|cmp|banner|nl-box|signup|sign-up|newsletter\w*|read-?more|also|sidebar|widgets?|widget-area|rail|site-footer|footer|author-?bio|bio|about-the-author|disclosures?|tickers?|ticker-strip|market-?(?:data|strip)|twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed|threads-embed)(?:$|[-_\s])/i;

/** A block around the story rather than in it (see {@link articleText}). */
export function isBoilerplate(el: Element, root: Element): boolean {
  if (el === root) return false;
  const tag = el.localName;
  if (AROUND_TAGS.has(tag)) return true;
  // The story's own header (headline, byline) stays; the site's does not.
  if (tag === 'header' && !el.closest('article')) return true;
  const role = el.getAttribute('role');
  if (role && AROUND_ROLES.has(role)) return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  if (names.trim() && AROUND_NAMES.test(names)) return true;
  // A photo credit ("Photo: Getty Images") names whoever took the picture, not the story's companies.
  if (names.trim() && CREDIT_NAME.test(names)) return true;
  if (CREDIT_TAGS.has(tag) && el.childElementCount < 3) {
    const short = el.textContent ?? '';
    if (short.length < 150 && CREDIT.test(short)) return true;
  }
  if (!BLOCK_TAGS.has(tag) || el.childElementCount > 40) return false;
  const text = el.textContent ?? '';
  if (text.length > 2000) return false;
  // A short block with a button or a field: a sign-up box, a banner, a poll (not a short story
  // that holds one: it has a headline or paragraphs one after another).
  if (text.length < 500 && el.querySelector('button, input, select') && !el.querySelector('h1, h2, p + p'))
    return true;
  // Mostly links: other stories' headlines ("Read more: ...", a list or a column of them).
  return isMostlyLinks(el, text);
}

/** Elements a photo credit is written in, and how it begins. */
const CREDIT_TAGS = new Set(['span', 'small', 'p', 'div', 'cite', 'figcaption']);
/** A class or id that ends in "credit" or names a copyright line: "caption__credit", "photo-credit". */
const CREDIT_NAME = /(?:^|[-_\s])(?:credits?|copyright|photographer)(?:$|\s)/i;
const CREDIT =
  /^\s*(?:photo(?:graph)?|image|picture|illustration|video|credit)s?(?:\s+credit)?\s*(?::|by\b)/i;

/** Blocks that may hold links to other stories. */
const BLOCK_TAGS = new Set([
  'ul',
  'ol',
  'li',
  'p',
  'div',
  'section',
  'figure',
  'h2',
  'h3',
  'h4',
  'td',
  'table',
]);

function isMostlyLinks(block: Element, text: string): boolean {
  const length = text.replace(/\s+/g, '').length;
  if (length === 0 || !block.querySelector('a')) return false;
  let linked = 0;
  for (const a of block.querySelectorAll('a')) linked += a.textContent?.replace(/\s+/g, '').length ?? 0;
  return linked >= length * 0.6;
}
