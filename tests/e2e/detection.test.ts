import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  clickInShadow,
  companiesInPopup,
  highlightedTexts,
  launch,
  openArticle,
  openPopupFor,
  readShadowUi,
} from './harness';

const suite = browserSuite();

/** The details of the page's `dealscope:scan` measures so far: full or incremental, and how much was read. */
function scanMeasures(page: Page): Promise<{ kind: string; characters: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('dealscope:scan')
      .map((e) => (e as PerformanceMeasure).detail as { kind: string; characters: number }),
  );
}

/** Opens a fixture whose first scan finds the page hidden, and checks that it found nothing. */
async function openHidden(fixture: string): Promise<Page> {
  const page = await suite.session.context.newPage();
  await page.goto(`${suite.fixtures.url}${fixture}`);
  await expect.poll(() => scanMeasures(page).then((s) => s.length), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await highlightedTexts(page)).toEqual([]);
  return page;
}

/** Polls the highlighted texts until they equal `expected` (rescans happen when idle). */
async function expectHighlights(page: Page, expected: string[]) {
  await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toEqual(expected);
}

describe('what counts as a mention', () => {
  it('handles split markup, hidden text, form fields, scripts, tickers and false friends', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}edge-cases.html`);
    await expectHighlights(page, [
      'Microsoft',
      'Lenovo',
      'Samsung Electronics',
      'Xiaomi Corp',
      'Nvidia',
      'NVDA',
      'Microsoft',
      'MSFT',
      'Qual\u00adcomm',
    ]);
    await page.close();
  });
});

describe('the article and what is around it', () => {
  it('lists the companies named only in comments or a cookie banner apart from the article', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}comments.html`);
    const popup = await openPopupFor(suite.session, page);
    const region = popup.getByRole('region', { name: 'On this page' });
    const names = (label: string) =>
      region.getByRole('list', { name: label }).locator('.company-name').allTextContents();
    await expect.poll(() => names('Elsewhere on the page')).toEqual(['Alphabet', 'Meta Platforms', 'Nvidia']);
    expect(await names('In the article')).toEqual(['Siemens', 'Altair Engineering']);
    await popup.close();
    await page.close();
  });
});

