/** The per-tab client state in `storage.session`, shared by the background (writer) and the panels (readers). */
import { browser } from 'wxt/browser';
import { parseTabClient, tabKey, type TabClient } from '@/lib/client-id/tab-client';

export async function readTabClient(tabId: number): Promise<TabClient | null> {
  const key = tabKey(tabId);
  const got = await browser.storage.session.get(key);
  return parseTabClient(got[key]);
}

export async function writeTabClient(tabId: number, value: TabClient | null): Promise<void> {
  const key = tabKey(tabId);
  if (value === null) await browser.storage.session.remove(key);
  else await browser.storage.session.set({ [key]: value });
}

/** Calls back with the tab's new state whenever the background changes it. Returns the unsubscribe. */
export function watchTabClient(tabId: number, onChange: (value: TabClient | null) => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    onChange(parseTabClient(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
