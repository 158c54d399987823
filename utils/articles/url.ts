/**
 * The identity of an article: its canonical URL, so the same story reached through a search
 * result, a newsletter link with tracking parameters or an in-page anchor collects the same notes.
 */

/** Query parameters that only track where a click came from. */
const TRACKING_PARAM =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_hsenc|_hsmi|mkt_tok|ref_src|cmpid|ncid|sr_share|spm)$/i;

/**
 * A URL without its fragment and tracking parameters; null when it is not http(s). A fragment
 * that is a route of a single-page app ("#/story/42", "#!/story/42") is kept: there it names the
 * article, where an anchor ("#comments") only names a place in it.
 */
export function cleanUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!/^#!?\//.test(url.hash)) url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/**
 * The article's canonical URL: `<link rel=canonical>`, then `og:url`, then the page URL with
 * tracking parameters and fragment removed. A canonical link on another site is ignored, since a
 * hostile or broken page could otherwise file its notes under someone else's article.
 */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const page = cleanUrl(pageUrl) ?? pageUrl;
  const declared = declaredUrl(doc, page);
  let first = firstSeen.get(doc);
  if (!first) {
    first = { declared, page, title: doc.title };
    firstSeen.set(doc, first);
  }
  if (!declared) return page;
  // A single-page app that swaps the article in place may leave the canonical link of the first
  // one behind: a new address and a new title under the same canonical link is another article.
  // (Another page of the same article, or a photo of its gallery, keeps its title.)
  if (declared === first.declared && page !== first.page && doc.title !== first.title) return page;
  return declared;
}

/** What {@link canonicalUrl} first saw in a document: to tell a canonical link left behind. */
const firstSeen = new WeakMap<Document, { declared: string | null; page: string; title: string }>();

/** The canonical link or og:url of the same site, cleaned; null when there is none. */
function declaredUrl(doc: Document, page: string): string | null {
  const pageHost = hostOf(page);
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const cleaned = cleanUrl(candidate.trim(), page);
    if (cleaned && sameSite(hostOf(cleaned), pageHost)) return cleaned;
  }
  return null;
}

/**
 * The same site for notes: the same host, "www." aside. Any other subdomain is another site
 * (attacker.blogspot.com is not blogspot.com), so a page never reaches notes filed elsewhere.
 */
export function sameSite(a: string, b: string): boolean {
  const bare = (h: string) => h.toLowerCase().replace(/^www\./, '');
  return a !== '' && bare(a) === bare(b);
}

/** Host name of a URL, or "" when it does not parse. */
export function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}
