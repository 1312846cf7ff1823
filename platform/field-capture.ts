/**
 * Field capture (lib/capture/): the read, injected into the CRM tab only when a card asks and capture is on for that
 * address (./field-capture-switch.ts). The capture script (entrypoints/capture.ts) is a file of its own: the page
 * script that runs on every CRM screen never carries it.
 */
import { browser } from 'wxt/browser';
import { type CaptureResult, parseCapture } from '@/lib/capture/offers';
import type { ClientRef } from '@/lib/client/key';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { rulesForOrigin } from '@/lib/client-id/rules';
import * as captureDb from '@/lib/db/capture';
import type { ProfilePatch } from '@/lib/import/rows';
import { bound } from './database';
import { captureEnabledFor } from './field-capture-switch';
import { readRules } from './site-rules';
import { tabClient } from './storage';

declare global {
  // set in the extension's isolated world just before the capture script runs
  var pacerCapture: { rules: SiteRule[] } | undefined;
}

/**
 * Reads the client's fields on the tab's CRM screen, in the very document the client was read in when its id is
 * known (a tab that navigated meanwhile is not read), with the site rules for its address. Null when the page could
 * not be read, or returned something the capture script does not (the page may tamper with it).
 */
export async function captureInTab(tabId: number, url: string, documentId?: string): Promise<CaptureResult | 'off' | null> {
  if (!(await captureEnabledFor(url))) return 'off';
  const rules = rulesForOrigin(await readRules().catch(() => []), url);
  const target = { tabId, ...(documentId ? { documentIds: [documentId] } : { frameIds: [0] }) };
  try {
    await browser.scripting.executeScript({
      target,
      func: (r: SiteRule[]) => {
        globalThis.pacerCapture = { rules: r };
      },
      args: [rules],
    });
    const [first] = await browser.scripting.executeScript({ target, files: ['/capture.js'] });
    return parseCapture(first?.result);
  } catch {
    return null;
  }
}

/** The tab's screen as last reported, when it still shows this client. */
async function shownIn(tabId: number, client: ClientRef) {
  const now = await tabClient(tabId)
    .get()
    .catch(() => null);
  return now?.status === 'found' && now.origin === client.origin && now.clientId === client.clientId ? now : null;
}

/** Whether the tab's CRM screen still shows this client (checked again before a fill is written). */
export async function stillOnScreen(tabId: number, client: ClientRef): Promise<boolean> {
  return (await shownIn(tabId, client)) !== null;
}

/**
 * The card's read: the client's fields on the tab's screen, only while it shows this client (before the read and
 * after it: a screen that moved to another client meanwhile gives nothing), and only where capture is on ('off':
 * switched off for the address, or forbidden by the bank; nothing was read).
 */
export async function captureForClient(tabId: number, client: ClientRef): Promise<CaptureResult | 'off' | null> {
  const before = await shownIn(tabId, client);
  if (!before) return null;
  const result = await captureInTab(tabId, before.url, before.documentId);
  if (result === 'off') return 'off';
  return result && (await stillOnScreen(tabId, client)) ? result : null;
}

const captureData = bound(captureDb);

/**
 * Fills the client's empty template fields with values read on the tab's screen, when it still shows this client
 * (a screen that moved on fills nothing); a field the RM filled is never overwritten (lib/db `fillEmptyProfile`).
 */
export async function fillFromPage(tabId: number | undefined, client: ClientRef, patch: ProfilePatch): Promise<(keyof ProfilePatch)[]> {
  if (tabId === undefined || !(await stillOnScreen(tabId, client))) return [];
  return captureData.fillEmptyProfile(client, patch, Date.now());
}
