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
    // The Undo bar has gone with its button: focus stays in the section, not on the page's body.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.localName)).toBe('h2');
    await session.context.close();
  });

  it('comes back one by one after several deletions, and an abandoned edit leaves it as it was', async () => {
    const session = await launch(profile);
    const article = await openArticle(session, `${server.url}${ARTICLE}`);
    const popup = await openPopupFor(session, article);
    await expect.poll(() => notesIn(popup)).toEqual([body]);
    const notes = popup.getByRole('region', { name: 'Notes' });
    await notes.getByLabel('Note on this article').fill('A second note');
    await notes.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => notesIn(popup)).toHaveLength(2);

    // Typed into, then cancelled (with the button, then with Esc): the note is as stored.
    const id = await notes.locator('.note').filter({ hasText: 'A second note' }).getAttribute('data-note');
    const second = notes.locator(`.note[data-note="${id}"]`);
    await second.getByRole('button', { name: 'Edit note' }).click();
    await second.locator('textarea').fill('Abandoned words');
    await second.getByRole('button', { name: 'Cancel' }).click();
    await second.getByRole('button', { name: 'Edit note' }).click();
    expect(await second.locator('textarea').inputValue()).toBe('A second note');
    await second.locator('textarea').fill('Abandoned again');
    await popup.keyboard.press('Escape');
    await expect.poll(() => second.locator('form').count()).toBe(0);
    // Focus is back on the note's Edit button.
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Edit note');
    expect(await notesIn(popup)).toContain('A second note');

    // Both deleted: Undo brings back the latest, then the other.
    for (let i = 0; i < 2; i++) await notes.getByRole('button', { name: 'Delete note' }).first().click();
    await notes.getByText('No notes on this article yet.').waitFor();
    expect(await notes.getByRole('status').textContent()).toContain('2 notes deleted.');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await notes.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notesIn(popup)).toHaveLength(1);
    await notes.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await notesIn(popup)).sort()).toEqual(['A second note', body].sort());
    // Back to one note for the tests that follow.
    await notes
      .locator('.note')
      .filter({ hasText: 'A second note' })
      .getByRole('button', { name: 'Delete note' })
      .click();
    await expect.poll(() => notesIn(popup)).toEqual([body]);
    await session.context.close();
  });

  it("is listed under a company it names, and that company's row opens all its notes", async () => {
    const session = await launch(profile);
    const article = await openArticle(session, `${server.url}${ARTICLE}`);
    const popup = await openPopupFor(session, article);
    const notes = popup.getByRole('region', { name: 'Notes' });
    await notes.getByLabel('Note on this article').fill('Xiaomi paid less than it looks.');
    await notes.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => notesIn(popup)).toContain('Xiaomi paid less than it looks.');
    const companies = popup.getByRole('region', { name: 'On this page' });
    await companies.getByRole('button', { name: /^Xiaomi/ }).click();
    await expect
      .poll(() => companies.getByRole('list', { name: 'Latest notes about Xiaomi' }).textContent())
      .toContain('Xiaomi paid less than it looks.');
    await companies.getByRole('button', { name: 'Open its note' }).click();
    const all = popup.getByRole('region', { name: 'All notes' });
    await expect.poll(() => all.getByLabel('Company').inputValue()).toBe('xiaomi');
    await expect
      .poll(() => all.locator('.hit-body').allTextContents())
      .toEqual(['Xiaomi paid less than it looks.']);
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
