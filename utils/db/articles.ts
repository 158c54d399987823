import type { ArticleMetadata } from '../articles/metadata';
import type { DealscopeDB } from './schema';

/**
 * Records a visit to an article the reader already keeps something about, refreshing its
 * metadata. Pages without notes are not recorded: Dealscope is not a browsing history.
 */
export async function touchArticle(
  db: DealscopeDB,
  meta: ArticleMetadata,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(meta.url);
    if (!existing) return false;
    await db.articles.put({
      ...existing,
      title: meta.title || existing.title,
      lastVisitedAt: now,
      ...(meta.author ? { author: meta.author } : {}),
      ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
      ...(meta.siteName ? { siteName: meta.siteName } : {}),
    });
    return true;
  });
}
