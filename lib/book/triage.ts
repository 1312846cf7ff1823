/**
 * Quick placing (快速分类): stepping through the clients not placed yet (or placed long ago) and taking, with one key
 * each, what is still unknown of them — the familiarity band, the sentiment, the trust rung — so that an RM who just
 * imported hundreds of clients places each in one to three keystrokes. Pure: which clients, which steps, which key
 * means what.
 */
import type { Band } from '../familiarity';
import type { Sentiment } from '../sentiment';
import type { ClientSummary } from './summary';

/** A sentiment tagged longer ago than this is asked again: feelings about money move. */
export const STALE_DAYS = 120;
const DAY = 86_400_000;

export type TriageStep = 'band' | 'sentiment' | 'rung';

/** Unplaced clients first (by client number), then those whose sentiment is stale (oldest first). Damaged records are left out: they cannot be written. */
export function triageQueue(summaries: readonly ClientSummary[], now: number): ClientSummary[] {
  const usable = summaries.filter((s) => !s.damaged);
  const unplaced = usable.filter((s) => s.cell === 'unplaced').sort((a, b) => a.clientId.localeCompare(b.clientId));
  const stale = usable
    .filter((s) => s.cell !== 'unplaced' && s.sentimentAt !== null && now - s.sentimentAt > STALE_DAYS * DAY)
    .sort((a, b) => (a.sentimentAt ?? 0) - (b.sentimentAt ?? 0) || a.clientId.localeCompare(b.clientId));
  return [...unplaced, ...stale];
}

/** What is still to be asked of a client, in order. */
export function stepsFor(s: Pick<ClientSummary, 'band' | 'sentiment' | 'sentimentAt' | 'rung'>, now: number): TriageStep[] {
  const steps: TriageStep[] = [];
  if (s.band === null) steps.push('band');
  if (s.sentiment === null || s.sentimentAt === null || now - s.sentimentAt > STALE_DAYS * DAY) steps.push('sentiment');
  if (s.rung === null) steps.push('rung');
  return steps;
}

/** Keys 1–3, in the board's order: not known → familiar; resistant → positive. */
const BAND_KEYS: Record<string, Band> = { '1': 'low', '2': 'mid', '3': 'high' };
const SENTIMENT_KEYS: Record<string, Sentiment> = { '1': 'resistant', '2': 'neutral', '3': 'positive' };

/** The score a band key sets when the client has none in that band: the band's middle. */
export const BAND_SCORE: Record<Band, number> = { low: 1, mid: 4, high: 7 };

export type TriageKey =
  | { step: 'band'; band: Band }
  | { step: 'sentiment'; sentiment: Sentiment }
  | { step: 'rung'; rung: number | null }
  | { undo: true }
  | { skip: true };

/** What a key means at a step; null for a key the step does not take. Rungs: 1–9, 0 for 10; Enter leaves the rung unset. */
export function readKey(step: TriageStep, key: string): TriageKey | null {
  if (key === 'Backspace' || key === 'z' || key === 'Z') return { undo: true };
  if (key === 'ArrowRight') return { skip: true };
  if (step === 'band' && BAND_KEYS[key]) return { step, band: BAND_KEYS[key]! };
  if (step === 'sentiment' && SENTIMENT_KEYS[key]) return { step, sentiment: SENTIMENT_KEYS[key]! };
  if (step === 'rung') {
    if (key === 'Enter') return { step, rung: null };
    if (/^[0-9]$/.test(key)) return { step, rung: key === '0' ? 10 : Number(key) };
  }
  return null;
}
