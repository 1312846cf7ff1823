/** Targets, manual achievements, calendar marks and pacing settings; and the one read the popup and badge need. */

import * as z from 'zod/mini';
import { CN_HOLIDAYS } from '../calendar/cn-holidays';
import { fromIsoDate, type IsoDate } from '../calendar/dates';
import { type HolidayYear, resolveCalendar, withImportedYears } from '../calendar/holiday-calendar';
import {
  type DayOverride,
  DayOverrideSchema,
  firstOfMonth,
  lastOfMonth,
  monthOf,
  overridesMap,
  shiftMonth,
} from '../calendar/working-days';
import type { PacingInputs } from '../pacing/snapshot';
import {
  type Checkpoints,
  DEFAULT_PACING_CONFIG,
  effectiveConfig,
  type ManualAchievement,
  ManualAchievementSchema,
  type PacingConfig,
  PacingConfigSchema,
  type PacingPolicy,
  type Target,
  TargetSchema,
} from '../pacing/targets';
import { parseEach } from '../parse-each';
import { DealFiguresSchema } from '../pipeline';
import { guardedWrite } from '../storage-errors';
import type { PacerDB } from './database';
import { modifyRow, replaceRow } from './rows';

const CONFIG_KEY = 'own' as const;

/** The tables today's figures are computed from (loadPacingInputs reads these and no others). */
export const FIGURES_TABLES: ReadonlySet<string> = new Set(['deals', 'targets', 'achievements', 'dayOverrides', 'pacingConfig']);
// One equals() per stage: Dexie serves each with a single getAll, where anyOf() walks a cursor.
const OPEN_STAGES = ['invited', 'meeting', 'met'] as const;

export async function readPacingConfig(db: PacerDB): Promise<PacingConfig> {
  const r = PacingConfigSchema.safeParse(await db.pacingConfig.get(CONFIG_KEY));
  return r.success ? r.data : DEFAULT_PACING_CONFIG;
}

const PacingConfigRowSchema = z.extend(PacingConfigSchema, { key: z.literal(CONFIG_KEY) });

/**
 * Changes part of the RM's pacing configuration (the defaults until the first change). Computed from the stored
 * row, in one transaction: two options pages changing different parts never undo each other, and a damaged row
 * is refused rather than replaced by the defaults.
 */
export async function updatePacingConfig(db: PacerDB, patch: Partial<PacingConfig>): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', db.pacingConfig, () =>
      modifyRow(db.pacingConfig, CONFIG_KEY, PacingConfigRowSchema, (row) => ({
        ...(row ?? DEFAULT_PACING_CONFIG),
        ...patch,
        key: CONFIG_KEY,
      })),
    ),
  );
}

/**
 * Stores calendar years the RM imported, replacing a year imported before whole; `remove` drops years instead.
 * Computed from the stored row in one transaction, like every change to the configuration.
 */
export async function importCalendarYears(db: PacerDB, years: readonly HolidayYear[], remove: readonly number[] = []): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', db.pacingConfig, () =>
      modifyRow(db.pacingConfig, CONFIG_KEY, PacingConfigRowSchema, (row) => {
        const current = row ?? { ...DEFAULT_PACING_CONFIG, key: CONFIG_KEY };
        const kept = current.calendar.filter((y) => !remove.includes(y.year));
        return { ...current, calendar: withImportedYears(kept, years), key: CONFIG_KEY };
      }),
    ),
  );
}

/** Gives one of the RM's indicators its own plan checkpoints, or (null) back its kind's default. */
export async function setIndicatorCheckpoints(db: PacerDB, indicatorId: string, checkpoints: Checkpoints | null): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', db.pacingConfig, () =>
      modifyRow(db.pacingConfig, CONFIG_KEY, PacingConfigRowSchema, (row) => {
        const current = row ?? { ...DEFAULT_PACING_CONFIG, key: CONFIG_KEY };
        const indicators = current.indicators.map((i) => {
          if (i.id !== indicatorId) return i;
          const { checkpoints: _, ...rest } = i;
          return checkpoints ? { ...rest, checkpoints } : rest;
        });
        return { ...current, indicators, key: CONFIG_KEY };
      }),
    ),
  );
}

