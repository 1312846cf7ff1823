/**
 * The scripts for this client, ranked, filled and guarded, and what the RM can do with them: one computation the
 * card's top script and the full list share.
 */
import { locale } from '@/components/shared/i18n';
import { useSettings } from '@/components/shared/use-settings';
import { runWrite, type WriteError } from '@/components/shared/write';
import { checkText, type GuardResult } from '@/lib/compliance';
import { BUILTIN_SCRIPTS } from '@/lib/scripts';
import { canFill, fillScript, placeholdersIn, type ScriptValues } from '@/lib/scripts/fill';
import { effectiveLibrary } from '@/lib/scripts/library';
import { learningCell, type Ranked, rankScripts } from '@/lib/scripts/rank';
import type { FitContext, Script } from '@/lib/scripts/types';
import { data } from '@/platform/database';
import type { ScriptActions } from './ScriptItem';
import { useProhibitedWordings } from './use-prohibited-wordings';
import { useScriptData } from './use-script-data';

export interface ShownScript {
  ranked: Ranked;
  text: string;
  guard: GuardResult;
}

export interface RankedScripts {
  library: Script[];
  shown: ShownScript[];
  /** Outbound scripts among these need the RM's name or branch, not yet set. */
  needsProfile: boolean;
  wordings: readonly string[];
}

export interface ScriptClient {
  fit: FitContext;
  name: string | null;
  memory: string | null;
}

/** undefined while the RM's edits and usage load. */
export function useRankedScripts(client: ScriptClient): RankedScripts | undefined {
  const scripts = useScriptData();
  const wordings = useProhibitedWordings();
  const settings = useSettings();
  const d = scripts.value;
  if (!d) return undefined;
  const values: ScriptValues = {
    name: client.name,
    memory: client.memory,
    rm: settings.value.rmName.trim() || null,
    branch: settings.value.branch.trim() || null,
  };
  const library = effectiveLibrary(BUILTIN_SCRIPTS, d.edits, locale.value).filter((s) => canFill(s.body, values));
  const shown = rankScripts(library, client.fit, d.usage).map((ranked) => {
    const text = fillScript(ranked.script.body, values, locale.value) ?? '';
    return { ranked, text, guard: checkText(`${ranked.script.title}\n${text}`, wordings.value) };
  });
  const needsProfile =
    (!values.rm || !values.branch) &&
    shown.slice(0, 5).some(({ ranked }) => {
      const used = placeholdersIn(ranked.script.body);
      return used.has('rm') || used.has('branch');
    });
  return { library, shown, needsProfile, wordings: wordings.value };
}

/** Copy (records use), mark helped or not (learnt in the client's cell), hide, edit. */
export function scriptActions(fit: FitContext, error: WriteError, edit: (id: string) => void): ScriptActions {
  const cell = learningCell(fit);
  const run = <T>(write: () => Promise<T>) => runWrite(write, error);
  return {
    async copy(id, text) {
      await copyText(text);
      await run(() => data.recordScriptOutcome(id, 'used', Date.now(), cell));
    },
    outcome: (id, helped) => void run(() => data.recordScriptOutcome(id, helped ? 'helped' : 'notHelped', Date.now(), cell)),
    hide: (id, builtin) => void run(() => data.setScriptHidden(id, builtin, true, Date.now())),
    edit,
  };
}

/** The async clipboard needs focus; the fallback covers a panel that just lost it. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}
