/**
 * The nine-cell grid (METHOD §3c): familiarity band × emotional state. Each cell carries a strategy — how
 * urgent the client is when the month needs deals, the next best action, and what to avoid. The texts live
 * in lib/i18n/catalog/grid.ts under `grid.<band>.<sentiment>.*`; this module holds the structure.
 */
import { BANDS, type Band } from './familiarity';
import { SENTIMENTS, type Sentiment } from './sentiment';

/** From "work it this week" to "long nurture": sticky, open clients close fastest (METHOD §3a, Use). */
export const PRIORITIES = ['thisWeek', 'thisMonth', 'nurture', 'longNurture'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface CellStrategy {
  band: Band;
  sentiment: Sentiment;
  priority: Priority;
  /** 1 = work first when behind target, 9 = last. */
  rank: number;
}

const TABLE: Record<Band, Record<Sentiment, { priority: Priority; rank: number }>> = {
  high: {
    positive: { priority: 'thisWeek', rank: 1 },
    neutral: { priority: 'thisWeek', rank: 2 },
    resistant: { priority: 'thisMonth', rank: 5 },
  },
  mid: {
    positive: { priority: 'thisWeek', rank: 3 },
    neutral: { priority: 'thisMonth', rank: 4 },
    resistant: { priority: 'nurture', rank: 7 },
  },
  low: {
    positive: { priority: 'thisMonth', rank: 6 },
    neutral: { priority: 'nurture', rank: 8 },
    resistant: { priority: 'longNurture', rank: 9 },
  },
};

export function cellStrategy(band: Band, sentiment: Sentiment): CellStrategy {
  return { band, sentiment, ...TABLE[band][sentiment] };
}

/** Rows top to bottom (familiar first), columns left to right (resistant → positive), as the card draws them. */
export const GRID_ROWS: readonly Band[] = [...BANDS].reverse();
export const GRID_COLUMNS: readonly Sentiment[] = SENTIMENTS;

export function allCells(): CellStrategy[] {
  return GRID_ROWS.flatMap((band) => GRID_COLUMNS.map((s) => cellStrategy(band, s)));
}

export type CellTextKey = `grid.${Band}.${Sentiment}.${'name' | 'action' | 'avoid'}`;
export function cellTextKey(band: Band, sentiment: Sentiment, part: 'name' | 'action' | 'avoid'): CellTextKey {
  return `grid.${band}.${sentiment}.${part}`;
}
