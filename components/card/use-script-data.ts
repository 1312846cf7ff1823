/**
 * The RM's script edits and usage counts, one live subscription per page rather than per client card: they
 * do not depend on the client, so switching clients finds them already loaded.
 */
import { signal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { pacerDb } from '@/lib/db/database';
import { scriptEdits, scriptUsage } from '@/lib/db/scripts';
import type { ScriptEdit, ScriptUsage } from '@/lib/scripts/types';

export interface ScriptData {
  edits: ScriptEdit[];
  usage: Map<string, ScriptUsage>;
}

const data = signal<ScriptData | undefined>(undefined);
let subscribed = false;

export function useScriptData(): Signal<ScriptData | undefined> {
  if (!subscribed) {
    subscribed = true;
    liveQuery(async () => {
      const db = pacerDb();
      const [edits, usage] = await Promise.all([scriptEdits(db), scriptUsage(db)]);
      return { edits, usage };
    }).subscribe({ next: (v) => (data.value = v), error: () => (subscribed = false) });
  }
  return data;
}
