/** Opening Pacer's own pages and the browser's: the options, the side panel, a popped-out panel, the shortcut settings. */
import { browser } from 'wxt/browser';
import { shortcutSettingsUrl } from '@/lib/commands';
import type { HelpPage } from '@/lib/help-pages';
import type { OptionsSection } from '@/lib/options-sections';

/** The options page, at one of its sections when given (a new tab: finding an open one would need `tabs`). */
export function openOptions(section?: OptionsSection): void {
  if (section) void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` });
  else void browser.runtime.openOptionsPage();
}

/** One of Pacer's bundled help pages, in the RM's language. */
export function openHelp(page: HelpPage): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/help.html')}#${page}` });
}

/** Must be called inside the click: `sidePanel.open` needs its user gesture, so nothing is awaited before it. */
export async function openSidePanelInThisWindow(): Promise<void> {
  const win = await browser.windows.getCurrent();
  if (win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
}

/** From the browser's shortcut: opened at once, inside the command's user gesture (nothing awaited before it). */
export function openSidePanelForTab(tab: { id?: number; windowId?: number } | undefined): void {
  if (tab?.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
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
