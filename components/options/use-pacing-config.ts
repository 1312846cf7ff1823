/** The effective pacing configuration (the bank's policy over the RM's own) for the settings components. */
import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { effectiveConfig, type PacingConfig, type PacingPolicy } from '@/lib/pacing/targets';
import { data } from '@/platform/database';
import { watchManagedPolicy } from '@/platform/managed-policy';
import { cachedPacingPolicy, livePacingPolicy, type PolicyRead } from '@/platform/pacing-policy';

export interface PacingSetup {
  own: PacingConfig;
  config: PacingConfig;
  policy: PacingPolicy;
  policyError: string | null;
}

export function usePacingConfig(): Signal<PacingSetup | undefined> {
  const policy = useSignal<PolicyRead | null>(null);
  const out = useSignal<PacingSetup | undefined>(undefined);
  useEffect(() => {
    let live = false;
    void cachedPacingPolicy().then((p) => {
      if (!live) policy.value = p;
    });
    const load = () =>
      livePacingPolicy((p) => {
        live = true;
        policy.value = p;
      });
    load();
    return watchManagedPolicy(load);
  }, []);
  const own = useLiveQuery(() => data.readPacingConfig(), []);
  const p = policy.value;
  const o = own.value.value;
  out.value = p && o ? { own: o, config: effectiveConfig(o, p.policy), policy: p.policy, policyError: p.error } : undefined;
  return out;
}
