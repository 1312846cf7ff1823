import { describe, expect, it } from 'vitest';
import { bandOf, effectiveScore, FAMILIARITY_SIGNALS, type FamiliaritySignal, suggestScore } from '@/lib/familiarity';

describe('familiarity from evidence', () => {
  it.each<[FamiliaritySignal[], number, string]>([
    [['dormant'], 1, 'low'],
    [['handedOver', 'eventLead'], 2, 'low'],
    [['basicServiceOnly'], 3, 'mid'],
    [['sittingOnLosses', 'basicServiceOnly'], 5, 'mid'],
    [['sittingOnLosses', 'dormant'], 4, 'mid'],
    [['contactedOnlyWhenSelling', 'sittingOnLosses'], 5, 'mid'],
    [['holdsFewProducts'], 6, 'high'],
    [['holdsFewProducts', 'performingWell', 'regularContact'], 8, 'high'],
    [['consultsMe', 'manyProducts', 'repeatPurchases'], 9, 'high'],
    // Weak evidence lowers the score, never below the band the strongest signal set.
    [['holdsFewProducts', 'dormant', 'sittingOnLosses'], 6, 'high'],
    [['performingWell', 'sittingOnLosses'], 7, 'high'],
  ])('%j → %i (%s)', (signals, score, band) => {
    expect(suggestScore(signals)).toMatchObject({ score, band });
  });

  it('no evidence, no score', () => {
    expect(suggestScore([])).toBeNull();
    expect(effectiveScore({ signals: [], override: null })).toBeNull();
  });

  it('names the strongest signal as the reason', () => {
    expect(suggestScore(['regularContact', 'consultsMe'])?.strongest).toBe('consultsMe');
  });

  it('every signal alone stays inside 0–9 and its own band', () => {
    for (const s of FAMILIARITY_SIGNALS) {
      const r = suggestScore([s])!;
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(9);
      expect(bandOf(r.score)).toBe(r.band);
    }
  });

  it("the RM's override wins and says so", () => {
    expect(effectiveScore({ signals: ['dormant'], override: 7 })).toEqual({ score: 7, band: 'high', source: 'override' });
    expect(effectiveScore({ signals: ['dormant'], override: null })).toEqual({ score: 1, band: 'low', source: 'evidence' });
  });

  it.each([
    [0, 'low'],
    [2, 'low'],
    [3, 'mid'],
    [5, 'mid'],
    [6, 'high'],
    [9, 'high'],
  ] as const)('score %i is band %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});
