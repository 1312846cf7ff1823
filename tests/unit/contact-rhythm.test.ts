import { describe, expect, it } from 'vitest';
import { monthsBetween, suggestFromLog } from '@/lib/client/contact-rhythm';

const today = '2026-12-01';

describe('familiarity suggested from the contact log', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2025-12-01', today)).toBe(12);
    expect(monthsBetween('2025-12-02', today)).toBe(11);
    expect(monthsBetween('2026-11-30', today)).toBe(0);
  });

  it('dormant after the configured months without a contact, never for a client with no log at all', () => {
    expect(suggestFromLog([], today, 12)).toEqual([]);
    expect(suggestFromLog(['2025-10-15', '2025-06-01'], today, 12)).toEqual([{ signal: 'dormant', lastContact: '2025-10-15', months: 13 }]);
    expect(suggestFromLog(['2025-10-15'], today, 14)).toEqual([]);
    expect(suggestFromLog(['2026-05-20'], today, 6)).toEqual([{ signal: 'dormant', lastContact: '2026-05-20', months: 6 }]);
    // A follow-up planned for next month is not a contact yet.
    expect(suggestFromLog(['2025-10-15', '2027-01-10'], today, 12)).toEqual([{ signal: 'dormant', lastContact: '2025-10-15', months: 13 }]);
  });

  it('in touch every 1–3 months: three or more contacts over at least a quarter, no gap over three months', () => {
    const everyTwoMonths = ['2026-04-10', '2026-06-12', '2026-08-05', '2026-10-08'];
    expect(suggestFromLog(everyTwoMonths, today, 12)).toEqual([{ signal: 'regularContact', contacts: 4, since: '2026-04-10' }]);
    // Duplicates (two entries on one day) count once; order does not matter.
    expect(suggestFromLog([...everyTwoMonths].reverse().concat('2026-10-08'), today, 12)).toEqual([
      { signal: 'regularContact', contacts: 4, since: '2026-04-10' },
    ]);
    // A four-month gap breaks the rhythm; so does four months of silence up to today.
    expect(suggestFromLog(['2026-03-01', '2026-04-01', '2026-08-15', '2026-10-01'], today, 12)).toEqual([]);
    expect(suggestFromLog(['2026-02-01', '2026-04-01', '2026-06-01', '2026-07-25'], today, 12)).toEqual([]);
    // Three calls in one month are not a rhythm yet.
    expect(suggestFromLog(['2026-11-03', '2026-11-10', '2026-11-20'], today, 12)).toEqual([]);
  });
});
