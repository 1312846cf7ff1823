/**
 * The RM's script edits and usage counts, one live subscription per page rather than per client card: they
 * do not depend on the client, so switching clients finds them already loaded.
 */
import { type Signal, signal } from '@preact/signals';
import type { ScriptEdit, ScriptUsage } from '@/lib/scripts/types';
import { data, live } from '@/platform/database';

export interface ScriptData {
  edits: ScriptEdit[];
  usage: Map<string, ScriptUsage>;
}

const loaded = signal<ScriptData | undefined>(undefined);
let subscribed = false;

export function useScriptData(): Signal<ScriptData | undefined> {
  if (!subscribed) {
    subscribed = true;
    live(async () => {
      const [edits, usage] = await Promise.all([data.scriptEdits(), data.scriptUsage()]);
      return { edits, usage };
    }).subscribe({ next: (v) => (loaded.value = v), error: () => (subscribed = false) });
  }
  return loaded;
}
