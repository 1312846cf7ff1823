import { describe, expect, it } from 'vitest';
import { fenToYuanInput, parseYuan } from '@/lib/format/money';
import { ago } from '@/lib/format/relative-time';

describe('typed amounts', () => {
  it.each([
    ['1000', 100_000],
    ['1,000.5', 100_050],
    ['¥2290000', 229_000_000],
    ['0.07', 7],
    [' 12.34 ', 1_234],
  ])('%s yuan → %i fen', (text, fen) => expect(parseYuan(text)).toBe(fen));
  it.each(['', 'abc', '1.234', '-5', '1e5'])('rejects %j', (text) => expect(parseYuan(text)).toBeNull());
  it.each([
    [100_000, '1000'],
    [100_050, '1000.5'],
    [7, '0.07'],
  ])('%i fen shows as %s', (fen, text) => expect(fenToYuanInput(fen)).toBe(text));
});

describe('relative time', () => {
  it('says just now, minutes, hours, days', () => {
    expect(ago(0, 30_000)).toEqual({ key: 'time.justNow' });
    expect(ago(0, 5 * 60_000)).toEqual({ key: 'time.minutes', n: 5 });
    expect(ago(0, 3 * 3_600_000)).toEqual({ key: 'time.hours', n: 3 });
    expect(ago(0, 50 * 3_600_000)).toEqual({ key: 'time.days', n: 2 });
  });
});
