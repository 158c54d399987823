import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { dateStamp, downloadText } from '@/components/download';
import { Section } from '@/components/Section';
import { db } from '@/hooks/db';
import { exportAll, notesToMarkdown, notesToWebAnnotations } from '@/utils/data/transfer';
import { sendToBackground, sendToTab } from '@/utils/messaging';

/**
 * "Your data": what Dealscope keeps, export in three formats, import (validated, all or
 * nothing, merged), and erase (after typing a confirmation). Storage is asked to be persistent
 * so the browser does not evict notes under disk pressure.
 */
export function DataPage() {
  const counts = useLiveQuery(async () => ({
    notes: await db.notes.count(),
    articles: await db.articles.count(),
    deals: await db.deals.count(),
  }));
  const persisted = useLiveQuery(() => navigator.storage?.persisted?.() ?? Promise.resolve(false));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirmText, setConfirmText] = useState('');

  const exportJson = async () =>
    downloadText(
      `dealscope-${dateStamp()}.json`,
      'application/json',
      JSON.stringify(await exportAll(db), null, 2),
    );
  const exportMarkdown = async () =>
    downloadText(`dealscope-notes-${dateStamp()}.md`, 'text/markdown', notesToMarkdown(await exportAll(db)));
  const exportAnnotations = async () =>
    downloadText(
      `dealscope-annotations-${dateStamp()}.jsonld`,
      'application/ld+json',
      JSON.stringify(notesToWebAnnotations(await exportAll(db)), null, 2),
    );

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    const text = await file.text();
    const result = await sendToBackground('data/import', { text });
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${result.error} Nothing was changed.` });
      return;
    }
    const { added, updated, unchanged } = result.value;
    setMessage({
      kind: 'ok',
      text: `Imported: ${count(added.notes, 'new note')}, ${count(added.articles, 'new article')}, ${count(
        added.deals,
        'new deal fact',
      )}; ${updated.notes + updated.articles + updated.deals} updated, ${unchanged} already up to date.`,
    });
  };

  const messageRef = useRef<HTMLParagraphElement>(null);
  const erase = async () => {
    const result = await sendToBackground('data/erase', { confirm: 'erase' });
    setConfirmText('');
    setMessage(
      result.ok
        ? {
            kind: 'ok',
            text: 'Your notes, articles and deal facts were erased; the deal facts Dealscope ships are back as shipped.',
          }
        : { kind: 'error', text: result.error },
    );
    // The Erase button is disabled again: focus goes to what happened.
    setTimeout(() => messageRef.current?.focus(), 0);
    // Open articles drop the highlights of the notes that are gone.
    if (result.ok) {
      for (const tab of await browser.tabs.query({})) {
        if (tab.id !== undefined) void sendToTab(tab.id, 'notes/changed', {});
      }
    }
  };

  return (
    <main className="popup data-page">
      <h1>Dealscope: your data</h1>
      <p>
        Everything stays in this browser.{' '}
        {counts ? `${counts.notes} notes on ${counts.articles} articles, ${counts.deals} deal facts.` : ''}{' '}
        {persisted ? 'Storage is persistent: the browser will not evict it.' : ''}
      </p>
      {message ? (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'error' : 'ok'}
        >
          {message.text}
        </p>
      ) : null}
      <Section title="Export">
        <p>
          <button type="button" onClick={() => void exportJson()}>
            Export everything (JSON)
          </button>{' '}
          <button type="button" onClick={() => void exportMarkdown()}>
            Export notes (Markdown)
          </button>{' '}
          <button type="button" onClick={() => void exportAnnotations()}>
            Export notes (Web Annotations)
          </button>
        </p>
      </Section>
      <Section title="Import">
        <label>
          Import a Dealscope JSON export{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              // Cleared, so that choosing the same file again (fixed after an error) imports it.
              e.target.value = '';
            }}
          />
        </label>
        <p className="empty">
          Notes already here are merged, not duplicated. A file with any error changes nothing.
        </p>
      </Section>
      <Section title="Erase">
        <label>
          Type <strong>erase</strong> to delete your notes, articles and own deal facts{' '}
          <input value={confirmText} onChange={(e) => setConfirmText(e.target.value)} />
        </label>{' '}
        <button type="button" disabled={confirmText !== 'erase'} onClick={() => void erase()}>
          Erase my data
        </button>
      </Section>
    </main>
  );
}

/** "1 new note", "3 new notes". */
function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}
