/**
 * Keeps the CRM content script registered on exactly the http(s) origins Pacer holds permission for:
 * those preset at build time (CRM_ORIGINS → host_permissions) and those the RM granted in the options.
 */
import { browser } from 'wxt/browser';
import { grantedOrigins } from './permissions';

export const CONTENT_SCRIPT_ID = 'pacer-crm';
const SCRIPT_FILE = '/crm.js';

export async function syncContentScripts(): Promise<string[]> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (origins.length) {
    await browser.scripting.registerContentScripts([
      {
        id: CONTENT_SCRIPT_ID,
        js: [SCRIPT_FILE],
        matches: origins,
        runAt: 'document_idle',
        // One script per tab: it reaches into same-origin frames itself, so it can tell which frame
        // holds the client and never reports two clients for one tab.
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return origins;
}

/** Tabs already open on a newly granted origin get the script now rather than on their next reload. */
export async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  if (!origins.length) return;
  const tabs = await browser.tabs.query({ url: [...origins] });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}