describe('a page that never stops changing', () => {
  it('still answers the popup', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}ticker.html`);
    const popup = await openPopupFor(suite.session, page);
    expect(await companiesInPopup(popup)).toEqual([
      ['Siemens', 3],
      ['Alstom', 2],
      ['Nokia', 1],
      ['Ericsson', 1],
    ]);
    await popup.close();
    await page.close();
  });
});

describe('pages that change', () => {
  it('scans live-blog entries and lazy paragraphs as they appear', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}live-blog.html`);
    await expectHighlights(page, ['Nvidia', 'AMD', 'AMD', 'Nvidia', 'Nvidia', 'AMD']);
    // An open popup follows the new entries.
    const popup = await openPopupFor(suite.session, page);
    await expect
      .poll(() => companiesInPopup(popup))
      .toEqual([
        ['Nvidia', 3],
        ['AMD', 3],
      ]);
    await page.click('#add-entry');
    await expectHighlights(page, ['Qualcomm', 'Nvidia', 'AMD', 'AMD', 'Nvidia', 'Nvidia', 'AMD']);
    await expect.poll(() => companiesInPopup(popup), { timeout: 6_000 }).toContainEqual(['Qualcomm', 1]);
    await popup.close();
    await page.click('#add-entry');
    await page.click('#add-entry');
    await expectHighlights(page, [
      'Broadcom',
      'Intel',
      'TSMC',
      'Qualcomm',
      'Nvidia',
      'AMD',
      'AMD',
      'Nvidia',
      'Nvidia',
      'AMD',
    ]);
    await page.click('#show-lazy');
    await expectHighlights(page, [
      'Arm Holdings',
      'SoftBank',
      'Broadcom',
      'Intel',
      'TSMC',
      'Qualcomm',
      'Nvidia',
      'AMD',
      'AMD',
      'Nvidia',
      'Nvidia',
      'AMD',
    ]);
    // Each incremental pass is measured too.
    const kinds = await page.evaluate(() =>
      performance.getEntriesByName('dealscope:scan').map((e) => (e as PerformanceMeasure).detail?.kind),
    );
    expect(kinds[0]).toBe('full');
    expect(kinds).toContain('incremental');
    await page.close();
  });

  it('scans what is added to the top of the page on its own, and forgets it when it goes', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}live-blog.html`);
    const article = ['Nvidia', 'AMD', 'AMD', 'Nvidia', 'Nvidia', 'AMD'];
    await expectHighlights(page, article);
    const scans = () => scanMeasures(page);
    const before = (await scans()).length;
    // An ad script appends a banner to <body>, as many do.
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.id = 'banner';
      banner.textContent = 'Sponsored: Qualcomm chips';
      document.body.append(banner);
    });
    await expectHighlights(page, [...article, 'Qualcomm']);
    const after = (await scans()).slice(before);
    expect(after.length).toBeGreaterThan(0);
    // Only the banner's 25 characters were read again (and a block break), not the page.
    for (const scan of after) {
      expect(scan.kind).toBe('incremental');
      expect(scan.characters).toBeLessThan(30);
    }
    await page.evaluate(() => document.getElementById('banner')?.remove());
    await expectHighlights(page, article);
    // Classes and styles that pages toggle on <html> and <body> (on scroll, for dialogs) start
    // no scan.
    const settled = (await scans()).length;
    await page.evaluate(() => {
      document.body.classList.add('scrolled');
      document.documentElement.style.overflow = 'hidden';
    });
    await page.waitForTimeout(600);
    expect((await scans()).length).toBe(settled);
    await page.close();
  });

  it('scans what a class on <body> kept hidden once the page removes it', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}loading-class.html`);
    await expectHighlights(page, ['Xiaomi']);
    const scans = () => scanMeasures(page);
    const before = (await scans()).length;
    await page.click('#ready');
    await expectHighlights(page, ['Xiaomi', 'Nvidia', 'Microsoft']);
    // Only the story was read again, not the page.
    const after = (await scans()).slice(before);
    expect(after.map((s) => s.kind)).toEqual(['incremental']);
    expect(after[0]?.characters).toBeLessThan(100);
    // The same for a class on <html>.
    await page.click('#ready-html');
    await expectHighlights(page, ['Xiaomi', 'Nvidia', 'Microsoft', 'Sony']);
    await page.close();
  });

  it('scans a page whose whole <body> was hidden while it loaded, once it shows', async () => {
    // An inline style on <body>, removed by the page's script.
    const styled = await openHidden('hidden-body.html');
    await styled.evaluate(() => document.body.removeAttribute('style'));
    await expectHighlights(styled, ['Volvo Cars', 'Geely']);
    await styled.close();
    // An animation that shows <body> when it ends, with no change to the DOM (AMP pages).
    const animated = await openHidden('amp-like.html');
    await expectHighlights(animated, ['Siemens Energy', 'Vestas']);
    await animated.close();
  });

  it('reads a comment box once it is published, and leaves it while it is edited', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}loading-class.html`);
    await expectHighlights(page, ['Xiaomi']);
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'box';
      box.setAttribute('contenteditable', 'true');
      box.textContent = 'Nvidia and Qualcomm agreed.';
      document.querySelector('main')?.append(box);
    });
    await page.waitForTimeout(500);
    expect(await highlightedTexts(page)).toEqual(['Xiaomi']);
    await page.evaluate(() => document.getElementById('box')?.removeAttribute('contenteditable'));
    await expectHighlights(page, ['Xiaomi', 'Nvidia', 'Qualcomm']);
    await page.evaluate(() => document.getElementById('box')?.setAttribute('contenteditable', 'true'));
    await expectHighlights(page, ['Xiaomi']);
    await page.close();
  });

  it('registers its highlights again when the page clears the registry', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}loading-class.html`);
    await expectHighlights(page, ['Xiaomi']);
    // As a site's own search highlighter might.
    await page.evaluate(() => CSS.highlights.clear());
    expect(await highlightedTexts(page)).toEqual([]);
    await expectHighlights(page, ['Xiaomi']);
    await page.close();
  });

  it('scans and watches a new <body> that a site puts in on navigation', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}loading-class.html`);
    await expectHighlights(page, ['Xiaomi']);
    // As Turbo does: the new page's <body> replaces the old one, with no full navigation.
    await page.evaluate(() => {
      const next = document.createElement('body');
      const p = document.createElement('p');
      p.textContent = 'Nvidia and AMD both report on Wednesday.';
      next.append(p);
      document.body.replaceWith(next);
    });
    await expectHighlights(page, ['Nvidia', 'AMD']);
    // Changes in the new <body> are followed too.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Analysts expect Qualcomm to follow.';
      document.body.append(p);
    });
    await expectHighlights(page, ['Nvidia', 'AMD', 'Qualcomm']);
    await page.close();
  });

  it('scans afresh after in-site navigation and back', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}spa.html`);
    const storyOne = [
      'Xiaomi',
      'Microsoft',
      'The Beijing-based smartphone maker',
      'Xiaomi',
      'Microsoft',
      'Xiaomi',
      'Microsoft',
      'Xiaomi',
      'Xiaomi',
      'Microsoft',
    ];
    await expectHighlights(page, storyOne);
    // A note on story one stays with story one, though the app leaves its canonical link behind.
    let popup = await openPopupFor(suite.session, page);
    const notes = () => popup.getByRole('region', { name: 'Notes' });
    const noteBodies = async () => {
      await notes().locator('.note, .empty').first().waitFor();
      return notes().locator('.note-body').allTextContents();
    };
    await notes().getByLabel('Note on this article').fill('Cloud contract: five years');
    await notes().getByRole('button', { name: 'Save note' }).click();
    await expect.poll(noteBodies).toEqual(['Cloud contract: five years']);
    await popup.close();
    await page.click('a[data-story="two"]');
    expect(new URL(page.url()).pathname).toBe('/spa/story-two');
    await expectHighlights(page, ['Sony', 'Nintendo', 'Sony', 'Nintendo', 'Sony', 'Nintendo']);
    popup = await openPopupFor(suite.session, page);
    expect(await companiesInPopup(popup)).toEqual([
      ['Sony', 3],
      ['Nintendo', 3],
    ]);
    expect(await noteBodies()).toEqual([]);
    await popup.close();
    await page.goBack();
    await expectHighlights(page, storyOne);
    popup = await openPopupFor(suite.session, page);
    expect(await noteBodies()).toEqual(['Cloud contract: five years']);
    await popup.close();
    await page.close();
  });
});

