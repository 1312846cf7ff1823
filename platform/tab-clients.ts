/** The per-tab client state in `storage.session`, shared by the background (writer) and the panels (readers). */
import { browser } from 'wxt/browser';
import { parseTabClient, tabKey, type TabClient } from '@/lib/tab-client';

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
