import type { Article } from '../db/models';
import { canonicalUrl } from './url';

/**
 * What Dealscope records about an article, read from the page's own metadata: the stored
 * article without its visit times.
 */
export type ArticleMetadata = Omit<Article, 'firstVisitedAt' | 'lastVisitedAt'>;

const NEWS_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report)$/;

/** Plain text of a metadata value, trimmed and bounded (pages are hostile). */
function clean(value: unknown, max = 500): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
}

function meta(doc: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** Every JSON-LD object on the page, flattening @graph and arrays; broken blocks are skipped. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD is the page's problem; other sources still apply.
    }
  }
  return out;
}

function typeMatches(obj: Record<string, unknown>): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && NEWS_TYPES.test(t));
}

function personName(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value, 200);
  if (Array.isArray(value)) {
    const names = value.map(personName).filter(Boolean);
    return names.length ? names.join(', ').slice(0, 300) : undefined;
  }
  if (value && typeof value === 'object') return clean((value as Record<string, unknown>).name, 200);
  return undefined;
}

/** A date the page states, normalised to ISO when it parses; undefined otherwise. */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Date(ms).toISOString();
}

/**
 * Reads an article's metadata: JSON-LD (NewsArticle and kin) first, then Open Graph and
 * article meta tags, then the document itself. Nothing from the page is trusted beyond being
 * plain, bounded text.
 */
export function readArticleMetadata(doc: Document, pageUrl: string): ArticleMetadata {
  const url = canonicalUrl(doc, pageUrl);
  const ld = jsonLdObjects(doc).find(typeMatches);
  const title =
    clean(ld?.headline, 1000) ??
    meta(doc, 'meta[property="og:title" i]', 'meta[name="twitter:title" i]') ??
    clean(doc.title, 1000) ??
    url;
  const author =
    personName(ld?.author) ??
    meta(doc, 'meta[name="author" i]', 'meta[property="article:author" i]', 'meta[name="byl" i]');
  const publishedAt = isoDate(
    clean(ld?.datePublished) ??
      meta(
        doc,
        'meta[property="article:published_time" i]',
        'meta[name="pubdate" i]',
        'meta[name="date" i]',
        'meta[itemprop="datePublished" i]',
      ) ??
      clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
      bylineDate(doc),
  );
  const siteName = meta(doc, 'meta[property="og:site_name" i]');
  const result: ArticleMetadata = { url, title, site: hostOf(url) };
  if (siteName) result.siteName = siteName;
  if (author) result.author = author;
  if (publishedAt) result.publishedAt = publishedAt;
  return result;
}

/** Where pages write the date for readers to see, when they give no machine-readable one. */
const DATE_PLACES =
  'time, [itemprop="datePublished" i], [class*="date" i], [class*="byline" i], [class*="timestamp" i], [class*="published" i], [class*="dateline" i]';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WRITTEN_DATES: [RegExp, (m: RegExpExecArray) => [string, string, string]][] = [
  // "November 18, 2026", "Nov. 18 2026"
  [
    new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    (m) => [m[3] as string, m[1] as string, m[2] as string],
  ],
  // "18 November 2026", "18 Nov, 2026"
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i'),
    (m) => [m[3] as string, m[2] as string, m[1] as string],
  ],
  // "2026-11-18"
  [
    /\b(\d{4})-(\d{2})-(\d{2})\b/,
    (m) => [m[1] as string, MONTH_NAMES[Number(m[2]) - 1] ?? '', m[3] as string],
  ],
];

/**
 * The date in a page's byline ("By Ana Ruiz · November 18, 2026"), for pages that state it only
 * as text: the first of the places pages put it that reads as a day of a plausible year.
 */
function bylineDate(doc: Document): string | undefined {
  const places = [...doc.querySelectorAll(DATE_PLACES)].slice(0, 30);
  for (const el of places) {
    const text = clean(el.textContent ?? '', 400);
    if (!text || text.length > 160) continue;
    for (const [re, parts] of WRITTEN_DATES) {
      const m = re.exec(text);
      if (!m) continue;
      const [year, monthName, day] = parts(m);
      const month = MONTH_NAMES.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
      const y = Number(year);
      const d = Number(day);
      if (month < 1 || d < 1 || d > 31 || y < 1990 || y > new Date().getUTCFullYear() + 1) continue;
      return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
