/**
 * Runs on the CRM origins the RM (or the bank's IT) granted; registered at run time by the background.
 * It only reads the client number and tells the background; all UI lives in the extension's own pages.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchClientId } from '@/lib/client-id/watch';
import type { PageClient } from '@/lib/messages';

export default defineContentScript({
  registration: 'runtime',
  // Registered by the background for each granted origin (see platform/content-scripts.ts).
  matches: [],
  main(ctx) {
    watchClientId(document, {
      signal: ctx.signal,
      onChange(result, url) {
        const message: PageClient = {
          type: 'page-client',
          clientId: result?.clientId ?? null,
          via: result?.via ?? null,
          url,
        };
        // The service worker may be stopped; sending wakes it. If the extension was reloaded under this
        // page, the send fails and there is nobody left to tell.
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
  },
});
