/**
 * Which calendar days are working days for the RM: the official calendar in force (./holiday-calendar.ts: built
 * in, or pushed by the bank, or imported) with the RM's own marks on top (a day of leave off, a Saturday event on). All dates are `YYYY-MM-DD` in the
 * RM's local time zone (lib/dates.ts).
 */
import * as z from 'zod/mini';
import { BUILTIN_CALENDAR } from './cn-holidays';
import { addDays, fromIsoDate, type IsoDate, IsoDateSchema } from './dates';
import type { WorkingCalendar } from './holiday-calendar';

export const DayOverrideSchema = z.object({ date: IsoDateSchema, kind: z.enum(['off', 'on']) });
export type DayOverride = z.infer<typeof DayOverrideSchema>;
export type Overrides = ReadonlyMap<IsoDate, 'off' | 'on'>;

export function overridesMap(list: readonly DayOverride[]): Overrides {
  return new Map(list.map((o) => [o.date, o.kind]));
}

export function isWorkingDay(date: IsoDate, overrides: Overrides = new Map(), calendar: WorkingCalendar = BUILTIN_CALENDAR): boolean {
  const own = overrides.get(date);
  if (own) return own === 'on';
  if (calendar.on.has(date)) return true;
  if (calendar.off.has(date)) return false;
  const weekday = fromIsoDate(date).getDay();
  return weekday !== 0 && weekday !== 6;
}

/** `YYYY-MM` of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function firstOfMonth(month: string): IsoDate {
  return `${month}-01`;
}

export function lastOfMonth(month: string): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(y, m, 0).getDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(y, m - 1 + by, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function daysOfMonth(month: string): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = firstOfMonth(month); monthOf(d) === month; d = addDays(d, 1)) out.push(d);
  return out;
}

export function workingDaysOfMonth(
  month: string,
  overrides: Overrides = new Map(),
  calendar: WorkingCalendar = BUILTIN_CALENDAR,
): IsoDate[] {
  return daysOfMonth(month).filter((d) => isWorkingDay(d, overrides, calendar));
}