describe('the hover card', () => {
  it('shows what the reader knows about a company, and Esc dismisses it', async () => {
    const page = await openArticle(suite.session, `${suite.demo.url}xiaomi-microsoft-patents.html`);
    const cdp = await suite.session.context.newCDPSession(page);
    const box = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('dealscope-company') as unknown as Set<Range>)];
      const first = ranges.find((r) => r.toString() === 'Xiaomi');
      const rect = first?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 3 });
    await expect
      .poll(async () => (await readShadowUi(cdp, 'DEALSCOPE-CARD')).visible, { timeout: 5_000 })
      .toBe(true);
    await expect
      .poll(async () => (await readShadowUi(cdp, 'DEALSCOPE-CARD')).text, { timeout: 5_000 })
      .toMatch(
        /Xiaomi.*1810.*China.*Beijing.*Mentioned 11 times on this page.*3 deal facts saved.*No notes saved/,
      );
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readShadowUi(cdp, 'DEALSCOPE-CARD')).visible).toBe(false);

    // Hover again and open Dealscope on the company from the card.
    await page.mouse.move(5, 5);
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 3 });
    await expect
      .poll(async () => (await readShadowUi(cdp, 'DEALSCOPE-CARD')).visible, { timeout: 5_000 })
      .toBe(true);
    // What the reader saved has loaded (the card grows and places itself again).
    await expect
      .poll(async () => (await readShadowUi(cdp, 'DEALSCOPE-CARD')).text, { timeout: 5_000 })
      .toContain('deal fact');
    const opened = suite.session.context.waitForEvent('page');
    await clickInShadow(page, cdp, 'DEALSCOPE-CARD', 'Open in Dealscope');
    const popup = await opened;
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/popup\.html\?.*company=xiaomi/);
    const row = popup.locator('li[data-company="xiaomi"]');
    await expect.poll(() => row.getAttribute('class')).toContain('focused');
    await expect.poll(() => row.textContent()).toMatch(/Beijing, China.*3 deal facts/);
    await popup.close();
    await page.close();
  });
});

