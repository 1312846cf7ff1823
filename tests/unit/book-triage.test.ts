/** Quick placing: who is asked, what is asked of each, and what each key means (lib/book/triage.ts). */
import { describe, expect, it } from 'vitest';
import { type ClientSummary, summarise } from '@/lib/book/summary';
import { readKey, STALE_DAYS, stepsFor, triageQueue } from '@/lib/book/triage';

const origin = 'http://127.0.0.1:8808';
const NOW = Date.UTC(2026, 10, 18);
const DAY = 86_400_000;
function s(n: number, patch: Partial<ClientSummary>): ClientSummary {
  const base = summarise({
    client: { origin, clientId: `88${String(n).padStart(8, '0')}` },
    record: {},
    sentiments: [],
    contacts: [],
    contactCount: 0,
    deals: [],
    demo: false,
  })!;
  return { ...base, damaged: false, ...patch };
}

describe('quick placing', () => {
  it('asks the unplaced first, then those tagged long ago, never a damaged record', () => {
    const queue = triageQueue(
      [
        s(3, { cell: 'high.positive', band: 'high', sentiment: 'positive', sentimentAt: NOW - (STALE_DAYS + 5) * DAY }),
        s(2, { cell: 'unplaced' }),
        s(4, { cell: 'high.positive', band: 'high', sentiment: 'positive', sentimentAt: NOW - 3 * DAY }),
        s(1, { cell: 'unplaced', damaged: true }),
        s(5, { cell: 'unplaced' }),
      ],
      NOW,
    );
    expect(queue.map((x) => Number(x.clientId.slice(-1)))).toEqual([2, 5, 3]);
  });

  it('asks only what is unknown: one to three questions', () => {
    expect(stepsFor({ band: null, sentiment: null, sentimentAt: null, rung: null }, NOW)).toEqual(['band', 'sentiment', 'rung']);
    expect(stepsFor({ band: 'mid', sentiment: null, sentimentAt: null, rung: 4 }, NOW)).toEqual(['sentiment']);
    expect(stepsFor({ band: 'mid', sentiment: 'neutral', sentimentAt: NOW - DAY, rung: null }, NOW)).toEqual(['rung']);
    expect(stepsFor({ band: 'mid', sentiment: 'neutral', sentimentAt: NOW - 200 * DAY, rung: 3 }, NOW)).toEqual(['sentiment']);
  });

  it('one key per answer; Backspace undoes, → skips, other keys are not taken', () => {
    expect(readKey('band', '3')).toEqual({ step: 'band', band: 'high' });
    expect(readKey('sentiment', '1')).toEqual({ step: 'sentiment', sentiment: 'resistant' });
    expect(readKey('rung', '0')).toEqual({ step: 'rung', rung: 10 });
    expect(readKey('rung', 'Enter')).toEqual({ step: 'rung', rung: null });
    expect(readKey('band', 'Backspace')).toEqual({ undo: true });
    expect(readKey('sentiment', 'ArrowRight')).toEqual({ skip: true });
    expect(readKey('band', '4')).toBeNull();
    expect(readKey('sentiment', 'p')).toBeNull();
  });
});
