import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  companiesInPopup,
  highlightedTexts,
  openArticle,
  openPopupFor,
  waitForHighlights,
} from './harness';

const suite = browserSuite();

/** Every company mention a reader sees in each demo article, in reading order. */
const EXPECTED: Record<string, string[]> = {
  'xiaomi-microsoft-patents.html': [
    'Xiaomi',
    'Microsoft', // headline
    'The Beijing-based smartphone maker',
    'the Redmond tech company', // standfirst
    'Xiaomi', // caption
    'Xiaomi',
    'Microsoft',
    'Microsoft',
    'Xiaomi',
    'Microsoft',
    'Xiaomi',
    'the Windows maker',
    'Xiaomi', // quote
    'The Redmond tech company',
    'Samsung Electronics',
    'the Beijing-based smartphone maker',
    'Microsoft',
    'Xiaomi',
    'Apple',
    'Xiaomi',
    'Microsoft',
    'Microsoft',
    'Xiaomi', // "Micro<em>soft</em>" is one mention
    'Arm',
    'Lenovo',
    'Motorola', // sidebar
  ],
  'chip-designer-licensing.html': [
    'Arm',
    'The Cambridge chip designer',
    'Arm',
    'the Cambridge chip designer',
    'SoftBank',
    'Arm',
    'Qualcomm',
    'Arm',
    'Apple',
    'the San Diego chipmaker',
    'Alibaba',
    'Nvidia',
    'Arm',
    'Arm',
    'TSMC',
    'Arm',
    'Arm',
    'Xiaomi',
    'Microsoft',
    'Lenovo',
    'Motorola',
  ],
  'motorola-lenovo-handsets.html': [
    'Google',
    'Lenovo',
    'Motorola',
    'The Chinese PC maker',
    'Lenovo',
    'Motorola Mobility',
    'Google',
    'Google',
    'the Chinese PC maker',
    'Motorola',
    'Samsung',
    'Xiaomi',
    'Oppo',
    'Vivo',
    'Lenovo',
    'Lenovo',
    'Motorola',
    'Xiaomi',
    'Microsoft',
    'Arm',
  ],
};

describe('highlighting on the demo articles', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`highlights exactly the company mentions of ${file}`, async () => {
      const page = await openArticle(suite.session, `${suite.demo.url}${file}`);
      expect(await highlightedTexts(page)).toEqual(expected);
      await page.close();
    });
  }

  it('leaves the page DOM unchanged', async () => {
    const page: Page = await suite.session.context.newPage();
    // Snapshot the DOM when parsing ends (before the content script runs at document_idle) and
    // record every mutation after that point.
    await page.addInitScript(() => {
      const w = window as unknown as { __before?: string; __mutations?: number };
      w.__mutations = 0;
      document.addEventListener('DOMContentLoaded', () => {
        w.__before = document.documentElement.outerHTML;
        new MutationObserver((records) => {
          w.__mutations = (w.__mutations ?? 0) + records.length;
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    await page.goto(`${suite.demo.url}xiaomi-microsoft-patents.html`);
    await waitForHighlights(page);
    const { before, after, mutations } = await page.evaluate(() => {
      const w = window as unknown as { __before?: string; __mutations?: number };
      return { before: w.__before, after: document.documentElement.outerHTML, mutations: w.__mutations };
    });
    expect(before).toBeTruthy();
    expect(after).toBe(before);
    expect(mutations).toBe(0);
    expect(await page.locator('dealscope-mark').count()).toBe(0);
    await page.close();
  });

  it('records a dealscope:scan performance measure', async () => {
    const page = await openArticle(suite.session, `${suite.demo.url}chip-designer-licensing.html`);
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByName('dealscope:scan')
        .map((e) => ({ type: e.entryType, duration: e.duration })),
    );
    expect(measures.length).toBeGreaterThanOrEqual(1);
    expect(measures[0]?.type).toBe('measure');
    await page.close();
  });
});

describe('the popup for a tab', () => {
  it('lists the companies on the page with their mention counts', async () => {
    const article = await openArticle(suite.session, `${suite.demo.url}xiaomi-microsoft-patents.html`);
    const popup = await openPopupFor(suite.session, article);
    expect(await companiesInPopup(popup)).toEqual([
      ['Xiaomi', 11],
      ['Microsoft', 10],
      ['Samsung Electronics', 1],
      ['Apple', 1],
      ['Arm', 1],
      ['Lenovo', 1],
      ['Motorola Mobility', 1],
    ]);
    const deals = popup.getByRole('region', { name: 'Deals' });
    await expect
      .poll(() => deals.getByRole('listitem').allTextContents())
      .toEqual(
        expect.arrayContaining([expect.stringContaining('Xiaomi bought about 1,500 patents from Microsoft')]),
      );
    const first = await deals.getByRole('listitem').first().textContent();
    expect(first).toMatch(/Xiaomi/);
    await popup.close();
    await article.close();
  });

  it('says when it cannot read a page', async () => {
    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=999999`);
    await popup.getByText('Dealscope cannot read this page').waitFor({ timeout: 10_000 });
    await popup.close();
  });
});
