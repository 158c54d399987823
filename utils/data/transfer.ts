import type { Table } from 'dexie';
import type { Article, DealFact, Note } from '../db/models';
import type { DealscopeDB } from '../db/schema';
import { searchWords } from '../db/search-words';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './format';

/** Everything in the database as one export file. */
export async function exportAll(db: DealscopeDB, now = new Date()): Promise<ExportFile> {
  return db.transaction('r', db.articles, db.notes, db.deals, async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: await db.articles.toArray(),
    notes: await db.notes.toArray(),
    deals: await db.deals.toArray(),
  }));
}

/** What an import did. */
export interface ImportReport {
  added: { articles: number; notes: number; deals: number };
  updated: { articles: number; notes: number; deals: number };
  unchanged: number;
}

/**
 * Imports a validated file in one transaction: all of it or, on any error, none of it. Records
 * already present are merged, not duplicated: the newer version of a note or deal wins, an
 * article keeps its earliest first visit and latest last visit.
 */
export async function importAll(db: DealscopeDB, file: ExportFile): Promise<ImportReport> {
  const report: ImportReport = {
    added: { articles: 0, notes: 0, deals: 0 },
    updated: { articles: 0, notes: 0, deals: 0 },
    unchanged: 0,
  };
  await db.transaction('rw', db.articles, db.notes, db.deals, async () => {
    const existingArticles = await db.articles.bulkGet(file.articles.map((a) => a.url));
    const articles: Article[] = [];
    file.articles.forEach((incoming, i) => {
      const current = existingArticles[i];
      if (!current) {
        report.added.articles++;
        articles.push(incoming);
        return;
      }
      const merged: Article = {
        ...incoming,
        ...current,
        title: current.title || incoming.title,
        firstVisitedAt: Math.min(current.firstVisitedAt, incoming.firstVisitedAt),
        lastVisitedAt: Math.max(current.lastVisitedAt, incoming.lastVisitedAt),
      };
      if (stableJson(merged) === stableJson(current)) report.unchanged++;
      else {
        report.updated.articles++;
        articles.push(merged);
      }
    });
    await db.articles.bulkPut(articles);
    // Search words are made here, as for a note saved now, whatever the file says they are.
    const titles = new Map(file.articles.map((a) => [a.url, a.title]));
    for (const a of existingArticles) if (a?.title) titles.set(a.url, a.title);
    const notes = file.notes.map((note) => ({
      ...note,
      words: searchWords(note.body, note.target?.quote.exact, titles.get(note.articleUrl)),
    }));
    await mergeNewer(db.notes as unknown as Table<Note, string>, notes, report, 'notes');
    await mergeNewer(db.deals as unknown as Table<DealFact, string>, file.deals, report, 'deals');
  });
  return report;
}

/** JSON with object keys in sorted order: two records that differ only in key order compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

async function mergeNewer<T extends Note | DealFact>(
  table: Table<T, string>,
  incoming: readonly T[],
  report: ImportReport,
  kind: 'notes' | 'deals',
) {
  const current = await table.bulkGet(incoming.map((r) => r.id));
  const writes: T[] = [];
  incoming.forEach((record, i) => {
    const existing = current[i];
    if (!existing) {
      report.added[kind]++;
      writes.push(record);
    } else if (record.updatedAt > existing.updatedAt) {
      report.updated[kind]++;
      writes.push(record);
    } else report.unchanged++;
  });
  await table.bulkPut(writes);
}

/**
 * Erases the reader's notes, articles and deal facts. The shipped facts come back as shipped
 * (`seed`): a confirmation or an edit had added the reader's sources and figures to them.
 */
export async function eraseAll(db: DealscopeDB, seed: readonly DealFact[]): Promise<void> {
  await db.transaction('rw', db.articles, db.notes, db.deals, async () => {
    await db.notes.clear();
    await db.articles.clear();
    await db.deals.clear();
    await db.deals.bulkAdd([...seed]);
  });
}

/** Notes as Markdown: one section per article, quotes as block quotes. */
export function notesToMarkdown(file: Pick<ExportFile, 'articles' | 'notes'>): string {
  const byArticle = new Map<string, Note[]>();
  for (const note of file.notes)
    byArticle.set(note.articleUrl, [...(byArticle.get(note.articleUrl) ?? []), note]);
  const articles = file.articles
    .filter((a) => byArticle.has(a.url))
    .sort((a, b) => b.lastVisitedAt - a.lastVisitedAt);
  const out: string[] = ['# Dealscope notes', ''];
  for (const article of articles) {
    out.push(`## [${escapeMd(article.title || article.url)}](${linkTarget(article.url)})`, '');
    const meta = [article.siteName ?? article.site, article.author, article.publishedAt?.slice(0, 10)].filter(
      Boolean,
    );
    if (meta.length) out.push(`_${escapeMd(meta.join(' · '))}_`, '');
    for (const note of (byArticle.get(article.url) ?? []).sort((a, b) => a.createdAt - b.createdAt)) {
      if (note.target)
        out.push(...note.target.quote.exact.split('\n').map((line) => `> ${escapeMd(line)}`), '');
      // A line break in a note stays one (two spaces before it make it a hard break).
      if (note.body) out.push(escapeMd(note.body).replace(/(?<!\n)\n(?!\n)/g, '  \n'), '');
      const tags = note.tags.map((t) => `#${t}`).join(' ');
      out.push(
        `<sub>${new Date(note.createdAt).toISOString().slice(0, 10)}${tags ? ` · ${escapeMd(tags)}` : ''}</sub>`,
        '',
      );
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Escapes what Markdown would read as markup (and any HTML) in a reader's or a page's text. */
function escapeMd(text: string): string {
  return (
    text
      .replace(/([\\`*_{}[\]<>()!|~])/g, '\\$1')
      .replace(/^([#+\-=>])/gm, '\\$1')
      // "1. What..." would start a numbered list: the dot is escaped, not the number ("\1." shows
      // its backslash).
      .replace(/^(\d+)\./gm, '$1\\.')
  );
}

/** A page address as a Markdown link target: brackets and spaces would end it early. */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

/** Notes as W3C Web Annotations (JSON-LD), https://www.w3.org/TR/annotation-model/ */
export function notesToWebAnnotations(file: Pick<ExportFile, 'notes' | 'articles'>) {
  const titles = new Map(file.articles.map((a) => [a.url, a.title]));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Dealscope notes',
    total: file.notes.length,
    first: {
      type: 'AnnotationPage',
      items: file.notes.map((note) => ({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `urn:uuid:${note.id}`,
        type: 'Annotation',
        motivation: note.target ? 'commenting' : 'describing',
        created: new Date(note.createdAt).toISOString(),
        modified: new Date(note.updatedAt).toISOString(),
        body: [
          ...(note.body
            ? [{ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' }]
            : []),
          ...note.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
        ],
        target: note.target
          ? { source: note.articleUrl, selector: [note.target.quote, note.target.position] }
          : {
              source: note.articleUrl,
              ...(titles.get(note.articleUrl) ? { title: titles.get(note.articleUrl) } : {}),
            },
      })),
    },
  };
}
