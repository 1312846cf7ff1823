/**
 * The RM's own settings, stored in `storage.local` under one key (platform/storage.ts) and parsed on every read.
 */
import * as z from 'zod/mini';
import { LOCALES } from './i18n';

export const SettingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  locale: z.catch(z.enum(['auto', ...LOCALES]), 'auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { locale: 'auto' };

/** Unknown or damaged values fall back to defaults field by field, so one bad value never loses the rest. */
export function parseSettings(value: unknown): Settings {
  const r = SettingsSchema.safeParse(value ?? {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}
