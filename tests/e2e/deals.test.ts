import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSuite, openArticle, openPopupFor } from './harness';

const suite = browserSuite();

describe('deal suggestions from the article', () => {
  it('says why an article in another language has no suggestions', async () => {
    const article = await openArticle(suite.session, `${suite.fixtures.url}de-article.html`);
    const popup = await openPopupFor(suite.session, article);
    const deals = popup.getByRole('region', { name: 'Deals' });
    await expect
      .poll(() => deals.textContent())
      .toContain('Suggestions are read from English sentences; this article is in German.');
    await popup.close();
    await article.close();
  });

  it('suggests the patent purchase with its sentence; confirming stores it and the pair timeline shows it', async () => {
    const article = await openArticle(suite.session, `${suite.demo.url}xiaomi-microsoft-patents.html`);
    const popup = await openPopupFor(suite.session, article);
    const deals = popup.getByRole('region', { name: 'Deals' });
    const suggestions = deals.getByRole('list', { name: 'Suggested from this article' });
    const item = suggestions
      .getByRole('listitem')
      .filter({ hasText: 'Xiaomi bought about 1,500 patents from Microsoft' });
    await item.waitFor();
    expect(await item.locator('.evidence').textContent()).toBe(
      "Xiaomi has bought about 1,500 patents from Microsoft, the two companies said on Wednesday, in a deal that also puts Microsoft's productivity and calling software on the Chinese company's devices from the autumn.",
    );
    // Nothing is suggested from the hedged or unrelated sentences of the article.
    expect(await suggestions.getByRole('listitem').allTextContents()).not.toContainEqual(
      expect.stringContaining('Apple'),
    );

    await item.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => item.count()).toBe(0);
    // The suggestion has gone with the button that had focus: focus stays in the Deals section.
    await expect
      .poll(() =>
        popup.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby')),
      )
      .toBe(await deals.getAttribute('aria-labelledby'));
    const timeline = deals.getByRole('region', { name: 'Timeline: Xiaomi and Microsoft' });
    await expect
      .poll(() => timeline.textContent())
      .toContain('Xiaomi bought about 1,500 patents from Microsoft');
    const stored = deals.getByRole('list', { name: 'Stored deal facts' });
    const fact = stored
      .getByRole('listitem')
      .filter({ hasText: 'Xiaomi bought about 1,500 patents from Microsoft' });
    await expect.poll(() => fact.getByRole('link').textContent()).toBe('source (+1)');

    // Reopened, the confirmed suggestion does not come back.
    await popup.reload();
    await deals.getByRole('list', { name: 'Stored deal facts' }).waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.getByText('Xiaomi bought about 1,500 patents from Microsoft').count()).toBeGreaterThan(
      0,
    );
    expect(await item.count()).toBe(0);
    await popup.close();
    await article.close();
  });

  it('flags a figure that conflicts with a stored fact, stores a new deal, and remembers a dismissal', async () => {
    const article = await openArticle(suite.session, `${suite.fixtures.url}deals-news.html`);
    let popup = await openPopupFor(suite.session, article);
    let deals = popup.getByRole('region', { name: 'Deals' });
    const suggestions = () => deals.getByRole('list', { name: 'Suggested from this article' });
    await suggestions().waitFor();
    await expect
      .poll(() => suggestions().getByRole('listitem').locator('.deal-summary').allTextContents())
      .toEqual([
        expect.stringContaining('Tencent bought roughly 500 patents from Nokia'),
        expect.stringContaining('Xiaomi bought about 1,400 patents from Microsoft'),
      ]);
    const conflict = suggestions().getByRole('listitem').filter({ hasText: '1,400' });
    expect(await conflict.getByRole('note').textContent()).toContain(
      'The article says 1,400; the stored fact says 1,500.',
    );

    const fresh = suggestions().getByRole('listitem').filter({ hasText: 'Tencent' });
    // What Confirm stores is shown before it: "said on Monday" in an article of Tuesday 20 May.
    // (Each figure is named for screen readers.)
    expect(await fresh.locator('.deal-meta > *').allTextContents()).toEqual([
      'Type: patent purchase',
      'Date: 2025-05-19',
      'Status: completed',
    ]);
    await fresh.getByRole('button', { name: 'Confirm' }).click();
    const stored = deals.getByRole('list', { name: 'Stored deal facts' });
    await expect.poll(() => stored.textContent()).toContain('Tencent bought roughly 500 patents from Nokia');

    await conflict.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    // A dismissal can be taken back.
    await deals.getByRole('status').filter({ hasText: 'Suggestion dismissed.' }).waitFor();
    // Keyboard focus goes to Undo, not back to the page.
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await deals.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => conflict.count()).toBe(1);
    await conflict.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    await popup.close();

    popup = await openPopupFor(suite.session, article);
    deals = popup.getByRole('region', { name: 'Deals' });
    await deals.getByRole('list', { name: 'Stored deal facts' }).waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.getByText('Xiaomi bought about 1,400 patents').count()).toBe(0);
    await popup.close();
    await article.close();
  });
});

