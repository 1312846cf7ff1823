/** The pacing part of the bank's policy (`pacing`), and its last reading for the readers that must not wait. */
import { parsePacingPolicy } from '@/lib/pacing/policy';
import type { PacingPolicy } from '@/lib/pacing/targets';
import { readManagedPolicy } from './managed-policy';
import { pacingPolicyCache } from './storage';

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
