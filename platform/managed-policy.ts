/**
 * The bank's enterprise policy object as the browser holds it (`storage.managed`), unparsed: each part is parsed where
 * it is used (./policy.ts the client-ID part, ./pacing-policy.ts the pacing part).
 */
import { browser } from 'wxt/browser';
import { POLICY_CACHE_KEY } from '@/lib/client-id/rule-types';

/**
 * The policy object. `storage.managed.get()` answers only once the browser has loaded its policies, which can be
 * seconds after start (about 2.6 s on a fresh headless profile here), or never: this waits for the real answer.
 * Readers that must not wait use a copy of what it last said (readManagedRules, the pacing policy's cache).
 */
export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    // Throws, or returns {}, where no policy is installed (and always on Firefox without a policy file).
    return ((await browser.storage.managed.get()) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}

/** Calls back when the policy changes, or when its client-ID part as last read does (the live policy answered). */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const copy = area === 'local' ? changes[POLICY_CACHE_KEY] : undefined;
    // A first read that finds no policy (nothing known → nothing) is no change.
    if (area === 'managed' || (copy && JSON.stringify(copy.oldValue ?? {}) !== JSON.stringify(copy.newValue ?? {}))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