describe('the hover card, on the move', () => {
  /** Centre of the n-th highlighted range reading `name`, in viewport coordinates. */
  const centreOf = (page: Page, name: string, nth = 0) =>
    page.evaluate(
      ([name, nth]) => {
        const ranges = [...(CSS.highlights.get('dealscope-company') as unknown as Set<Range>)];
        const rect = ranges.filter((r) => r.toString() === name)[nth as number]?.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: 0, y: 0 };
      },
      [name, nth] as const,
    );

  it('closes once the pointer leaves, also after moving from one name to another', async () => {
    const page = await openArticle(suite.session, `${suite.demo.url}xiaomi-microsoft-patents.html`);
    const cdp = await suite.session.context.newCDPSession(page);
    const card = async () => readShadowUi(cdp, 'DEALSCOPE-CARD');
    const xiaomi = await centreOf(page, 'Xiaomi');
    const microsoft = await centreOf(page, 'Microsoft');
    await page.mouse.move(5, 5);
    await page.mouse.move(xiaomi.x, xiaomi.y, { steps: 3 });
    await expect.poll(async () => (await card()).text, { timeout: 5_000 }).toMatch(/^Xiaomi/);
    // Off the name and onto the next one: the card follows.
    await page.mouse.move(microsoft.x, microsoft.y, { steps: 8 });
    await expect.poll(async () => (await card()).text, { timeout: 5_000 }).toMatch(/^Microsoft/);
    // Into the margin: it closes.
    await page.mouse.move(2, microsoft.y, { steps: 4 });
    await expect.poll(async () => (await card()).visible, { timeout: 3_000 }).toBe(false);
    // Esc keeps it closed while the pointer stays on the name, and a new hover opens it again.
    await page.mouse.move(xiaomi.x, xiaomi.y, { steps: 3 });
    await expect.poll(async () => (await card()).visible, { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.move(xiaomi.x + 2, xiaomi.y, { steps: 2 });
    await page.waitForTimeout(700);
    expect((await card()).visible).toBe(false);
    await page.mouse.move(2, 2, { steps: 3 });
    await page.mouse.move(xiaomi.x, xiaomi.y, { steps: 3 });
    await expect.poll(async () => (await card()).visible, { timeout: 5_000 }).toBe(true);
    await page.close();
  });

  it('keeps its buttons on screen in a short window', async () => {
    const page = await openArticle(suite.session, `${suite.demo.url}xiaomi-microsoft-patents.html`);
    await page.setViewportSize({ width: 900, height: 360 });
    const cdp = await suite.session.context.newCDPSession(page);
    // A mention in the middle of the window: too little room for the card above it or below it.
    await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('dealscope-company') as unknown as Set<Range>)];
      const rect = ranges[Math.floor(ranges.length / 2)]?.getBoundingClientRect();
      if (rect) window.scrollBy(0, rect.top - window.innerHeight / 2);
    });
    await page.waitForTimeout(200);
    const target = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('dealscope-company') as unknown as Set<Range>)];
      const visible = ranges
        .map((r) => r.getClientRects()[0])
        .filter((r): r is DOMRect => !!r && r.top > 0 && r.bottom < window.innerHeight);
      visible.sort((a, b) => Math.abs(a.top - 180) - Math.abs(b.top - 180));
      const rect = visible[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: 0, y: 0 };
    });
    await page.mouse.move(5, 5);
    await page.mouse.move(target.x, target.y, { steps: 3 });
    await expect
      .poll(async () => (await readShadowUi(cdp, 'DEALSCOPE-CARD')).text, { timeout: 5_000 })
      .toMatch(/deal facts? saved|No deal facts/);
    const { buttons } = await readShadowUi(cdp, 'DEALSCOPE-CARD');
    expect(buttons.size).toBe(2);
    for (const nodeId of buttons.values()) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
      const ys = model.border.filter((_, i) => i % 2 === 1);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(360);
    }
    await page.close();
  });
});

