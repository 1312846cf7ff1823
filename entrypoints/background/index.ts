/**
 * The composition root of the service worker. It is stopped whenever idle, so it keeps no state in memory:
 * per-tab clients live in storage.session and every listener is registered synchronously at start.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage, type PageClient } from '@/lib/messages';
import { urlMatchesPattern } from '@/lib/origins';
import { tabClientFromReport } from '@/lib/client-id/tab-client';
import { grantedOrigins, injectIntoOpenTabs, syncContentScripts } from '@/platform/content-scripts';
import { readTabClient, serialForTab, writeTabClient } from '@/platform/tab-clients';
import { registerClientIdRules, rulesForSender } from './client-id';
import { registerCommands } from './commands';

export default defineBackground({
  type: 'module',
  main() {
    registerClientIdRules();
    browser.runtime.onInstalled.addListener(async () => {
      const origins = await syncContentScripts();
      await injectIntoOpenTabs(origins);
    });
    browser.runtime.onStartup.addListener(() => void syncContentScripts());
    browser.permissions.onAdded.addListener(async (added) => {
      await syncContentScripts();
      await injectIntoOpenTabs(added.origins ?? []);
    });
    browser.permissions.onRemoved.addListener(() => void syncContentScripts());

    // Not async: returning a promise claims the reply, so only the types handled here return one; anything
    // else returns undefined at once and other listeners (commands.ts) can answer it.
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      const message = parseMessage(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'ping':
          return Promise.resolve({ ok: true });
        case 'get-rules':
          return Promise.resolve(rulesForSender(sender));
        case 'page-client':
          // One tab's updates in arrival order (see serialForTab).
          return sender.tab?.id === undefined
            ? Promise.resolve({ ok: false })
            : serialForTab(sender.tab.id, () => onPageClient(message, sender));
        default:
          return undefined;
      }
    });

    async function onPageClient(message: PageClient, sender: Browser.runtime.MessageSender) {
      const origins = await grantedOrigins();
      const update = tabClientFromReport(
        message,
        { senderId: sender.id, ownId: browser.runtime.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url },
        (url) => origins.some((p) => urlMatchesPattern(url, p)),
        Date.now(),
      );
      if (update) await writeTabClient(update.tabId, update.value);
      return { ok: Boolean(update) };
    }

    // A new document is loading in the tab: forget its client until the page says who is on screen,
    // so the panel never shows the previous client over a new page.
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.status !== 'loading' || !change.url && !tab.url) return;
      void serialForTab(tabId, async () => {
        const url = tab.url ?? change.url ?? '';
        // A single-page app's pushState fires this too; its page may already have said who is on the new URL.
        const known = await readTabClient(tabId);
        if (known && known.status !== 'loading' && known.url === url) return;
        const origins = await grantedOrigins();
        const granted = origins.some((p) => urlMatchesPattern(url, p));
        await writeTabClient(tabId, granted ? { status: 'loading', origin: new URL(url).origin, at: Date.now() } : null);
      });
    });
    browser.tabs.onRemoved.addListener((tabId) => void writeTabClient(tabId, null));
    registerCommands();
  },
});
