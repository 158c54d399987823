import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

/**
 * How `npm run dev` opens a browser: Debian's Chromium when it is installed (WXT otherwise looks
 * for Google Chrome), starting on the demo article index when the demo server is not running.
 */
export default defineWebExtConfig({
  ...(existsSync('/usr/bin/chromium') ? { binaries: { chrome: '/usr/bin/chromium' } } : {}),
  chromiumArgs: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
    // Chromium's sandbox refuses to start as root (containers, CI boxes).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(process.env.DISPLAY ? [] : ['--headless=new']),
  ],
});
