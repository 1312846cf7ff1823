/**
 * The popup's backup reminder: everything an RM records lives in one browser profile, so a book not backed up for
 * a while is one profile reset away from lost. The RM sets after how many days (0: never); the bank's IT may set it
 * for everyone, or turn it off, with the managed policy's `backupReminderDays` (docs/managed-policy.md).
 */
import * as z from 'zod/mini';

export const REMINDER_DAYS = { min: 0, max: 90 } as const;
export const DEFAULT_REMINDER_DAYS = 7;
export const REMINDER_POLICY_KEY = 'backupReminderDays';

const DAY_MS = 86_400_000;

export const ReminderDaysSchema = z.int().check(z.minimum(REMINDER_DAYS.min), z.maximum(REMINDER_DAYS.max));

/** The last backup exported from this profile. */
export const LastBackupSchema = z.nullable(z.object({ at: z.int().check(z.nonnegative()), file: z.string().check(z.maxLength(200)) }));
export type LastBackup = z.infer<typeof LastBackupSchema>;

/** The policy's setting: null when IT set none (or set something that is not a day count, which is ignored). */
export function reminderPolicy(policy: Record<string, unknown>): number | null {
  const r = ReminderDaysSchema.safeParse(policy[REMINDER_POLICY_KEY]);
  return r.success ? r.data : null;
}

export type Reminder = { kind: 'never' } | { kind: 'stale'; days: number };

/**
 * Whether the popup reminds the RM, and of what. `days` 0 is off. A profile with nothing recorded yet is not
 * nagged: there is nothing to lose.
 */
export function backupReminder(opts: { last: LastBackup; now: number; days: number; hasData: boolean }): Reminder | null {
  if (opts.days <= 0 || !opts.hasData) return null;
  if (!opts.last) return { kind: 'never' };
  const since = Math.floor((opts.now - opts.last.at) / DAY_MS);
  return since >= opts.days ? { kind: 'stale', days: since } : null;
}
