/** Shared start-up of Pacer's pages: the RM's language first (so nothing flashes in the wrong one), then render. */
import { type ComponentChildren, render } from 'preact';
import type { Settings } from '@/lib/settings';
import { settings as stored } from '@/platform/storage';
import { locale, localePreference } from './i18n';
import './theme.css';

/** `settings`: a read the page already started (the popup reads them with its other storage in one call). */
export async function mountPage(root: HTMLElement, app: () => ComponentChildren, settings?: Promise<Settings>): Promise<void> {
  try {
    localePreference.value = (await (settings ?? stored.get())).locale;
  } catch {
    // Unreadable settings: the browser's language still applies.
  }
  stored.watch((s) => (localePreference.value = s.locale));
  const syncLang = () => (document.documentElement.lang = locale.value);
  syncLang();
  locale.subscribe(syncLang);
  render(app(), root);
}
