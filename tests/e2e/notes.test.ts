import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  newProfile,
  openArticle,
  openPopupFor,
  removeProfile,
  type Session,
  serveFixtures,
} from './harness';

const ARTICLE = 'xiaomi-microsoft-patents.html';
let server: Awaited<ReturnType<typeof serveFixtures>>;
const profile = newProfile();

beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
  removeProfile(profile);
});

async function notesIn(popup: Page): Promise<string[]> {
  const region = popup.getByRole('region', { name: 'Notes' });
  // Wait until the notes have loaded: either the list or the empty message is shown.
  await region.locator('.note, .empty').first().waitFor();
  return region.getByRole('list', { name: 'Notes on this article' }).locator('.note-body').allTextContents();
}

describe('a note on an article', () => {
  const body = 'Patent count matters: about 1,500.\nCheck <b>Azure</b> tie-in https://example.com/azure';

  it('is saved from the popup and listed under the article', async () => {
    const session: Session = await launch(profile);
    const article = await openArticle(session, `${server.url}${ARTICLE}`);
    const popup = await openPopupFor(session, article);
    const notes = popup.getByRole('region', { name: 'Notes' });
    await notes.getByText('No notes on this article yet.').waitFor();
    await notes.getByLabel('Note on this article').fill(body);
    await notes.getByRole('button', { name: 'Save note' }).click();
    const list = notes.getByRole('list', { name: 'Notes on this article' });
    await expect.poll(() => list.locator('.note-body').allTextContents()).toEqual([body]);
    // Markup in a note is shown as text; only the web address becomes a link.
    expect(await list.locator('b').count()).toBe(0);
    expect(await list.getByRole('link').getAttribute('href')).toBe('https://example.com/azure');
    expect(await notes.getByLabel('Note on this article').inputValue()).toBe('');

    // Close the popup and reload the page: the note is still there.
    await popup.close();
    await article.reload();
    const again = await openPopupFor(session, article);
    await expect.poll(() => notesIn(again)).toEqual([body]);
    await session.context.close();
  });

  it('survives a browser restart on the same profile', async () => {
    const session = await launch(profile);
    const article = await openArticle(session, `${server.url}${ARTICLE}`);
    const popup = await openPopupFor(session, article);
    await expect.poll(() => notesIn(popup)).toEqual([body]);
    await session.context.close();
  });

  it('can be deleted and brought back with undo', async () => {
    const session = await launch(profile);
    const article = await openArticle(session, `${server.url}${ARTICLE}`);
    const popup = await openPopupFor(session, article);
    await expect.poll(() => notesIn(popup)).toEqual([body]);
    const notes = popup.getByRole('region', { name: 'Notes' });
    await notes.getByRole('button', { name: 'Delete note' }).click();
    await notes.getByText('No notes on this article yet.').waitFor();
    await notes.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notesIn(popup)).toEqual([body]);
    await session.context.close();
  });

  it('belongs to its article only', async () => {
    const session = await launch(profile);
    const other = await openArticle(session, `${server.url}chip-designer-licensing.html`);
    const popup = await openPopupFor(session, other);
    await popup.getByRole('region', { name: 'Notes' }).getByText('No notes on this article yet.').waitFor();
    await session.context.close();
  });
});
