/**
 * Calendar dates as `YYYY-MM-DD` strings in the RM's local time zone. A deal expected "on the 14th" is the
 * 14th wherever the RM sits; storing instants would move it across midnight for a traveller.
 */
import * as z from 'zod/mini';

/** `YYYY-MM-DD`; checked where it crosses a boundary by `IsoDateSchema`. */
export type IsoDate = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function toIsoDate(d: Date): IsoDate {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function fromIsoDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = fromIsoDate(iso);
  d.setDate(d.getDate() + days);
  return toIsoDate(d);
}

/** The Friday of the week containing `iso` (weeks run Monday–Sunday); the date itself on a weekend. */
export function endOfWorkWeek(iso: IsoDate): IsoDate {
  const weekday = fromIsoDate(iso).getDay(); // 0 = Sunday
  if (weekday === 0 || weekday === 6) return iso;
  return addDays(iso, 5 - weekday);
}

export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
