import { resolve } from 'node:path';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { parseOriginPatterns } from './lib/origins';

// A bank's IT (and our tests) bake their CRM origins into the package at build time:
//   CRM_ORIGINS='https://crm.bank.example/*,http://10.1.2.3/*' npm run build
// Without it the RM grants origins one by one from the options page (optional host permissions).
const presetOrigins = parseOriginPatterns(process.env.CRM_ORIGINS ?? '');

const POPUP_MAIN = resolve(import.meta.dirname, 'entrypoints/popup/main.tsx');

/**
 * Everything the popup's first frame loads statically, in one chunk (and its styles in one sheet). Each file an
 * extension page loads costs a request through the browser process, ~4 ms apiece here: split by which pages
 * share each module, the popup's first frame took five scripts and two sheets, about 20 ms more than one of
 * each. The pages that share these modules load the same chunk; the popup's database side (imported
 * dynamically) is not in it. ES builds only (the page scripts are single IIFE files anyway).
 */
function popupFirstFrameChunk(): NonNullable<WxtViteConfig['plugins']>[number] {
  return {
    name: 'pacer:popup-first-frame-chunk',
    outputOptions(options) {
      if (options.format !== 'es') return null;
      let firstFrame: Set<string> | null = null;
      return {
        ...options,
        manualChunks(id, { getModuleInfo }) {
          if (!firstFrame) {
            // From the popup page itself (its script and WXT's own page modules), statically, all the way
            // down, but not into zod: its barrels reach modules only the classic API uses; the bundler's own
            // split keeps to what is used.
            const found = new Set<string>();
            const todo = [...(getModuleInfo(POPUP_MAIN)?.importers ?? []), POPUP_MAIN];
            for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
              if (found.has(next) || /[\\/]node_modules[\\/]zod[\\/]/.test(next)) continue;
              found.add(next);
              todo.push(...(getModuleInfo(next)?.importedIds ?? []));
            }
            // Not the page, its own script, nor the bundlers' page start-up modules (virtual, '\0'-prefixed, such as
            // WXT's page plugin start-up, which runs the plugins on import): the other pages and the background
            // import this chunk, and must run none of them. WXT's plugin list itself only exports a function, and
            // the background loads it too.
            const pageOnly = (m: string) => m.startsWith('\0') && !m.endsWith('virtual:wxt-plugins');
            firstFrame = new Set([...found].filter((m) => m !== POPUP_MAIN && !pageOnly(m) && !getModuleInfo(m)?.isEntry));
          }
          return firstFrame.has(id) ? 'popup-first-frame' : null;
        },
      };
    },
  };
}

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
    // Sentiment shortcuts (lib/commands.ts); the RM remaps them at chrome://extensions/shortcuts.
    commands: {
      'tag-resistant': { suggested_key: { default: 'Alt+Shift+1' }, description: '__MSG_cmdTagResistant__' },
      'tag-neutral': { suggested_key: { default: 'Alt+Shift+2' }, description: '__MSG_cmdTagNeutral__' },
      'tag-positive': { suggested_key: { default: 'Alt+Shift+3' }, description: '__MSG_cmdTagPositive__' },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // No modulepreload polyfill: every Chromium from 116 (the manifest's minimum) supports it natively, and the
    // polyfill's check ran on every page load.
    build: { target: 'chrome116', modulePreload: { polyfill: false } },
    plugins: [popupFirstFrameChunk()],
  }),
});
