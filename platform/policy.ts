/**
 * What the bank's IT pushes through Chrome/Edge enterprise policy (`storage.managed`, described by
 * public/managed_schema.json and docs/managed-policy.md). Read-only for the RM. Each feature parses its own
 * top-level key with its own schema in lib/; this module fetches the object, and keeps the pacing part's last
 * reading for the readers that must not wait.
 */
import { browser } from 'wxt/browser';
import { POLICY_CACHE_KEY } from '@/lib/client-id/rule-types';
import { clientIdPolicy, type ManagedRules, parsePolicy } from '@/lib/client-id/rules';
import { parsePacingPolicy } from '@/lib/pacing/policy';
import type { PacingPolicy } from '@/lib/pacing/targets';
import { clientIdPolicyCache, pacingPolicyCache } from './storage';

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

/** This context's read of the live policy while it is under way (shared), and when it started. */
let pending: { read: Promise<Record<string, unknown>>; since: number } | null = null;

/**
 * The live policy. One read at a time per context: a browser that has not loaded its policies yet (or never
 * will) is asked once, not once per caller. When it answers, its client-ID part is kept (clientIdPolicyCache) if it
 * differs from the copy, which tells every reader watching the copy to read again.
 */
export function liveClientIdPolicy(): Promise<Record<string, unknown>> {
  if (pending) return pending.read;
  const read = readManagedPolicy().then(async (policy) => {
    if (pending?.read === read) pending = null;
    const part = clientIdPolicy(policy);
    const known = await clientIdPolicyCache.get().catch(() => null);
    // Written only when it says something new: no policy where none was known is no change (every CRM page would
    // otherwise read again, and report again, when the browser answers seconds after it starts).
    if (JSON.stringify(known ?? {}) !== JSON.stringify(part)) await clientIdPolicyCache.set(part).catch(() => undefined);
    return policy;
  });
  pending = { read, since: Date.now() };
  return read;
}

/**
 * The site rules and CRM origins in the policy (`clientIdRules`, `crmOrigins`), without waiting on the browser: the
 * live policy if it answers within `waitMs` of its read starting (a read that has already waited that long is not
 * waited for again), else the policy as last read, else none (a first start, seconds before the browser has loaded
 * its policies). When the live policy then answers with something else, the copy changes, watchManagedPolicy calls
 * back and the reader reads again: a policy that removes an origin or adds a rule applies then.
 */
export async function readManagedRules(waitMs = 300): Promise<ManagedRules> {
  const live = liveClientIdPolicy();
  const left = Math.max(0, waitMs - (Date.now() - (pending?.since ?? Date.now())));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cached = new Promise<Record<string, unknown>>((resolve) => {
    timer = setTimeout(
      () =>
        void clientIdPolicyCache.get().then(
          (c) => resolve(c ?? {}),
          () => resolve({}),
        ),
      left,
    );
  });
  try {
    return parsePolicy(await Promise.race([live, cached]));
  } finally {
    clearTimeout(timer);
  }
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
