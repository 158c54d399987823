import { defineConfig } from 'wxt';

/**
 * Build configuration. Chrome MV3 first; Firefox builds MV2 by default (`npm run build:firefox`).
 * Permissions are kept to what the code uses: `storage` keeps the on/off switches, IndexedDB
 * needs none, and the content script's match pattern is the only host access (it reads pages,
 * never fetches anything).
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // No hidden auto-imports: every module says what it uses.
  imports: false,
  manifest: ({ browser }) => ({
    options_ui: { page: 'options.html', open_in_tab: true },
    // The content script reads the gazetteer from the extension's files (see
    // utils/detect/fetch-gazetteer.ts). In Chrome the URL changes every session, so pages cannot
    // use the file to tell that Dealscope is installed.
    web_accessible_resources:
      browser === 'firefox'
        ? ['gazetteer.json']
        : [{ resources: ['gazetteer.json'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    name: 'Dealscope',
    description:
      'Highlights companies in the news you read, keeps your notes with the article and remembers deals. Everything stays on your device.',
    // storage: the on/off switches; contextMenus: "Add Dealscope note" on a selection;
    // unlimitedStorage: notes are never evicted under disk pressure.
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
    action: { default_title: 'Dealscope' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn company highlights on or off everywhere',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Write a note on the selected passage',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dealscope@dealscope.local',
              // 140 is the first release with data_collection_permissions and the Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    build: {
      // Dexie contains "\uffff"; rolldown would emit it as a raw character and Chromium then
      // refuses the content script as "not UTF-8 encoded". ASCII output avoids it.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});
