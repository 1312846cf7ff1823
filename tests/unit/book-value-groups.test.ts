/** METHOD §6's value groups (lib/book/value-groups.ts): potential from whatever is known against contact cost. */
import { describe, expect, it } from 'vitest';
import { matchesFilter, NO_FILTER } from '@/lib/book/table';
import { groupCounts, HIGH_ASSETS, MID_ASSETS, valuePlacement } from '@/lib/book/value-groups';
import { summaryOf } from './support/book-summary';

const TODAY = '2026-11-18';
const summary = summaryOf;
/** `n` contact dates, one every `every` days back from `from`. */
function dates(n: number, every = 20, from = TODAY): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - i * every);
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

describe('value placement', () => {
  it.each([
    ['high assets, rarely contacted: quick win', { assets: HIGH_ASSETS, age: 60 }, 2, 'quickWins', ['assets', 'age'], 2],
    ['mid assets and young, contacted monthly: develop', { assets: MID_ASSETS, age: 40 }, 12, 'develop', ['assets', 'age'], 2],
    ['small assets, older, rarely contacted: low priority', { assets: MID_ASSETS - 1, age: 70 }, 3, 'lowPriority', ['assets', 'age'], 0],
    ['small assets, contacted every few weeks: let go', { assets: 10_000_00, age: 66 }, 14, 'letGo', ['assets', 'age'], 0],
    [
      'many products and two deals closed, nothing else known',
      { products: 'many' as const, wonDeals: 2 },
      0,
      'quickWins',
      ['products', 'deals'],
      2,
    ],
    ['only the age known can never be high potential', { age: 30 }, 0, 'lowPriority', ['age'], 1],
  ])('%s', (_, profile, contacts, group, inputs, potential) => {
    const p = valuePlacement(summary(1, { ...profile, recentContacts: dates(contacts) }), TODAY);
    expect(p).toEqual({ group, inputs, potential, contactsLastYear: contacts });
  });

  it('counts only the last year’s contacts as cost (a busy year long ago is not today’s cost)', () => {
    const old = dates(20, 7, '2025-06-01');
    const p = valuePlacement(summary(1, { assets: HIGH_ASSETS, recentContacts: [...dates(2), ...old] }), TODAY);
    expect(p?.contactsLastYear).toBe(2);
    expect(p?.group).toBe('quickWins');
    // Twelve within the year tip the same client into "develop".
    expect(valuePlacement(summary(1, { assets: HIGH_ASSETS, recentContacts: dates(12, 30) }), TODAY)?.group).toBe('develop');
    expect(valuePlacement(summary(1, { assets: HIGH_ASSETS, recentContacts: dates(11, 30) }), TODAY)?.group).toBe('quickWins');
  });

  it('guesses no group from nothing: no record, or a record with nothing of potential in it', () => {
    expect(valuePlacement(summary(1), TODAY)).toBeNull();
    expect(valuePlacement(summary(1, { recentContacts: dates(20), hasRecord: false }), TODAY)).toBeNull();
  });

  it('counts the groups of a book, unknown apart, and filters the board by group', () => {
    const book = [
      summary(1, { assets: HIGH_ASSETS }),
      summary(2, { assets: HIGH_ASSETS, recentContacts: dates(12, 25) }),
      summary(3, { age: 70 }),
      summary(4, { age: 70, recentContacts: dates(15, 20) }),
      summary(5, { age: 40 }),
      summary(6),
    ];
    expect(groupCounts(book, TODAY)).toEqual({ quickWins: 1, develop: 1, lowPriority: 2, letGo: 1, unknown: 1 });
    const ids = (g: (typeof NO_FILTER)['valueGroup']) =>
      book.filter((s) => matchesFilter(s, { ...NO_FILTER, valueGroup: g }, TODAY)).map((s) => s.clientId.slice(-1));
    expect(ids('lowPriority')).toEqual(['3', '5']);
    expect(ids('unknown')).toEqual(['6']);
    expect(ids(null)).toHaveLength(6);
  });
});
