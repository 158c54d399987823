import { defineConfig } from 'vitest/config';

/**
 * The real-browser suite: loads the built extension (.output/chrome-mv3) into Debian's Chromium
 * with playwright-core. One file at a time: each starts its own browser and the machine has two
 * cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
