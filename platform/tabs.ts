/**
 * The browser's tabs as Pacer's pages see them: which tab a panel follows, its title, a tab opened (the CRM tab last
 * looked at, which needs the policy: ./last-crm-tab.ts).
 */
import { browser } from 'wxt/browser';

/** The active tab of this page's window now, then on every switch; returns the unsubscribe. */
export function followActiveTab(onTab: (tabId: number | null) => void): () => void {
  let windowId: number | undefined;
  void browser.windows.getCurrent().then(async (w) => {
    windowId = w.id;
    const [active] = await browser.tabs.query({ active: true, windowId });
    onTab(active?.id ?? null);
  });
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}

/** Calls back once the tab is closed; returns the unsubscribe. */
export function watchTabClosed(tabId: number, onClosed: () => void): () => void {
  const onRemoved = (id: number) => {
    if (id === tabId) onClosed();
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => browser.tabs.onRemoved.removeListener(onRemoved);
}

/** A tab's title: readable only for CRM tabs (host permission), null otherwise. */
export async function tabTitle(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).title || null;
  } catch {
    return null;
  }
}

/** Opens `url` in a new tab of the current window, in front. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}
