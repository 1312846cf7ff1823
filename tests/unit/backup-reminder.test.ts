/** The popup's backup reminder: when it shows, and the policy that sets it or turns it off. */
import { describe, expect, it } from 'vitest';
import { backupReminder, reminderPolicy } from '@/lib/backup/reminder';

const DAY = 86_400_000;
const now = 1_764_000_000_000;

describe('backup reminder', () => {
  it.each([
    { last: null, days: 7, hasData: true, expected: { kind: 'never' } },
    { last: null, days: 7, hasData: false, expected: null },
    { last: { at: now - 6 * DAY, file: 'a.json' }, days: 7, hasData: true, expected: null },
    { last: { at: now - 7 * DAY, file: 'a.json' }, days: 7, hasData: true, expected: { kind: 'stale', days: 7 } },
    { last: { at: now - 40 * DAY, file: 'a.json' }, days: 30, hasData: true, expected: { kind: 'stale', days: 40 } },
    { last: { at: now - 400 * DAY, file: 'a.json' }, days: 0, hasData: true, expected: null },
  ])('last $last.at, after $days days, data $hasData → $expected', ({ last, days, hasData, expected }) => {
    expect(backupReminder({ last, now, days, hasData })).toEqual(expected);
  });

  it('the policy sets it (0 is off), and what is not a day count is ignored', () => {
    expect(reminderPolicy({ backupReminderDays: 0 })).toBe(0);
    expect(reminderPolicy({ backupReminderDays: 14 })).toBe(14);
    expect(reminderPolicy({})).toBeNull();
    expect(reminderPolicy({ backupReminderDays: '7' })).toBeNull();
    expect(reminderPolicy({ backupReminderDays: 365 })).toBeNull();
  });
});
