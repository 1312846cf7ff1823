import { describe, expect, it } from 'vitest';
import { addressName } from '@/lib/client';
import { defaultIndicator } from '@/lib/deal-defaults';

describe('default indicator for one-click add', () => {
  it('picks the largest positive pacing gap when targets exist', () => {
    expect(defaultIndicator({ lastUsed: 'deposit', gaps: { investment: 5_000_000, insurance: 12_000_000, deposit: -1 } })).toBe('insurance');
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
