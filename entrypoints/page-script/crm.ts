/**
 * Runs on the CRM origins the RM (or the bank's IT) granted; registered at run time by the background.
 * It only reads the client number and tells the background; all UI lives in the extension's own pages
 * (teach mode is a separate script injected on demand). It asks for the site rules of its page first, so
 * it never reports a zero-config guess on a screen a rule describes.
 *
 * Size matters: the page pays for every byte loaded here. So it is not a WXT entrypoint at all (WXT wraps those in
 * a logger and error reporting, and its content scripts pull in webextension-polyfill): wxt.config.ts bundles this
 * file with esbuild and minifies it with terser into `crm.js`, which platform/content-scripts.ts registers. It calls
 * `chrome.*` directly, with the messages typed by lib/messages.ts.
 */
import type { SiteRule } from '@/lib/client-id/rule-types';
import { POLICY_CACHE_KEY, PRESETS_OFF_KEY, SITE_RULES_KEY, URL_MATCH_MAX } from '@/lib/client-id/rule-types';
import { watchClientId } from '@/lib/client-id/watch';
import type { Message, Replies } from '@/lib/messages';

/** Injected twice (registered, then into tabs already open): the newer copy stops the older one. */
declare global {
  // a global in the extension's isolated world, shared by its copies
  var pacerCrmReader: AbortController | undefined;
}

void (async () => {
  globalThis.pacerCrmReader?.abort();
  const ctx = new AbortController();
  globalThis.pacerCrmReader = ctx;
  let rules: readonly SiteRule[] = [];
  let labels: ReadonlySet<string> = new Set();
  // The background validated and merged these (storage + managed policy); only rules for this origin. It also sends
  // the zero-config labels, which this script would otherwise carry on every page.
  const fetchRules = async () => {
    try {
      const ask: Message<'get-rules'> = { type: 'get-rules', url: location.href.slice(0, URL_MATCH_MAX) };
      const got = (await chrome.runtime.sendMessage(ask)) as Partial<Replies['get-rules']> | undefined;
      rules = Array.isArray(got?.rules) ? got.rules : [];
      labels = new Set(Array.isArray(got?.labels) ? got.labels : []);
    } catch {
      rules = [];
    }
  };
  await fetchRules();
  const watcher = watchClientId(document, {
    signal: ctx.signal,
    rules: () => rules,
    labels: () => labels,
    onChange(result, url, loading, refused) {
      const message: Message<'page-client'> = {
        type: 'page-client',
        clientId: result?.clientId ?? null,
        via: result?.via.slice(0, 200) ?? null,
        rule: result?.rule?.slice(0, 100) ?? null,
        strategy: result?.strategy ?? null,
        loading,
        refused,
        // What the rules see of it (the background keeps the browser's own report of the address).
        url: url.slice(0, URL_MATCH_MAX),
      };
      // The service worker may be stopped; sending wakes it. If the extension was reloaded under this
      // page, the send fails: stop reading, nobody is listening any more.
      chrome.runtime.sendMessage(message).catch(() => {
        if (!chrome.runtime?.id) ctx.abort();
      });
    },
  });
  // The RM's rules or presets changed, or the bank's (the live policy answering after the page asked counts too).
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (
      area === 'managed' ||
      (area === 'local' && (SITE_RULES_KEY in changes || POLICY_CACHE_KEY in changes || PRESETS_OFF_KEY in changes))
    )
      void fetchRules().then(() => watcher.refresh());
  };
  chrome.storage.onChanged.addListener(onStorage);
  ctx.signal.addEventListener('abort', () => chrome.storage.onChanged.removeListener(onStorage));
})();