describe('editing a suggestion', () => {
  it("stores the reader's figures, on the stored fact it matches or as another deal", async () => {
    const article = await openArticle(suite.session, `${suite.fixtures.url}deals-edit.html`);
    const popup = await openPopupFor(suite.session, article);
    const deals = popup.getByRole('region', { name: 'Deals' });
    const suggestions = deals.getByRole('list', { name: 'Suggested from this article' });
    const stored = deals.getByRole('list', { name: 'Stored deal facts' });
    const vmware = suggestions.getByRole('listitem').filter({ hasText: 'VMware' });
    await expect
      .poll(() => vmware.getByRole('note').allTextContents())
      .toEqual([expect.stringContaining('different value')]);
    // The stored fact says $61 billion; the form starts from it, and the reader takes the
    // article's $69 billion without touching the wording.
    await vmware.getByRole('button', { name: 'Edit' }).click();
    const form = vmware.locator('form');
    expect(await form.textContent()).toContain('These are the stored fact’s figures');
    const shipped = 'Broadcom agreed to acquire VMware for about $61 billion in cash and stock';
    expect(await form.getByLabel('Summary').inputValue()).toBe(shipped);
    expect(await form.getByLabel('Value').inputValue()).toBe('61000000000');
    // A value the form cannot read is said so, and nothing is saved.
    await form.getByLabel('Value').fill('sixty-nine billion');
    await form.getByRole('button', { name: 'Save and confirm' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Value: write an amount');
    expect(await form.count()).toBe(1);
    // The field is marked invalid, described by the message, and has the focus to be corrected.
    const value = form.getByLabel('Value');
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    expect(await value.getAttribute('aria-describedby')).toBe(
      await form.getByRole('alert').getAttribute('id'),
    );
    expect(await value.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.getByLabel('Announced (YYYY-MM-DD)').getAttribute('aria-invalid')).toBeNull();
    // Written as a reader writes it.
    await form.getByLabel('Value').fill('$69 billion');
    await form.getByRole('button', { name: 'Save and confirm' }).click();
    await expect.poll(() => vmware.count()).toBe(0);
    const fact = stored.getByRole('listitem').filter({ hasText: shipped });
    await expect.poll(() => fact.textContent()).toContain('$69 billion');

    // Another type makes it another deal: stored as such, and the suggestion is done with.
    const ansys = suggestions.getByRole('listitem').filter({ hasText: 'Ansys' });
    // From the keyboard: Edit puts focus in the form, Esc closes it and focus goes back to Edit.
    await ansys.getByRole('button', { name: 'Edit' }).click();
    expect(await popup.evaluate(() => document.activeElement?.localName)).toBe('input');
    await popup.keyboard.press('Escape');
    await expect.poll(() => ansys.locator('form').count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Edit');
    await ansys.getByRole('button', { name: 'Edit' }).click();
    await ansys.locator('form').getByLabel('Type').selectOption('merger');
    await ansys.locator('form').getByRole('button', { name: 'Save and confirm' }).click();
    await expect.poll(() => ansys.count()).toBe(0);
    await expect.poll(() => stored.textContent()).toMatch(/Synopsys.*Ansys/);
    await popup.close();
    await article.close();
  });
});

describe('all deals', () => {
  it('keeps every row of the long list in reach of Tab, however fast it is pressed', async () => {
    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=999999&view=deals`);
    const list = popup.getByRole('region', { name: 'All deals' }).getByRole('list', { name: 'Deal facts' });
    await list.getByRole('link').first().focus();
    // Each shipped fact has one source link: Tab goes from row to row, with no pause between.
    for (let i = 0; i < 60; i++) await popup.keyboard.press('Tab');
    const row = await popup.evaluate(() =>
      Number(document.activeElement?.closest('li[aria-posinset]')?.getAttribute('aria-posinset') ?? 0),
    );
    expect(row).toBeGreaterThan(50);
    await popup.close();
  });

  it('searches and filters stored facts, adds one by hand and exports CSV', async () => {
    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=999999&view=deals`);
    const region = popup.getByRole('region', { name: 'All deals' });
    const rows = region.getByRole('list', { name: 'Deal facts' }).getByRole('listitem');
    await rows.first().waitFor();
    // At the toolbar popup's width, nothing runs past the edge (a select is as wide as its
    // longest option unless told otherwise).
    await popup.setViewportSize({ width: 400, height: 600 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await popup.setViewportSize({ width: 1200, height: 900 });
    await region.getByLabel('Search deals').fill('linkedin');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([expect.stringContaining('Microsoft agreed to acquire LinkedIn')]);
    await region.getByLabel('Search deals').fill('');
    await region.getByLabel('Company').selectOption({ label: 'Xiaomi' });
    await region.getByLabel('Type').selectOption('patent-purchase');
    await region.getByLabel('Year').selectOption('2016');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([expect.stringContaining('Xiaomi bought about 1,500 patents from Microsoft')]);
    await region.getByLabel('Company').selectOption('');
    await region.getByLabel('Type').selectOption('');
    await region.getByLabel('Year').selectOption('');

    // From the keyboard: the form takes the focus, Esc closes it and gives the focus back.
    const add = region.getByRole('button', { name: 'Add a deal' });
    await add.focus();
    await popup.keyboard.press('Enter');
    const form = region.getByRole('form', { name: 'Add a deal' });
    await form.waitFor();
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('label')?.textContent))
      .toContain('Type');
    await popup.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Add a deal');
    await add.click();
    await form.getByLabel('First company', { exact: true }).fill('spotify');
    await form.getByLabel('Second company', { exact: true }).fill('Nintendo');
    await form.getByLabel('Second company', { exact: true }).press('Tab');
    await form.getByLabel('Type').selectOption('distribution');
    await form.getByLabel("First company's role").selectOption('partner');
    await form.getByLabel("Second company's role").selectOption('partner');
    await form.getByLabel('Announced (YYYY-MM-DD)').fill('2021-04-01');
    await form.getByRole('button', { name: 'Save deal' }).click();
    await region.getByLabel('Search deals').fill('spotify nintendo');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([expect.stringContaining('Spotify and Nintendo agreed a distribution deal')]);

    const download = popup.waitForEvent('download');
    await region.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'id,type,summary,parties,asset,quantity,value_amount,value_currency,announced,status,origin,review,source_url,source_title',
    );
    expect(csv).toContain(
      'distribution,Spotify and Nintendo agreed a distribution deal,partner:Spotify; partner:Nintendo',
    );
    await popup.close();
  });
});
