/** The book's table: filters, full-width search and sorting with unknown values last (lib/book/table.ts). */
import { describe, expect, it } from 'vitest';
import type { ClientSummary } from '@/lib/book/summary';
import { matchesFilter, NO_FILTER, nameRanks, normalizeQuery, sortRows } from '@/lib/book/table';
import { summaryOf } from './support/book-summary';

const summary = summaryOf;

describe('search and filters', () => {
  it('reads full-width digits, letters and spaces as typed on a Chinese keyboard', () => {
    expect(normalizeQuery('８８００ ＡＢｃ　')).toBe('8800 abc');
    const s = summary(42, { name: '王建国', memory: '喜欢普洱茶' });
    expect(matchesFilter(s, { ...NO_FILTER, query: '８８００００００４２' }, '2026-11-18')).toBe(true);
    expect(matchesFilter(s, { ...NO_FILTER, query: '普洱' }, '2026-11-18')).toBe(true);
    expect(matchesFilter(s, { ...NO_FILTER, query: '李' }, '2026-11-18')).toBe(false);
  });

  it('overdue means a follow-up planned before today; open deal, rung and sentiment filter as named', () => {
    const due = summary(1, { nextFollowUp: '2026-11-17', openDeals: 1, rung: 4, sentiment: null });
    const today = summary(2, { nextFollowUp: '2026-11-18', sentiment: 'positive' });
    expect(matchesFilter(due, { ...NO_FILTER, overdue: true }, '2026-11-18')).toBe(true);
    expect(matchesFilter(today, { ...NO_FILTER, overdue: true }, '2026-11-18')).toBe(false);
    expect(matchesFilter(due, { ...NO_FILTER, openDeal: true, rung: 4, sentiment: 'none' }, '2026-11-18')).toBe(true);
    expect(matchesFilter(today, { ...NO_FILTER, sentiment: 'none' }, '2026-11-18')).toBe(false);
  });
});

describe('sorting', () => {
  it('puts unknown values last in both directions, ties by client number', () => {
    const rows = [summary(3, { age: null }), summary(1, { age: 50 }), summary(2, { age: 30 }), summary(4, { age: 30 })];
    const ids = (xs: ClientSummary[]) => xs.map((s) => s.clientId.slice(-1));
    expect(ids(sortRows(rows, { key: 'age', dir: 'asc' }))).toEqual(['2', '4', '1', '3']);
    expect(ids(sortRows(rows, { key: 'age', dir: 'desc' }))).toEqual(['1', '2', '4', '3']);
  });

  it('names in Chinese collation; no name sorts last', () => {
    const rows = [summary(1, { name: '王' }), summary(2, { name: '' }), summary(3, { name: '李' })];
    expect(sortRows(rows, { key: 'name', dir: 'asc' }).map((s) => s.name)).toEqual(['李', '王', '']);
  });

  it('sorts by name through the book’s ranks in the very order the collator gives, and keeps ranks while no name is new', () => {
    const names = ['王', '李', '', '客户10', '客户9', 'Zoe', '阿明', '张三'];
    const rows = names.map((name, i) => summary(i, { name }));
    const ranks = nameRanks(rows);
    for (const dir of ['asc', 'desc'] as const)
      expect(sortRows(rows, { key: 'name', dir }, ranks).map((s) => s.name)).toEqual(
        sortRows(rows, { key: 'name', dir }).map((s) => s.name),
      );
    expect(sortRows(rows, { key: 'name', dir: 'asc' }, ranks).map((s) => s.name)).toEqual([
      '阿明',
      '客户9',
      '客户10',
      '李',
      '王',
      '张三',
      'Zoe',
      '',
    ]);
    expect(nameRanks(rows.slice(2), ranks)).toBe(ranks);
    const more = nameRanks([...rows, summary(9, { name: '赵' })], ranks);
    expect(more).not.toBe(ranks);
    expect(more.get('赵')).toBeGreaterThan(more.get('张三')!);
  });
});
