/** Targets, indicators and the bank's `pacing` policy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS } from '@/lib/calendar/cn-holidays';
import { HolidayYearSchema } from '@/lib/calendar/holiday-calendar';
import { parsePacingPolicy } from '@/lib/pacing/policy';
import { CheckpointsSchema, DEFAULT_PACING_CONFIG, effectiveConfig, PacingPolicySchema, targetsForMonth } from '@/lib/pacing/targets';

describe('checkpoints', () => {
  it.each([
    [[60, 80, 100, 100], true],
    [[50, 75, 90, 100], true],
    [[60, 50, 100, 100], false],
    [[60, 80, 100, 90], false],
    [[60, 80, 100], false],
    [[60.5, 80, 100, 100], false],
  ])('%j valid: %s', (c, ok) => {
    expect(CheckpointsSchema.safeParse(c).success).toBe(ok);
  });
});

describe('managed policy `pacing`', () => {
  it('absent: nothing applied, no error', () => {
    expect(parsePacingPolicy({})).toEqual({ policy: {}, error: null });
  });
  it('malformed: ignored as a whole, with the reason', () => {
    const r = parsePacingPolicy({
      pacing: { checkpoints: [60, 80, 100, 100], targets: [{ month: '2026-13', indicator: 'investment', value: 1 }] },
    });
    expect(r.policy).toEqual({});
    expect(r.error).not.toBeNull();
  });
  it('policy targets and settings win over the RM’s own', () => {
    const { policy } = parsePacingPolicy({
      pacing: { checkpoints: [50, 70, 100, 100], targets: [{ month: '2026-11', indicator: 'investment', value: 300 }] },
    });
    expect(effectiveConfig(DEFAULT_PACING_CONFIG, policy).checkpoints).toEqual([50, 70, 100, 100]);
    expect(effectiveConfig(DEFAULT_PACING_CONFIG, policy).indicators).toBe(DEFAULT_PACING_CONFIG.indicators);
    const own = [
      { month: '2026-11', indicator: 'investment', value: 100, updatedAt: 1 },
      { month: '2026-11', indicator: 'deposit', value: 5, updatedAt: 1 },
      { month: '2026-12', indicator: 'investment', value: 7, updatedAt: 1 },
    ];
    expect([...targetsForMonth('2026-11', own, policy)]).toEqual([
      ['investment', { value: 300, managed: true }],
      ['deposit', { value: 5, managed: false }],
    ]);
  });
  it('public/managed_schema.json declares the `pacing` key with every field the policy reads', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', 'managed_schema.json'), 'utf8'));
    expect(Object.keys(schema.properties.pacing.properties).sort()).toEqual(Object.keys(PacingPolicySchema.shape).sort());
    expect(Object.keys(schema.properties.pacing.properties.calendar.items.properties).sort()).toEqual(['off', 'on', 'provisional', 'year']);
  });
});

describe('the shipped calendar', () => {
  it('covers 2025–2027, with only 2027 provisional; make-up days are weekends and days off are unique', () => {
    expect(CN_HOLIDAYS.map((y) => [y.year, y.provisional])).toEqual([
      [2025, false],
      [2026, false],
      [2027, true],
    ]);
    for (const y of CN_HOLIDAYS) {
      expect(HolidayYearSchema.safeParse(y).success, String(y.year)).toBe(true);
      for (const d of y.on) expect([0, 6], d).toContain(new Date(`${d}T12:00:00`).getDay());
      expect(new Set(y.off).size).toBe(y.off.length);
      for (const d of [...y.on, ...y.off]) expect(d.startsWith(String(y.year))).toBe(true);
    }
  });
});
