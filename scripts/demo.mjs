// @ts-check
/**
 * `npm start`: builds the extension, serves the demo articles on 127.0.0.1 and opens Chromium
 * with Dealscope loaded on the patent-deal article. With a display the browser window stays
 * open until you close it; without one (or with --headless) it runs headless and writes
 * screenshots of the highlighted article and of the popup into demo-output/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, tabIdOf } from './lib/chromium.mjs';
import { serveDirectory } from './lib/serve.mjs';

const root = resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const skipBuild = process.argv.includes('--no-build');
const outDir = resolve(root, process.env.DEALSCOPE_DEMO_OUT ?? 'demo-output');
const ARTICLE = 'xiaomi-microsoft-patents.html';

if (!skipBuild) execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const server = await serveDirectory(join(root, 'demo/articles'));
const profile = mkdtempSync(join(tmpdir(), 'dealscope-demo-'));
const { context, worker, extensionId } = await launchWithExtension(profile, { headless });
const articleUrl = `${server.url}${ARTICLE}`;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);
await page.waitForFunction(() => (CSS.highlights.get('dealscope-company')?.size ?? 0) > 0, null, {
  timeout: 10_000,
});
const tabId = await tabIdOf(worker, page);
const popupUrl = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;

console.log(`\nDealscope is running.\n  Demo article: ${articleUrl}\n  Popup for that tab: ${popupUrl}`);

if (headless) {
  mkdirSync(outDir, { recursive: true });
  const articleShot = join(outDir, 'article.png');
  await page.screenshot({ path: articleShot });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(popupUrl);
  await popup.getByRole('region', { name: 'On this page' }).getByRole('listitem').first().waitFor();
  await popup.getByRole('region', { name: 'Deals' }).getByRole('listitem').first().waitFor();
  const popupShot = join(outDir, 'popup.png');
  await popup.screenshot({ path: popupShot, fullPage: true });
  console.log(
    `\nChromium ran headless (no display, or --headless). Screenshots:\n  ${articleShot}\n  ${popupShot}`,
  );
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
} else {
  const popup = await context.newPage();
  await popup.goto(popupUrl);
  await page.bringToFront();
  console.log('\nClose the browser window to stop.');
  context.on('close', async () => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  });
}
