import type { DealscopeDB } from './schema';

/**
 * Records a visit to an article the reader already keeps something about. Pages without notes
 * are not recorded: Dealscope is not a browsing history.
 */
export async function touchArticle(
  db: DealscopeDB,
  url: string,
  title: string,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(url);
    if (!existing) return false;
    await db.articles.update(url, { lastVisitedAt: now, title: title || existing.title });
    return true;
  });
}
