import { resolve } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { defineConfig } from 'wxt';
import { parseOriginPatterns } from './lib/origins';

// A bank's IT (and our tests) bake their CRM origins into the package at build time:
//   CRM_ORIGINS='https://crm.bank.example/*,http://10.1.2.3/*' npm run build
// Without it the RM grants origins one by one from the options page (optional host permissions).
const presetOrigins = parseOriginPatterns(process.env.CRM_ORIGINS ?? '');

/**
 * The page script (entrypoints/page-script/crm.ts), which runs on every CRM screen: bundled by esbuild and minified by
 * terser, whose extra passes take about 6 % off its gzipped size, under its 6 KB budget. Not a WXT entrypoint: WXT
 * would wrap it in a logger and error reporting the page would load for nothing (~190 bytes gzipped).
 */
async function pageScript(production: boolean): Promise<string> {
  const bundled = await build({
    entryPoints: [resolve(import.meta.dirname, 'entrypoints/page-script/crm.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome116',
    alias: { '@': import.meta.dirname },
    legalComments: 'none',
  });
  const code = bundled.outputFiles[0]?.text ?? '';
  if (!production) return code;
  const min = await minify(code, { ecma: 2020, compress: { passes: 3 }, mangle: { toplevel: true } });
  return min.code ?? code;
}

export default defineConfig({
  hooks: {
    // Typed as a file of the extension (browser.scripting takes only known paths).
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('crm.js');
    },
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: 'crm.js', contents: await pageScript(wxt.config.mode === 'production') });
    },
  },
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
