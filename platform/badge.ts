/** The toolbar icon's badge: today's largest pacing gap, or a short mark after a shortcut the CRM page could not show. */
import { browser } from 'wxt/browser';

const GAP_COLOR = '#b42318';

export async function showBadge(text: string, color = GAP_COLOR): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color });
  await browser.action.setBadgeText({ text });
}

/** A mark for `ms`, then `restore` (which redraws the gap). */
export async function flashBadge(text: string, color: string, ms: number, restore: () => Promise<void>): Promise<void> {
  await showBadge(text, color);
  setTimeout(() => void restore(), ms);
}
