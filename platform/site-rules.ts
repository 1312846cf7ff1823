/** Site rules in `storage.local` (the RM's own) merged with the managed policy's (locked). */
import { browser } from 'wxt/browser';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { mergeRules, parsePolicy, parseStoredRules, SITE_RULES_KEY } from '@/lib/client-id/rules';
import { readManagedPolicy } from './policy';

export async function readOwnRules(): Promise<SiteRule[]> {
  const got = await browser.storage.local.get(SITE_RULES_KEY);
  return parseStoredRules(got[SITE_RULES_KEY]);
}

export async function writeOwnRules(rules: readonly SiteRule[]): Promise<void> {
  await browser.storage.local.set({ [SITE_RULES_KEY]: rules.filter((r) => !r.managed).map(({ managed: _, ...r }) => r) });
}

export async function readManagedRules(): Promise<{ rules: SiteRule[]; origins: string[] | null }> {
  return parsePolicy(await readManagedPolicy());
}

/** Every rule in force, managed first. */
export async function readRules(): Promise<SiteRule[]> {
  const [managed, own] = await Promise.all([readManagedRules(), readOwnRules()]);
  return mergeRules(managed.rules, own);
}

export function watchRules(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SITE_RULES_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
