/**
 * What the bank's IT pushes through Chrome/Edge enterprise policy (`storage.managed`, described by
 * public/managed_schema.json and docs/managed-policy.md). Read-only for the RM. Each feature parses its own
 * top-level key with its own schema in lib/; this module fetches the object, and keeps the pacing part's last
 * reading for the readers that must not wait.
 */
import { browser } from 'wxt/browser';
import { type ManagedRules, parsePolicy } from '@/lib/client-id/rules';
import { parsePacingPolicy } from '@/lib/pacing/policy';
import type { PacingPolicy } from '@/lib/pacing/targets';
import { pacingPolicyCache } from './storage';

/**
 * The policy object. `storage.managed.get()` answers only once the browser has loaded its policies, which can be
 * seconds after start: this waits for the real answer, since a policy that restricts origins or adds rules must
 * never be skipped because it was slow. Readers that must not wait use the pacing policy's cached copy.
 */
export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    // Throws, or returns {}, where no policy is installed (and always on Firefox without a policy file).
    return ((await browser.storage.managed.get()) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}

export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The site rules and CRM origins in the policy (`clientIdRules`, `crmOrigins`). */
export async function readManagedRules(): Promise<ManagedRules> {
  return parsePolicy(await readManagedPolicy());
}

export interface PolicyRead {
  policy: PacingPolicy;
  error: string | null;
}

export async function cachedPacingPolicy(): Promise<PolicyRead> {
  return { policy: await pacingPolicyCache.get().catch(() => ({})), error: null };
}

/** Reads the managed policy itself; when it answers, the cache is updated and `onRead` called. */
export function livePacingPolicy(onRead: (r: PolicyRead) => void): void {
  void readManagedPolicy().then(async (raw) => {
    const r = parsePacingPolicy(raw);
    await pacingPolicyCache.set(r.policy).catch(() => undefined);
    onRead(r);
  });
}

/** The pacing policy now: the live one if it answers within `waitMs`, else the cached one. */
export async function readPacingPolicy(waitMs = 300): Promise<PolicyRead> {
  const live = new Promise<PolicyRead>((resolve) => livePacingPolicy(resolve));
  const fallback = new Promise<PolicyRead>((resolve) => setTimeout(() => void cachedPacingPolicy().then(resolve), waitMs));
  return Promise.race([live, fallback]);
}
