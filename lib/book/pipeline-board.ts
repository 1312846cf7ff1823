/**
 * The pipeline board (METHOD §2): open deals by stage, with what each indicator's pipeline is worth raw and weighted
 * by certainty, this month and next month apart (next month's deals are what weeks 3–4 build the reservation from),
 * and the deals past their expected date. Moving a deal to another stage is one change, the same as the card's.
 */
import { type IsoDate, toIsoDate } from '../calendar/dates';
import { monthOf, shiftMonth } from '../calendar/working-days';
import { CERTAINTY_WEIGHT } from '../pacing/plan';
import { CERTAINTIES, type Certainty, DEAL_STAGES, type Deal, type DealStage, isOpen } from '../pipeline';

export type Period = 'thisMonth' | 'nextMonth' | 'later';
export const PERIODS: readonly Period[] = ['thisMonth', 'nextMonth', 'later'];

/** The month a deal is expected in, from today's: one already past its date still counts on this month. */
export function periodOf(deal: Pick<Deal, 'expectedDate'>, today: IsoDate): Period {
  const month = monthOf(today);
  const expected = monthOf(deal.expectedDate);
  if (expected <= month) return 'thisMonth';
  return expected === shiftMonth(month, 1) ? 'nextMonth' : 'later';
}

export function isPastDue(deal: Pick<Deal, 'stage' | 'expectedDate'>, today: IsoDate): boolean {
  return isOpen(deal) && deal.expectedDate < today;
}

export interface PipelineTotal {
  count: number;
  raw: number;
  weighted: number;
}
export interface IndicatorTotals {
  indicator: string;
  thisMonth: PipelineTotal;
  nextMonth: PipelineTotal;
}

/** Per indicator, the open deals' amounts this month and next month, raw and weighted by certainty (rounded once). */
export function pipelineTotals(deals: readonly Deal[], today: IsoDate): IndicatorTotals[] {
  const sums = new Map<string, { thisMonth: PipelineTotal; nextMonth: PipelineTotal }>();
  const weightedFen = new Map<string, number>();
  for (const d of deals) {
    if (!isOpen(d)) continue;
    const period = periodOf(d, today);
    if (period === 'later') continue;
    const row = sums.get(d.indicator) ?? { thisMonth: { count: 0, raw: 0, weighted: 0 }, nextMonth: { count: 0, raw: 0, weighted: 0 } };
    row[period].count++;
    row[period].raw += d.amount;
    const key = `${d.indicator}|${period}`;
    weightedFen.set(key, (weightedFen.get(key) ?? 0) + d.amount * CERTAINTY_WEIGHT[d.certainty]);
    sums.set(d.indicator, row);
  }
  return [...sums.entries()]
    .map(([indicator, row]) => ({
      indicator,
      thisMonth: { ...row.thisMonth, weighted: Math.round((weightedFen.get(`${indicator}|thisMonth`) ?? 0) / 100) },
      nextMonth: { ...row.nextMonth, weighted: Math.round((weightedFen.get(`${indicator}|nextMonth`) ?? 0) / 100) },
    }))
    .sort((a, b) => a.indicator.localeCompare(b.indicator));
}

/** The fields a move to `stage` changes: a won deal counts on today (as the card records it), a reopened one on none. */
export function stageChange(stage: DealStage, now: number): Partial<Deal> {
  if (stage === 'won') return { stage, closedAt: now, closedOn: toIsoDate(new Date(now)) };
  if (stage === 'lost') return { stage, closedAt: now, closedOn: null };
  return { stage, closedAt: null, closedOn: null };
}

/** The stage one step left or right of `stage` on the board, or null at the edge. */
export function neighbourStage(stage: DealStage, step: -1 | 1): DealStage | null {
  return DEAL_STAGES[DEAL_STAGES.indexOf(stage) + step] ?? null;
}

/** Keys 1–3 pick a certainty, surest first (as the card lists them). */
export function certaintyForKey(key: string): Certainty | null {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= CERTAINTIES.length ? CERTAINTIES[n - 1]! : null;
}

/** Deals on the board: open ones by expected date (past due first), closed ones newest first. */
export function boardOrder(a: Deal, b: Deal): number {
  if (isOpen(a) && isOpen(b)) return a.expectedDate.localeCompare(b.expectedDate) || a.id.localeCompare(b.id);
  return (b.closedAt ?? 0) - (a.closedAt ?? 0) || a.id.localeCompare(b.id);
}
