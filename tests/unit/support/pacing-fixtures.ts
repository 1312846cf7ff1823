/** Today's figures for one investment target of 229万, with `won` (fen) won today. */
import { BUILTIN_CALENDAR } from '@/lib/calendar/cn-holidays';
import type { PacingSnapshot } from '@/lib/pacing/figures';
import { pacingSnapshot } from '@/lib/pacing/snapshot';
import { DEFAULT_PACING_CONFIG } from '@/lib/pacing/targets';

export const WAN = 1_000_000;

export function snapshotFor(today: string, won = 0): PacingSnapshot {
  const at = new Date(`${today}T10:00:00`).getTime();
  return pacingSnapshot({
    today,
    config: DEFAULT_PACING_CONFIG,
    policy: {},
    targets: [{ month: today.slice(0, 7), indicator: 'investment', value: 229 * WAN, updatedAt: 1 }],
    manual: [],
    wonDeals: won
      ? [
          {
            id: 'w',
            indicator: 'investment',
            amount: won,
            stage: 'won',
            closedAt: at,
            closedOn: today,
            certainty: 'committed',
            expectedDate: today,
          },
        ]
      : [],
    openDeals: [],
    calendar: BUILTIN_CALENDAR,
    overrides: new Map(),
  });
}
