/** Site rules in force: the RM's own (storage.local) merged with the managed policy's (locked). */

import { SITE_RULES_KEY, type SiteRule } from '@/lib/client-id/rule-types';
import { mergeRules, parseStoredRules } from '@/lib/client-id/rules';
import { exclusively } from './exclusive';
import { readManagedRules, watchManagedPolicy } from './policy';
import { defineItem } from './storage';

/**
 * The RM's own site rules; the CRM page's script watches this key (lib/client-id/rule-types.ts) to re-read. Here rather
 * than in ./storage.ts with the other items: its parser (the rules' checks) is for the pages that read rules.
 */
export const siteRules = defineItem('local', SITE_RULES_KEY, { parse: parseStoredRules });

export function readOwnRules(): Promise<SiteRule[]> {
  return siteRules.get();
}

/** Stores the RM's own rules (a managed rule is never stored as the RM's). */
export async function writeOwnRules(rules: readonly SiteRule[]): Promise<void> {
  await siteRules.set(rules.filter((r) => !r.managed).map(({ managed: _, ...r }) => r));
}

/**
 * Applies `change` to the RM's own rules as stored at that moment (null: write nothing), alone: two options pages,
 * or the options and the panel's teach mode, saving at once each keep the other's change. Returns what was stored.
 */
export function updateOwnRules(change: (own: SiteRule[]) => SiteRule[] | null): Promise<SiteRule[] | null> {
  return exclusively('pacer-site-rules', async () => {
    const next = change(await readOwnRules());
    if (next) await writeOwnRules(next);
    return next;
  });
}

/** Every rule in force, managed first. */
export async function readRules(): Promise<SiteRule[]> {
  const [managed, own] = await Promise.all([readManagedRules(), readOwnRules()]);
  return mergeRules(managed.rules, own);
}

export function watchRules(onChange: () => void): () => void {
  const stopOwn = siteRules.watch(onChange);
  const stopManaged = watchManagedPolicy(onChange);
  return () => {
    stopOwn();
    stopManaged();
  };
}
