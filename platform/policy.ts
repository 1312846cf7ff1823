/**
 * What the bank's IT pushes through Chrome/Edge enterprise policy (`storage.managed`, described by
 * public/managed_schema.json and docs/managed-policy.md). Read-only for the RM. Each feature parses its own
 * top-level key with its own schema in lib/; this module reads the client-ID part (`clientIdRules`, `crmOrigins`,
 * `fieldCaptureAllowed`) and keeps its last reading for the readers that must not wait.
 */
import { clientIdPolicy, type ManagedRules, parsePolicy } from '@/lib/client-id/rules';
import { readManagedPolicy } from './managed-policy';
import { clientIdPolicyCache } from './storage';

// The policy object itself, and its pacing part, have modules of their own (./managed-policy.ts, ./pacing-policy.ts):
// the popup and the side panel read those without the client-ID part's parsers (its site rules and their checks).
export { readManagedPolicy, watchManagedPolicy } from './managed-policy';

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
