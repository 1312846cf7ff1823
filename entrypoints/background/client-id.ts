/**
 * Background wiring for client-ID reading: answers a content script's "which rules apply to my page"
 * with the merged, validated rules for its origin (only our own scripts in tabs are answered), and keeps
 * the managed policy's rules at hand.
 *
 * `storage.managed` answers only once the browser has loaded its policies, seconds after the browser
 * starts; a CRM page opened in those seconds shows "loading" until then rather than a guess that a managed
 * rule might contradict. The policy is read as soon as the worker starts and kept for the worker's life,
 * dropped when the policy changes.
 */
import { browser, type Browser } from 'wxt/browser';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { mergeRules, rulesForOrigin } from '@/lib/client-id/rules';
import { syncContentScripts } from '@/platform/content-scripts';
import { watchManagedPolicy } from '@/platform/policy';
import { readManagedRules, readOwnRules } from '@/platform/site-rules';

let managed: ReturnType<typeof readManagedRules> | null = null;
const managedRules = () => (managed ??= readManagedRules());

export function registerClientIdRules(): void {
  void managedRules();
  watchManagedPolicy(() => {
    managed = null;
    void managedRules();
    // The allowed CRM origins may have changed.
    void syncContentScripts();
  });
}

export async function rulesForSender(sender: Browser.runtime.MessageSender): Promise<SiteRule[]> {
  // The browser-reported URL decides the origin, never the page's claim.
  if (sender.id !== browser.runtime.id || !sender.tab || !sender.url) return [];
  const [policy, own] = await Promise.all([managedRules(), readOwnRules()]);
  return rulesForOrigin(mergeRules(policy.rules, own), sender.url);
}
