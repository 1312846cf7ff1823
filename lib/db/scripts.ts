/** The RM's script edits (own scripts, rewordings, hides) and how each script fared. */

import { parseEach } from '../parse-each';
import { type OutcomeCounts, type ScriptEdit, ScriptEditSchema, type ScriptUsage, ScriptUsageSchema } from '../scripts/types';
import { guardedWrite } from '../storage-errors';
import type { PacerDB } from './database';
import { modifyRow, replaceRow } from './rows';

export async function scriptEdits(db: PacerDB): Promise<ScriptEdit[]> {
  return parseEach(ScriptEditSchema, await db.scriptEdits.toArray());
}

export async function scriptUsage(db: PacerDB): Promise<Map<string, ScriptUsage>> {
  return new Map(parseEach(ScriptUsageSchema, await db.scriptUsage.toArray()).map((u) => [u.scriptId, u]));
}

/** Stores what the RM wrote in the editor (all of it: nothing is taken from the row it replaces). */
export async function saveScriptEdit(db: PacerDB, edit: ScriptEdit): Promise<void> {
  await guardedWrite(() => db.transaction('rw', db.scriptEdits, () => replaceRow(db.scriptEdits, edit.id, ScriptEditSchema, edit)));
}

/** Hides or shows a script; for a built-in this keeps any rewording it already has. */
export async function setScriptHidden(db: PacerDB, id: string, builtin: boolean, hidden: boolean, now: number): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', db.scriptEdits, async () => {
      await modifyRow(db.scriptEdits, id, ScriptEditSchema, (current) => ({
        ...(current ?? {
          id,
          kind: builtin ? ('override' as const) : ('own' as const),
          title: null,
          body: null,
          tags: null,
          hidden,
          updatedAt: now,
        }),
        hidden,
        updatedAt: now,
      }));
    }),
  );
}

/** Drops every change to built-in scripts (rewordings and hides); the RM's own scripts stay. */
export async function restoreBuiltins(db: PacerDB): Promise<number> {
  return guardedWrite(() => db.scriptEdits.filter((e) => e.kind === 'override').delete());
}

export type Outcome = 'used' | 'helped' | 'notHelped';

function counted<T extends OutcomeCounts>(c: T, outcome: Outcome): T {
  return {
    ...c,
    used: c.used + (outcome === 'used' ? 1 : 0),
    helped: c.helped + (outcome === 'helped' ? 1 : 0),
    notHelped: c.notHelped + (outcome === 'notHelped' ? 1 : 0),
  };
}

/**
 * "Used" when copied; "helped"/"did not help" when the RM says so afterwards. Counted in the totals and in the
 * client's learning cell (lib/scripts/rank.ts learningCell), when it is known.
 */
export async function recordScriptOutcome(
  db: PacerDB,
  scriptId: string,
  outcome: Outcome,
  now: number,
  cell: string | null,
): Promise<ScriptUsage> {
  return guardedWrite(() =>
    db.transaction('rw', db.scriptUsage, async () => {
      const next = await modifyRow(db.scriptUsage, scriptId, ScriptUsageSchema, (current) => {
        const u = current ?? { scriptId, used: 0, helped: 0, notHelped: 0, lastUsedAt: now, cells: {} };
        const cells = cell ? { ...u.cells, [cell]: counted(u.cells[cell] ?? { used: 0, helped: 0, notHelped: 0 }, outcome) } : u.cells;
        return { ...counted(u, outcome), lastUsedAt: now, cells };
      });
      return next!;
    }),
  );
}
