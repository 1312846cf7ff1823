/**
 * Smart defaults for the one-click "add to pipeline" (METHOD §1–2): the indicator furthest behind its pace
 * when targets exist, otherwise the one the RM used last; expected this week; "positive, thinking".
 */
import { DEFAULT_INDICATORS } from './pipeline';

export interface IndicatorChoice {
  /** The indicator of the RM's most recently touched deal, if any. */
  lastUsed: string | null;
  /** Today's pacing gap per indicator, in fen (positive = behind plan). Absent without targets. */
  gaps?: Readonly<Record<string, number>> | null;
}

export function defaultIndicator({ lastUsed, gaps }: IndicatorChoice): string {
  let best: string | null = null;
  let bestGap = 0;
  for (const [indicator, gap] of Object.entries(gaps ?? {})) {
    if (Number.isFinite(gap) && gap > bestGap) {
      best = indicator;
      bestGap = gap;
    }
  }
  return best ?? lastUsed ?? DEFAULT_INDICATORS[0];
}
