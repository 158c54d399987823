/**
 * The identity of an article: its canonical URL, so the same story reached through a search
 * result, a newsletter link with tracking parameters or an in-page anchor collects the same notes.
 */

/** Query parameters that only track where a click came from. */
const TRACKING_PARAM =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_hsenc|_hsmi|mkt_tok|ref_src|cmpid|ncid|sr_share|spm)$/i;

/** A URL without its fragment and tracking parameters; null when it is not http(s). */
export function cleanUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
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
  return page;
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
