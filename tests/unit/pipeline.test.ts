import { describe, expect, it } from 'vitest';
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
