/** Apart from ./tabs.ts, which the side panel loads: this one needs the granted origins, and so the bank's policy. */
import { browser } from 'wxt/browser';
import { urlMatchesPattern } from '@/lib/origins';
import { grantedOrigins } from './permissions';

/** The CRM tab the RM most recently looked at, for "test this rule on the open tab". */
export async function lastCrmTab(): Promise<{ id: number; title: string; url: string } | null> {
  const origins = await grantedOrigins();
  const tabs = (await browser.tabs.query({})).filter(
    (tab) => tab.id !== undefined && tab.url && origins.some((p) => urlMatchesPattern(tab.url!, p)),
  );
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const tab = tabs[0];
  return tab?.id === undefined ? null : { id: tab.id, title: tab.title ?? tab.url ?? '', url: tab.url ?? '' };
}
