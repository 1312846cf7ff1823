/** Opening Pacer's own pages and the browser's: the options, the side panel, a popped-out panel, the shortcut settings. */
import { browser } from 'wxt/browser';
import { shortcutSettingsUrl } from '@/lib/commands';

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/** The options page at one of its sections (`#backup`), in a tab of its own. */
export function openOptionsAt(section: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
}

/** Must be called inside the click: `sidePanel.open` needs its user gesture, so nothing is awaited before it. */
export async function openSidePanelInThisWindow(): Promise<void> {
  const win = await browser.windows.getCurrent();
  if (win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
}

/** The panel in a window of its own, pinned to one tab. */
export async function popOutPanel(tabId: number): Promise<void> {
  await browser.windows.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`), type: 'popup', width: 400, height: 820 });
}

/** The browser's page for remapping extension shortcuts. */
export function openShortcutSettings(): void {
  void browser.tabs.create({ url: shortcutSettingsUrl(navigator.userAgent) });
}

/** The keys currently bound to each of Pacer's commands ('' when unbound). */
export async function commandBindings(): Promise<Record<string, string>> {
  const all = await browser.commands.getAll();
  return Object.fromEntries(all.flatMap((c) => (c.name ? [[c.name, c.shortcut ?? '']] : [])));
}
