/**
 * Background wiring for client-ID reading: answers a content script's "which rules apply to my page"
 * with the merged, validated rules for its origin. Only our own scripts in tabs are answered.
 */
import { browser, type Browser } from 'wxt/browser';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { rulesForOrigin } from '@/lib/client-id/rules';
import { readRules } from '@/platform/site-rules';

export async function rulesForSender(sender: Browser.runtime.MessageSender): Promise<SiteRule[]> {
  // The browser-reported URL decides the origin, never the page's claim.
  if (sender.id !== browser.runtime.id || !sender.tab || !sender.url) return [];
  return rulesForOrigin(await readRules(), sender.url);
}
