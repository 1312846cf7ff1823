import { describe, expect, it } from 'vitest';
import { addressName } from '@/lib/client/record';
import { fenToYuanInput, parseYuan } from '@/lib/format/money';
import { ago } from '@/lib/format/relative-time';
import { defaultIndicator } from '@/lib/pipeline';

describe('default indicator for one-click add', () => {
  it('picks the largest positive pacing gap when targets exist', () => {
    expect(defaultIndicator({ lastUsed: 'deposit', gaps: { investment: 5_000_000, insurance: 12_000_000, deposit: -1 } })).toBe(
      'insurance',
    );
  });
  it('falls back to the last used when no gap is positive or there are no targets', () => {
    expect(defaultIndicator({ lastUsed: 'deposit', gaps: { investment: 0, insurance: -3 } })).toBe('deposit');
    expect(defaultIndicator({ lastUsed: 'insurance' })).toBe('insurance');
    expect(defaultIndicator({ lastUsed: null, gaps: null })).toBe('investment');
  });
});

describe('addressing the client', () => {
  it.each([
    [{ name: '王建国', gender: 'male' as const }, 'zh-CN', '王先生'],
    [{ name: '李芳', gender: 'female' as const }, 'zh-CN', '李女士'],
    [{ name: '李芳', gender: null }, 'zh-CN', '李芳'],
    [{ name: '李芳', gender: 'female' as const }, 'en', 'Ms 李芳'],
    [{ name: ' ', gender: null }, 'zh-CN', null],
  ] as const)('%j in %s → %s', (p, locale, expected) => {
    expect(addressName(p, locale)).toBe(expected);
  });
});

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
