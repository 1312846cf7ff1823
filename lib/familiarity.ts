/**
 * Familiarity (METHOD §3a): a 0–9 score suggested from evidence the RM ticks, in three bands. The strongest
 * signal sets the band; more evidence from the same band lifts the score within it, weaker evidence lowers
 * it, never across the band's edge. The RM may override the suggestion; the card then says so.
 */
import * as z from 'zod/mini';

/** Integer bands: 0–2 not known yet, 3–5 known with some contact, 6–9 familiar (9 = trusted adviser). */
export const BANDS = ['low', 'mid', 'high'] as const;
export type Band = (typeof BANDS)[number];

const BAND_RANGE: Record<Band, readonly [number, number]> = { low: [0, 2], mid: [3, 5], high: [6, 9] };

/** Each signal with the score it points to on its own. Ordered as the checklist shows them. */
export const SIGNAL_WEIGHTS = {
  dormant: 1,
  handedOver: 1,
  eventLead: 2,
  basicServiceOnly: 3,
  sittingOnLosses: 4,
  contactedOnlyWhenSelling: 5,
  holdsFewProducts: 6,
  performingWell: 7,
  regularContact: 7,
  manyProducts: 8,
  repeatPurchases: 8,
  consultsMe: 9,
} as const satisfies Record<string, number>;

export type FamiliaritySignal = keyof typeof SIGNAL_WEIGHTS;
export const FAMILIARITY_SIGNALS = Object.keys(SIGNAL_WEIGHTS) as FamiliaritySignal[];
export const FamiliaritySignalSchema = z.enum(FAMILIARITY_SIGNALS as [FamiliaritySignal, ...FamiliaritySignal[]]);

export const ScoreSchema = z.int().check(z.minimum(0), z.maximum(9));

export function bandOf(score: number): Band {
  if (score < 3) return 'low';
  if (score < 6) return 'mid';
  return 'high';
}

export interface Suggestion {
  score: number;
  band: Band;
  /** The signal that set the band, shown first in "why". */
  strongest: FamiliaritySignal;
}

/** null when no evidence is ticked: Pacer does not guess a score from nothing. */
export function suggestScore(signals: readonly FamiliaritySignal[]): Suggestion | null {
  const unique = [...new Set(signals)];
  if (!unique.length) return null;
  let strongest = unique[0]!;
  for (const s of unique) if (SIGNAL_WEIGHTS[s] > SIGNAL_WEIGHTS[strongest]) strongest = s;
  const top = SIGNAL_WEIGHTS[strongest];
  const band = bandOf(top);
  const [floor, ceiling] = BAND_RANGE[band];
  let raw = top;
  for (const s of unique) {
    if (s === strongest) continue;
    raw += bandOf(SIGNAL_WEIGHTS[s]) === band ? 0.5 : -0.5;
  }
  const score = Math.min(ceiling, Math.max(floor, Math.round(raw)));
  return { score, band, strongest };
}

export interface Familiarity {
  signals: FamiliaritySignal[];
  /** The RM's own score, when they disagree with the suggestion. */
  override: number | null;
}

export interface EffectiveScore {
  score: number;
  band: Band;
  source: 'override' | 'evidence';
}

export function effectiveScore(f: Familiarity): EffectiveScore | null {
  if (f.override !== null) return { score: f.override, band: bandOf(f.override), source: 'override' };
  const s = suggestScore(f.signals);
  return s && { score: s.score, band: s.band, source: 'evidence' };
}
