import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: fast, no browser. The real-browser suite has its own config (vitest.e2e.config.ts). */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'tests/e2e/**', '.output/**'],
    setupFiles: ['fake-indexeddb/auto'],
    restoreMocks: true,
  },
});
