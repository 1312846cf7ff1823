import { describe, expect, it } from 'vitest';
import { allCells, cellStrategy, cellTextKey } from '@/lib/grid';
import { allMessages as catalog } from '@/lib/i18n/all-messages';
import { nextRung, offerRungUp, purposeForRung, RUNGS } from '@/lib/trust-ladder';

describe('the nine cells', () => {
  it('familiar + positive is worked this week, first; unknown + resistant is a long nurture, last', () => {
    expect(cellStrategy('high', 'positive')).toMatchObject({ priority: 'thisWeek', rank: 1 });
    expect(cellStrategy('low', 'resistant')).toMatchObject({ priority: 'longNurture', rank: 9 });
  });

  it('ranks 1–9 once each, and a warmer or more familiar cell never ranks after a colder one', () => {
    const cells = allCells();
    expect(cells.map((c) => c.rank).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const order = { low: 0, mid: 1, high: 2, resistant: 0, neutral: 1, positive: 2 } as const;
    for (const a of cells)
      for (const b of cells)
        if (order[a.band] >= order[b.band] && order[a.sentiment] >= order[b.sentiment] && a !== b) expect(a.rank).toBeLessThan(b.rank);
  });

  it('every cell has a name, a next action and what to avoid, in both languages', () => {
    for (const c of allCells())
      for (const part of ['name', 'action', 'avoid'] as const) {
        const key = cellTextKey(c.band, c.sentiment, part);
        expect(catalog[key].zh.length, key).toBeGreaterThan(3);
        expect(catalog[key].en.length, key).toBeGreaterThan(3);
      }
  });
});

describe('the trust ladder', () => {
  it('has twelve rungs, each above the first reached by its own kind of contact, with texts', () => {
    expect(RUNGS).toHaveLength(12);
    const purposes = RUNGS.slice(1).map((r) => purposeForRung(r));
    expect(new Set(purposes).size).toBe(11);
    const texts = catalog as Record<string, { zh: string; en: string } | undefined>;
    for (const r of RUNGS) {
      expect(texts[`ladder.rung.${r}`]?.zh).toBeTruthy();
      if (r < 12) expect(texts[`ladder.next.${r}`]?.en).toBeTruthy();
    }
    expect(nextRung(12)).toBeNull();
  });

  it('logging a contact offers the rung it evidences when above the client’s; a routine call or a lower rung’s contact does not', () => {
    expect(offerRungUp(3, 'holidayGreeting')).toBe(4);
    // The rung the logged action matches, not one above the client's.
    expect(offerRungUp(3, 'referral')).toBe(12);
    expect(offerRungUp(4, 'referral')).toBe(12);
    expect(offerRungUp(4, 'eventInvite')).toBe(7);
    expect(offerRungUp(7, 'eventInvite')).toBeNull();
    expect(offerRungUp(5, 'holidayGreeting')).toBeNull();
    expect(offerRungUp(3, 'routine')).toBeNull();
    expect(offerRungUp(null, 'notice')).toBe(2);
    expect(offerRungUp(12, 'referral')).toBeNull();
  });
});
