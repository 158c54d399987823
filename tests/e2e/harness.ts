import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, tabIdOf } from '../../scripts/lib/chromium.mjs';
import { serveDirectory } from '../../scripts/lib/serve.mjs';

/** The demo articles, which double as fixtures. */
export const DEMO_DIR = resolve(import.meta.dirname, '../../demo/articles');
/** Pages written for edge cases: split markup, hidden text, live blog, in-site navigation. */
export const FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');

/** A running browser with the extension, on a profile that can be restarted. */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
}

/** A fresh profile folder; pass it to {@link launch} again to simulate a browser restart. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'dealscope-e2e-'));
}

/** Starts Chromium with the built extension on `profile`. */
export async function launch(profile: string): Promise<Session> {
  const { context, worker, extensionId } = await launchWithExtension(profile, { headless: true });
  return { context, worker, extensionId, profile };
}

/** Removes a profile folder. */
export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

/** Starts a server for the demo articles (or another fixture folder). */
export function serveFixtures(dir = DEMO_DIR) {
  return serveDirectory(dir);
}

/** A running page server (see {@link serveFixtures}). */
export type Server = Awaited<ReturnType<typeof serveFixtures>>;

/** What a test file shares: a browser on a fresh profile, and servers for the demo and fixtures. */
export interface Suite {
  session: Session;
  demo: Server;
  fixtures: Server;
}

/**
 * Starts a {@link Suite} before the file's tests and stops it after them, removing the profile.
 * A test may replace `session` (a restart on the same profile); the last one is closed.
 */
export function browserSuite(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.demo = await serveFixtures();
    suite.fixtures = await serveFixtures(FIXTURES_DIR);
    suite.session = await launch(newProfile());
  });
  afterAll(async () => {
    await suite.session?.context.close();
    if (suite.session) removeProfile(suite.session.profile);
    await suite.demo?.close();
    await suite.fixtures?.close();
  });
  return suite;
}

/** Opens `url` in a new tab and waits until the extension has painted its highlights. */
export async function openArticle(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await waitForHighlights(page);
  return page;
}

/**
 * Waits for the `dealscope-company` highlight to hold at least one range and to stop changing
 * (scans run in chunks and incremental rescans happen when the browser is idle).
 */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('dealscope-company')?.size ?? 0) > 0, null, {
    timeout: 10_000,
  });
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const size = await page.evaluate(() => CSS.highlights.get('dealscope-company')?.size ?? 0);
    if (size === last) return;
    last = size;
    await page.waitForTimeout(150);
  }
}

/** The text of every highlighted range, in document order, read from `CSS.highlights`. */
export function highlightedTexts(page: Page, name = 'dealscope-company'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    const ranges = [...(highlight as unknown as Set<Range>)];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, name);
}

/** Opens the popup for the tab showing `article`, as a page at popup.html?tab=<id>. */
export async function openPopupFor(session: Session, article: Page): Promise<Page> {
  const tabId = await tabIdOf(session.worker, article);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Rows of the popup's "On this page" list as [company, mentions]. */
export async function companiesInPopup(popup: Page): Promise<[string, number][]> {
  const region = popup.getByRole('region', { name: 'On this page' });
  await region.getByRole('listitem').first().waitFor();
  const rows = await region
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => [
        li.querySelector('.company-name')?.textContent ?? '',
        Number(li.querySelector('[data-count]')?.getAttribute('data-count')),
      ]),
    );
  return rows as [string, number][];
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * Reads the extension's in-page UI, which lives in closed shadow roots the page (and Playwright's
 * selectors) cannot see, through the DevTools protocol: its text, whether its panel is shown, and
 * its buttons by label.
 */
export async function readShadowUi(
  cdp: CDPSession,
  hostName: string,
): Promise<{ visible: boolean; text: string; buttons: Map<string, number> }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (n: CdpNode): CdpNode | undefined => {
    if (n.nodeName === hostName) return n;
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(c);
      if (hit) return hit;
    }
    return undefined;
  };
  const shadow = find(root)?.shadowRoots?.[0];
  const panel = shadow?.children?.find((c) => c.nodeName === 'DIV');
  const texts: string[] = [];
  const buttons = new Map<string, number>();
  const walk = (n: CdpNode) => {
    if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
    const hidden = (n.attributes ?? []).includes('hidden');
    if (n.nodeName === 'BUTTON' && !hidden)
      buttons.set(n.children?.map((c) => c.nodeValue ?? '').join('') ?? '', n.nodeId);
    for (const c of n.children ?? []) walk(c);
  };
  if (shadow) walk(shadow);
  return {
    visible: panel ? !(panel.attributes ?? []).includes('hidden') : false,
    text: texts.join(' | '),
    buttons,
  };
}

/** Clicks a button of the extension's in-page UI by its label, with the real mouse. */
export async function clickInShadow(
  page: Page,
  cdp: CDPSession,
  hostName: string,
  label: string,
): Promise<void> {
  const nodeId = (await readShadowUi(cdp, hostName)).buttons.get(label);
  if (nodeId === undefined) throw new Error(`no button "${label}" in ${hostName}`);
  // The card places itself again when what the reader saved has loaded (it grows): click where
  // the button stays, once two readings 150 ms apart agree.
  const box = async () => {
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
    return model.content as [number, number, number, number, number, number];
  };
  let content = await box();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const next = await box();
    if (next.join() === content.join()) break;
    content = next;
  }
  const [x1, y1, , , x3, y3] = content;
  await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 4 });
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
