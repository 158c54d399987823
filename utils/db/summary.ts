import { hostOf, sameSite } from '../articles/url';
import type { CompanySummary } from '../messaging';
import type { DealscopeDB } from './schema';

/** How many of the latest deals and notes a summary carries. */
const LATEST = 3;

/**
 * What the reader keeps about one company: deal facts (not dismissed) and notes that mention
 * it, with the latest few of each. Indexed queries, so it stays fast with many records. With
 * `site`, the texts of notes come only from articles of that site (a page asks for the hover
 * card and must not read notes filed under other sites); the count covers all notes. With
 * `onPage` (the other companies the page names), deals with those companies come first: on an
 * article about Xiaomi and Microsoft, Microsoft's card shows their deals before its newest ones.
 */
export async function companySummary(
  db: DealscopeDB,
  companyId: string,
  site?: string,
  onPage: readonly string[] = [],
): Promise<CompanySummary> {
  const others = new Set(onPage);
  const withPage = (d: { companyIds: string[] }) => d.companyIds.filter((id) => others.has(id)).length;
  return db.transaction('r', db.deals, db.notes, db.articles, async () => {
    const deals = (await db.deals.where('companyIds').equals(companyId).toArray())
      .filter((d) => d.review !== 'dismissed')
      .sort((a, b) => withPage(b) - withPage(a) || (b.announced ?? '').localeCompare(a.announced ?? ''));
    const noteCount = await db.notes.where('companyIds').equals(companyId).count();
    const allNotes = (await db.notes.where('companyIds').equals(companyId).sortBy('createdAt')).reverse();
    const visible =
      site === undefined ? allNotes : allNotes.filter((n) => sameSite(hostOf(n.articleUrl), site));
    const latestNotes = visible.slice(0, LATEST);
    const articles = await db.articles.bulkGet(latestNotes.map((n) => n.articleUrl));
    return {
      dealCount: deals.length,
      deals: deals
        .slice(0, LATEST)
        .map((d) => (d.announced ? { summary: d.summary, announced: d.announced } : { summary: d.summary })),
      noteCount,
      notes: latestNotes.map((n, i) => ({ body: n.body, articleTitle: articles[i]?.title ?? '' })),
      elsewhere: allNotes.length - visible.length,
    };
  });
}
