/**
 * Mainland China's official working-day calendar: weekdays that are public holidays (`off`) and weekend days
 * that are make-up working days (调休, `on`). Only these exceptions are listed; every other Monday–Friday is a
 * working day and every other Saturday–Sunday is not.
 *
 * Sources (checked 2026-11-23):
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, published 2024-11-12).
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11), as transcribed in the npm package
 *   `chinese-days` 1.5.7 (MIT, github.com/vsme/chinese-days, released 2026-05-08), cross-checked by hand.
 * - 2027: PROVISIONAL. The State Council had not published the 2027 arrangement in any source we hold, so 2027
 *   lists only the statutory days of 《全国年节及纪念日放假办法》 (2024 revision, in force since 2025-01-01) that
 *   fall on weekdays, plus the weekday 补假 that Article 6 grants for statutory days falling on a weekend.
 *   No make-up Saturdays yet. Checked again on 2026-11-23: holiday-cn (github.com/NateScarlet/holiday-cn, which
 *   fetches the State Council's notices daily) has an empty 2027.json in its newest snapshot we hold (2026-08-07),
 *   and neither the npm registry's `chinese-days` nor the web pages we can reach carry the notice.
 *   Replace this entry when the notice appears (usually in November), and until then
 *   RMs can mark days off/on themselves (lib/calendar/working-days.ts, overrides).
 *
 * Built-in years are the default; the bank's IT or the RM can supply a year's data without a new release
 * (./holiday-calendar.ts).
 *
 * We ship these few dates rather than the whole `chinese-days` package (≈32 KB minified, data back to 2004 plus
 * lunar/solar-term code we do not need) — see docs/pacing.md.
 */
import { type HolidayYear, resolveCalendar, type WorkingCalendar } from './holiday-calendar';

const range = (from: string, days: number): string[] => {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(y, m - 1, d + i);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  });
};

export const CN_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2025,
    provisional: false,
    off: [
      '2025-01-01',
      ...range('2025-01-28', 8), // 春节 1/28–2/4
      ...range('2025-04-04', 3), // 清明
      ...range('2025-05-01', 5), // 劳动节
      ...range('2025-05-31', 3), // 端午
      ...range('2025-10-01', 8), // 国庆·中秋
    ],
    on: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    provisional: false,
    off: [
      ...range('2026-01-01', 3), // 元旦
      ...range('2026-02-15', 9), // 春节 2/15–2/23
      ...range('2026-04-04', 3), // 清明
      ...range('2026-05-01', 5), // 劳动节
      ...range('2026-06-19', 3), // 端午
      ...range('2026-09-25', 3), // 中秋
      ...range('2026-10-01', 7), // 国庆
    ],
    on: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    provisional: true,
    off: [
      '2027-01-01', // 元旦 (Fri)
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10', // 春节: 除夕 Fri, 初三 Mon; 初一/初二 fall on Sat/Sun → 补假 Tue/Wed
      '2027-04-05', // 清明 (Mon)
      '2027-05-03',
      '2027-05-04', // 劳动节 5/1–5/2 fall on Sat/Sun → 补假
      '2027-06-09', // 端午 (Wed)
      '2027-09-15', // 中秋 (Wed)
      '2027-10-01',
      '2027-10-04',
      '2027-10-05', // 国庆 10/1 Fri; 10/2–10/3 on the weekend → 补假
    ],
    on: [],
  },
];

export const BUILTIN_CALENDAR: WorkingCalendar = resolveCalendar({ builtin: CN_HOLIDAYS });
