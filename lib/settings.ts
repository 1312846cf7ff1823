/**
 * The RM's own settings, stored in `storage.local` under one key (platform/storage.ts) and parsed on every read.
 */
import * as z from 'zod/mini';
import { DEFAULT_REMINDER_DAYS, ReminderDaysSchema } from './backup/reminder';
import { DEFAULT_DORMANT_AFTER_MONTHS, DORMANT_AFTER_MONTHS } from './client/contact-rhythm';
import { LOCALES } from './i18n';

const Text = (max: number) => z.catch(z.string().check(z.maxLength(max)), '');

export const RM_NAME_LENGTH = 40;
export const BRANCH_LENGTH = 60;

/** Loose: a field a newer Pacer wrote survives this version saving the language. */
export const SettingsSchema = z.looseObject({
  /** 'auto' follows the browser's language. */
  locale: z.catch(z.enum(['auto', ...LOCALES]), 'auto'),
  /** Who is calling: every outbound script says the RM's name and branch (lib/scripts/fill.ts). */
  rmName: Text(RM_NAME_LENGTH),
  branch: Text(BRANCH_LENGTH),
  /** After this many months without a logged contact, the card suggests the client is dormant. */
  dormantAfterMonths: z.catch(
    z.int().check(z.minimum(DORMANT_AFTER_MONTHS.min), z.maximum(DORMANT_AFTER_MONTHS.max)),
    DEFAULT_DORMANT_AFTER_MONTHS,
  ),
  /** The popup reminds the RM after this many days without a backup (0: never); the bank's policy may override. */
  backupReminderDays: z.catch(ReminderDaysSchema, DEFAULT_REMINDER_DAYS),
  /** The card's folded sections the RM keeps open (true) or closed (false); absent: the section's default. */
  openSections: z.catch(z.record(z.string().check(z.maxLength(40)), z.boolean()), {}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  rmName: '',
  branch: '',
  dormantAfterMonths: DEFAULT_DORMANT_AFTER_MONTHS,
  backupReminderDays: DEFAULT_REMINDER_DAYS,
  openSections: {},
};

/** Unknown or damaged values fall back to defaults field by field, so one bad value never loses the rest. */
export function parseSettings(value: unknown): Settings {
  const r = SettingsSchema.safeParse(value ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}
