import { describe, expect, it } from 'vitest';
import { addressName } from '@/lib/client/record';

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