describe('switching highlighting off', () => {
  it('turns off on one site from the popup, and stays off after a restart', async () => {
    const url = `${suite.demo.url}chip-designer-licensing.html`;
    let page = await openArticle(suite.session, url);
    let popup = await openPopupFor(suite.session, page);
    const siteSwitch = popup.getByLabel('Highlight companies on 127.0.0.1');
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    await siteSwitch.uncheck();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('dealscope-company')?.size ?? 0)).toBe(0);
    // The popup says so at once, instead of listing what the page no longer shows.
    await popup.getByText('Highlighting is off for this page.').waitFor({ timeout: 5_000 });
    expect(await popup.locator('li.company').count()).toBe(0);
    await popup.close();
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.get('dealscope-company')?.size ?? 0)).toBe(0);
    await page.close();

    await suite.session.context.close();
    suite.session = await launch(suite.session.profile);
    page = await suite.session.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => CSS.highlights.get('dealscope-company')?.size ?? 0)).toBe(0);
    popup = await openPopupFor(suite.session, page);
    await popup.getByText('Highlighting is off for this page.').waitFor();
    await popup.getByLabel('Highlight companies on 127.0.0.1').check();
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('dealscope-company')?.size ?? 0))
      .toBeGreaterThan(0);
    await expect.poll(() => popup.locator('li.company').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await popup.getByText('Highlighting is off for this page.').count()).toBe(0);
    // The global switch turns it off everywhere.
    await popup.getByLabel(/Highlight everywhere/).uncheck();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('dealscope-company')?.size ?? 0)).toBe(0);
    // The site's switch keeps its value, greyed while the global one is off.
    expect(await popup.getByLabel('Highlight companies on 127.0.0.1').isDisabled()).toBe(true);
    await popup.getByLabel(/Highlight everywhere/).check();
    expect(await popup.getByLabel('Highlight companies on 127.0.0.1').isEnabled()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('dealscope-company')?.size ?? 0))
      .toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('pages built from web components', () => {
  /** Highlighted texts in alphabetical order: ranges in different shadow trees have no document order. */
  const sortedHighlights = async (page: Page) =>
    page.evaluate(() =>
      [...(CSS.highlights.get('dealscope-company') as unknown as Set<Range>)].map((r) => r.toString()).sort(),
    );

  it('reads open shadow roots, styles and watches them, and opens the card there', async () => {
    const page = await openArticle(suite.session, `${suite.fixtures.url}web-components.html`);
    // Not Samsung (not slotted), Siemens (closed root) or Ericsson (hidden).
    await expect
      .poll(() => sortedHighlights(page), { timeout: 10_000 })
      .toEqual(['Lenovo', 'Nokia', 'Nvidia', 'Vodafone', 'Xiaomi']);

    // The highlight's style reaches into both shadow trees, the nested one too.
    const styled = await page.evaluate(() => {
      const outer = document.querySelector('story-body')?.shadowRoot;
      const inner = outer?.querySelector('fact-box')?.shadowRoot;
      const lead = outer?.getElementById('lead');
      return {
        sheets: [outer, inner].map((root) =>
          (root?.adoptedStyleSheets ?? []).some((sheet) =>
            [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(dealscope-company)')),
          ),
        ),
        background: lead ? getComputedStyle(lead, '::highlight(dealscope-company)').backgroundColor : '',
      };
    });
    expect(styled.sheets).toEqual([true, true]);
    expect(styled.background).toMatch(/^rgba\(255, 200, 0, 0\.3\d*\)$/);

    // Text added inside a shadow root is scanned as the page adds it.
    await page.click('#add-update');
    await expect
      .poll(() => sortedHighlights(page), { timeout: 10_000 })
      .toEqual(['Lenovo', 'Nokia', 'Nvidia', 'Qualcomm', 'Vodafone', 'Xiaomi', 'Xiaomi']);

    // A custom element whose definition comes after the scan, and attaches a shadow root then.
    // It is looked at again 1, 4 and 15 s after the scan that read it.
    await page.click('#define-late');
    await expect
      .poll(() => sortedHighlights(page), { timeout: 20_000 })
      .toEqual(['Lenovo', 'Nokia', 'Nvidia', 'Qualcomm', 'Sony', 'Vodafone', 'Xiaomi', 'Xiaomi']);

    // Hovering a mention inside a shadow root opens the card.
    const cdp = await suite.session.context.newCDPSession(page);
    const box = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('dealscope-company') as unknown as Set<Range>)];
      const rect = ranges.find((r) => r.toString() === 'Vodafone')?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 3 });
    await expect
      .poll(async () => (await readShadowUi(cdp, 'DEALSCOPE-CARD')).text, { timeout: 5_000 })
      .toMatch(/Vodafone.*Mentioned 1 time on this page/);
    await page.close();
  });
});