export async function targetsForMonths(db: PacerDB, months: readonly string[]): Promise<Target[]> {
  const rows = await db.targets
    .where('month')
    .anyOf([...months])
    .toArray();
  return parseEach(TargetSchema, rows);
}

/** Sets (or, with null, clears) one month's target for one indicator. */
export async function setTarget(db: PacerDB, month: string, indicator: string, value: number | null, now: number): Promise<void> {
  if (value === null) {
    await guardedWrite(() => db.targets.delete([month, indicator]));
    return;
  }
  await guardedWrite(() =>
    db.transaction('rw', db.targets, () =>
      replaceRow(db.targets, [month, indicator], TargetSchema, { month, indicator, value, updatedAt: now }),
    ),
  );
}

export async function achievementsBetween(db: PacerDB, from: IsoDate, to: IsoDate): Promise<ManualAchievement[]> {
  const rows = await db.achievements.where('date').between(from, to, true, true).toArray();
  return parseEach(ManualAchievementSchema, rows).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

/** Adds or replaces a manual achievement (editing keeps its id). */
export async function putAchievement(db: PacerDB, entry: ManualAchievement): Promise<ManualAchievement> {
  return guardedWrite(() =>
    db.transaction('rw', db.achievements, () => replaceRow(db.achievements, entry.id, ManualAchievementSchema, entry)),
  );
}

/** Deletes one entry and returns it, so the caller can offer undo (putAchievement puts it back). */
export async function deleteAchievement(db: PacerDB, id: string): Promise<ManualAchievement | null> {
  return guardedWrite(() =>
    db.transaction('rw', db.achievements, async () => {
      const current = ManualAchievementSchema.safeParse(await db.achievements.get(id));
      await db.achievements.delete(id);
      return current.success ? current.data : null;
    }),
  );
}

export async function listDayOverrides(db: PacerDB): Promise<DayOverride[]> {
  return parseEach(DayOverrideSchema, await db.dayOverrides.toArray()).sort((a, b) => a.date.localeCompare(b.date));
}

export async function setDayOverride(db: PacerDB, date: IsoDate, kind: 'off' | 'on' | null): Promise<void> {
  if (kind === null) await guardedWrite(() => db.dayOverrides.delete(date));
  else
    await guardedWrite(() =>
      db.transaction('rw', db.dayOverrides, () => replaceRow(db.dayOverrides, date, DayOverrideSchema, { date, kind })),
    );
}

/**
 * Everything today's figures need, read with indexes only: won deals are found through `updatedAt` (a deal's
 * close always updates it), so two years of history cost nothing beyond last month's rows.
 */
export async function loadPacingInputs(db: PacerDB, today: IsoDate, policy: PacingPolicy): Promise<PacingInputs> {
  const month = monthOf(today);
  const prev = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const since = fromIsoDate(firstOfMonth(prev)).getTime();
  const [own, targets, manual, recent, open, overrides] = await Promise.all([
    readPacingConfig(db),
    targetsForMonths(db, [prev, month, next]),
    achievementsBetween(db, firstOfMonth(prev), lastOfMonth(month)),
    db.deals.where('updatedAt').aboveOrEqual(since).toArray(),
    Promise.all(OPEN_STAGES.map((s) => db.deals.where('stage').equals(s).toArray())).then((r) => r.flat()),
    listDayOverrides(db),
  ]);
  return {
    today,
    // The bank's policy: its indicators and checkpoints win over the RM's own.
    config: effectiveConfig(own, policy),
    policy,
    targets,
    manual,
    // Only rows won since last month are parsed (a cheap look at the raw row first): parsing is most of this read's cost.
    wonDeals: parseEach(
      DealFiguresSchema,
      recent.filter((r) => r.stage === 'won' && r.closedAt !== null && r.closedAt >= since),
    ),
    openDeals: parseEach(DealFiguresSchema, open),
    overrides: overridesMap(overrides),
    calendar: resolveCalendar({ policy: policy.calendar, own: own.calendar, builtin: CN_HOLIDAYS }),
  };
}
