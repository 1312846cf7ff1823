/**
 * What is on each tab's CRM screen: the CRM page's script reports it, the background checks the report against the
 * browser's own facts and keeps the result in storage.session (`tab:<id>`), where the panels read it. Session
 * storage outlives the MV3 service worker, which Chrome stops when idle; nothing is kept in worker memory but the
 * managed rules, re-read when the policy changes.
 *
 * `storage.managed` answers only once the browser has loaded its policies, seconds after it starts, or never; a CRM
 * page opened in those seconds is read with the policy as last read (readManagedRules), and read again when the live
 * policy answers with something else (the page script watches the copy).
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { NORMALIZED_CLIENT_LABELS } from '@/lib/client-id/labels';
import { PRESETS, presetRulesFor } from '@/lib/client-id/presets';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { mergeRules, rulesForOrigin } from '@/lib/client-id/rules';
import { pageAddress, tabClientFromReport } from '@/lib/client-id/tab-client';
import type { Message, Replies } from '@/lib/messages';
import { urlMatchesPattern } from '@/lib/origins';
import { grantedOrigins } from '@/platform/permissions';
import { readManagedRules } from '@/platform/policy';
import { readOwnRules } from '@/platform/site-rules';
import { presetsOff, tabClient } from '@/platform/storage';
import { noteClientSource } from './crm-address';

let managed: ReturnType<typeof readManagedRules> | null = null;
const managedRules = () => (managed ??= readManagedRules());

/** Read as soon as the worker starts, so the first CRM page waits as little as the browser allows. */
export function preloadManagedRules(): void {
  void managedRules();
}

/** The policy changed: its rules (and allowed origins) are read again. */
export function forgetManagedRules(): void {
  managed = null;
  void managedRules();
}

/** The merged, validated rules for the page at `url`, in the order the page tries them. */
async function rulesForUrl(url: string): Promise<SiteRule[]> {
  const [policy, own, off] = await Promise.all([managedRules(), readOwnRules(), presetsOff.get().catch(() => [])]);
  // The bank's and the RM's own rules first, then the built-in presets (unless switched off for this origin).
  return rulesForOrigin([...mergeRules(policy.rules, own), ...presetRulesFor(url, off, policy.presetsOff)], url);
}

/** Answers the CRM page's "which rules apply to my page" with the merged, validated rules for its origin. */
export async function rulesForSender(sender: Browser.runtime.MessageSender): Promise<Replies['get-rules']> {
  const labels = [...NORMALIZED_CLIENT_LABELS];
  // The browser-reported URL decides the origin, never the page's claim.
  if (!sender.url) return { rules: [], labels };
  // The page has no use for the address templates ("open in the CRM" is the background's): they stay here.
  return { rules: (await rulesForUrl(sender.url)).map(({ open: _, ...rule }) => rule), labels };
}

const queues = new Map<number, Promise<unknown>>();

/**
 * Runs one tab's state updates one after another, in the order their events arrived: a single-page app's
 * pushState fires `tabs.onUpdated` ("loading") and, moments later, the page's own report; without a queue
 * the slower handler could overwrite the newer state.
 */
export function serialForTab<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}

/** The CRM page's report, trusted only as far as the browser's sender facts allow (see tabClientFromReport). */
export function onPageClient(message: Message<'page-client'>, sender: Browser.runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ ok: false });
  return serialForTab(tabId, async () => {
    const [origins, policy, own] = await Promise.all([grantedOrigins(), managedRules(), readOwnRules()]);
    // A preset's name, unless a rule of the bank's or the RM's has that name too (theirs run first).
    const isPreset = (name: string) =>
      PRESETS.some((p) => p.system === name) && !policy.rules.some((r) => r.name === name) && !own.some((r) => r.name === name);
    const update = tabClientFromReport(
      message,
      { senderId: sender.id, ownId: browser.runtime.id, tabId, frameId: sender.frameId, url: sender.url, documentId: sender.documentId },
      (url) => origins.some((p) => urlMatchesPattern(url, p)),
      Date.now(),
      isPreset,
    );
    if (update) await tabClient(update.tabId).set(update.value);
    // After the panel has its client: which rule read it, for "open in the CRM" (the card follows the change).
    if (update?.value.status === 'found' && update.value.rule) {
      const { origin, clientId, rule, strategy } = update.value;
      await noteClientSource({ origin, clientId }, { rule, strategy, url: sender.url! }, await rulesForUrl(sender.url!));
    }
    return { ok: Boolean(update) };
  });
}

/**
 * A new document is loading in the tab: forget its client until the page says who is on screen, so the panel never
 * shows the previous client over a new page.
 */
export function onTabLoading(tabId: number, url: string, granted: boolean): Promise<void> {
  return serialForTab(tabId, async () => {
    const item = tabClient(tabId);
    // A single-page app's pushState fires this too; its page may already have said who is on the new URL.
    const known = await item.get();
    if (known && known.status !== 'loading' && 'url' in known && known.url === pageAddress(url)) return;
    if (granted) await item.set({ status: 'loading', origin: new URL(url).origin, at: Date.now() });
    else await item.remove();
  });
}

export function onTabRemoved(tabId: number): Promise<void> {
  return tabClient(tabId).remove();
}
