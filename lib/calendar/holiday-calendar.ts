/**
 * The working-day calendar in force: per year, which weekdays are off and which weekend days are worked (调休).
 * A year's data comes from one of three places: built into Pacer (./cn-holidays.ts), pushed by the bank's IT in
 * the managed policy (`pacing.calendar`), or imported by the RM in the options. The official make-up days of a
 * year are published late in the previous year, so a release cannot be waited for: per year, confirmed data wins
 * over provisional, and among equals the bank's over the RM's over the built-in. A year no source confirms is
 * "unconfirmed", and the popup and the options say so.
 */
import * as z from 'zod/mini';
import { type IsoDate, IsoDateSchema, toIsoDate } from './dates';

const REAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(iso: string): boolean {
  const m = REAL_DATE.exec(iso);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return toIsoDate(d) === iso;
}

const isWeekend = (iso: IsoDate) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d).getDay();
  return day === 0 || day === 6;
};

const Day = IsoDateSchema.check(z.refine(isRealDate, { params: { messageKey: 'calendar.error.notADate' } }));

export const HolidayYearSchema = z
  .object({
    year: z.int().check(z.minimum(2000), z.maximum(2100)),
    /** True while the official notice for the year is not out: statutory days only, no 调休 yet. */
    provisional: z._default(z.boolean(), false),
    /** Weekdays (and weekend days inside a holiday block, harmless) that are days off. */
    off: z.array(Day).check(z.maxLength(80)),
    /** Saturdays and Sundays that are working days. */
    on: z.array(Day).check(z.maxLength(40)),
  })
  .check(
    z.refine((y) => [...y.off, ...y.on].every((d) => d.startsWith(`${y.year}-`)), {
      params: { messageKey: 'calendar.error.otherYear' },
    }),
    z.refine((y) => y.on.every(isWeekend), { params: { messageKey: 'calendar.error.onNotWeekend' } }),
    z.refine((y) => !y.on.some((d) => y.off.includes(d)), { params: { messageKey: 'calendar.error.bothOnAndOff' } }),
  );
export type HolidayYear = z.infer<typeof HolidayYearSchema>;

/** Years in one document: the managed policy's `pacing.calendar` and the file the RM imports. */
export const HolidayYearsSchema = z.array(HolidayYearSchema).check(
  z.maxLength(30),
  z.refine((ys) => new Set(ys.map((y) => y.year)).size === ys.length, { params: { messageKey: 'calendar.error.duplicateYear' } }),
);

export const CALENDAR_SOURCES = ['policy', 'own', 'builtin'] as const;
export type CalendarSource = (typeof CALENDAR_SOURCES)[number];

export interface YearInForce {
  year: number;
  provisional: boolean;
  source: CalendarSource;
}

export interface WorkingCalendar {
  off: ReadonlySet<IsoDate>;
  on: ReadonlySet<IsoDate>;
  /** Per year with any data, which data is in force. */
  years: ReadonlyMap<number, YearInForce>;
}

const rank = (y: HolidayYear, source: CalendarSource) => (y.provisional ? 0 : 10) + (2 - CALENDAR_SOURCES.indexOf(source));

/** One calendar from every source's years: per year, the best data whole (years never mix sources). */
export function resolveCalendar(layers: Partial<Record<CalendarSource, readonly HolidayYear[]>>): WorkingCalendar {
  const best = new Map<number, { y: HolidayYear; source: CalendarSource }>();
  for (const source of CALENDAR_SOURCES)
    for (const y of layers[source] ?? []) {
      const current = best.get(y.year);
      if (!current || rank(y, source) > rank(current.y, current.source)) best.set(y.year, { y, source });
    }
  const off = new Set<IsoDate>();
  const on = new Set<IsoDate>();
  const years = new Map<number, YearInForce>();
  for (const [year, { y, source }] of [...best].sort((a, b) => a[0] - b[0])) {
    for (const d of y.off) off.add(d);
    for (const d of y.on) on.add(d);
    years.set(year, { year, provisional: y.provisional, source });
  }
  return { off, on, years };
}

/** Of these years, those the calendar in force does not confirm (provisional, or no data at all), in order. */
export function unconfirmedYears(calendar: WorkingCalendar, years: Iterable<number>): number[] {
  return [...new Set(years)].filter((y) => calendar.years.get(y)?.provisional !== false).sort((a, b) => a - b);
}

/** The RM's imported years after importing `incoming`: a year imported again is replaced whole. */
export function withImportedYears(own: readonly HolidayYear[], incoming: readonly HolidayYear[]): HolidayYear[] {
  const byYear = new Map(own.map((y) => [y.year, y]));
  for (const y of incoming) byYear.set(y.year, y);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
