import { defineConfig } from 'wxt';
import { parseOriginPatterns } from './lib/origins';

// A bank's IT (and our tests) bake their CRM origins into the package at build time:
//   CRM_ORIGINS='https://crm.bank.example/*,http://10.1.2.3/*' npm run build
// Without it the RM grants origins one by one from the options page (optional host permissions).
const presetOrigins = parseOriginPatterns(process.env.CRM_ORIGINS ?? '');

export default defineConfig({
  // Routes `wxt/browser` to Mozilla's webextension-polyfill, so every context gets the same promise API.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    minimum_chrome_version: '116',
    permissions: ['storage', 'sidePanel', 'scripting'],
    host_permissions: presetOrigins,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Enterprise policy (storage.managed): see docs/managed-policy.md.
    storage: { managed_schema: 'managed_schema.json' },
    // Sentiment shortcuts and the side panel's (lib/commands.ts); the RM remaps them at chrome://extensions/shortcuts.
    commands: {
      'tag-resistant': { suggested_key: { default: 'Alt+Shift+1' }, description: '__MSG_cmdTagResistant__' },
      'tag-neutral': { suggested_key: { default: 'Alt+Shift+2' }, description: '__MSG_cmdTagNeutral__' },
      'tag-positive': { suggested_key: { default: 'Alt+Shift+3' }, description: '__MSG_cmdTagPositive__' },
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdOpenPanel__' },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      target: 'chrome116',
      // No modulepreload polyfill: every Chromium from 116 (the manifest's minimum) supports it natively, and the
      // polyfill's check ran on every page load.
      modulePreload: { polyfill: false },
      // Few files per page: each file an extension page loads costs a request through the browser process (~4 ms
      // apiece here), which the popup's opening budget feels: chunks too small to be worth a request are merged into
      // others. Style sheets follow their code: the shared one (theme.css, with the popup's few rules) on every
      // page, the card's, the book's and the options' (together 20 KB, once every page loaded them) only where they
      // show. Public Rollup options only; what the popup loads is pinned by tests/e2e/build-output.e2e.ts.
      cssCodeSplit: true,
      rollupOptions: { output: { experimentalMinChunkSize: 20_000 } },
    },
  }),
});
