/**
 * A calendar file the RM imports in the options, in the same shape the bank's IT pushes under `pacing.calendar`
 * (docs/managed-policy.md): a list of years, bare or as `{ "years": [...] }`. All or nothing, every error worded in
 * the RM's language and pointing at the year and field at fault.
 */
import * as z from 'zod/mini';
import { type Locale, translate } from '../i18n';
import { zodErrorMap } from '../i18n/zod-errors';
import { type HolidayYear, HolidayYearsSchema } from './holiday-calendar';

/** Thirty years of holidays fit in a few kilobytes: anything much larger is not a calendar. */
export const MAX_CALENDAR_FILE_BYTES = 200_000;

const FileSchema = z.object({ years: HolidayYearsSchema });

export type CalendarFileResult = { ok: true; years: HolidayYear[] } | { ok: false; errors: string[] };

export function parseCalendarFile(text: string, locale: Locale): CalendarFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [translate(locale, 'calendar.error.json')] };
  }
  const error = zodErrorMap(locale);
  const bare = Array.isArray(json);
  const r = bare ? HolidayYearsSchema.safeParse(json, { error }) : FileSchema.safeParse(json, { error });
  if (!r.success) {
    const list: unknown[] = bare ? (json as unknown[]) : ((json as { years?: unknown[] } | null)?.years ?? []);
    return {
      ok: false,
      errors: r.error.issues.slice(0, 10).map((issue) => {
        const path = bare ? issue.path : issue.path.slice(1);
        const [index, ...rest] = path;
        if (typeof index !== 'number') return `${translate(locale, 'calendar.error.file')}: ${issue.message}`;
        const year = (list[index] as { year?: unknown } | undefined)?.year;
        const head =
          typeof year === 'number'
            ? translate(locale, 'calendar.error.year', { year })
            : translate(locale, 'calendar.error.entry', { n: index + 1 });
        return `${[head, ...rest.map(String)].join(' › ')}: ${issue.message}`;
      }),
    };
  }
  return { ok: true, years: 'years' in r.data ? r.data.years : r.data };
}
