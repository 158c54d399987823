// @ts-check
/**
 * Starts Debian's Chromium with the built extension loaded, through playwright-core. Shared by
 * `npm start` and the e2e suite. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** Where the browser is looked for, first match wins; DEALSCOPE_CHROMIUM overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary to use, or an error that says how to get one. */
export function chromiumPath() {
  const fromEnv = process.env.DEALSCOPE_CHROMIUM;
  if (fromEnv) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. On Debian/Ubuntu: sudo apt-get install -y chromium (or set DEALSCOPE_CHROMIUM).',
    );
  }
  return found;
}

/** The built Chrome extension folder. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Launches a persistent profile with the extension and waits for its service worker.
 * @param {string} userDataDir a profile folder; reuse it to "restart the browser"
 * @param {{ headless?: boolean }} [options]
 */
export async function launchWithExtension(userDataDir, options = {}) {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/**
 * The id of the tab showing `page`, so the popup can be opened for it at popup.html?tab=<id>.
 * The extension asks for no `tabs` permission, so tab URLs are hidden from it: the page is
 * brought to the front and the service worker reads the active tab's id.
 * @param {import('playwright-core').Worker} worker
 * @param {import('playwright-core').Page} page
 */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    // @ts-expect-error chrome is the extension API inside the service worker
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return /** @type {number} */ (id);
}
