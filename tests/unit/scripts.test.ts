import { describe, expect, it } from 'vitest';
import { BUILTIN_SCRIPTS, PACKS } from '@/lib/scripts';
import { effectiveLibrary } from '@/lib/scripts/library';
import { learningBonus, learningCell, rankScripts } from '@/lib/scripts/rank';
import { type FitContext, type ScriptEdit, ScriptTagsSchema, type ScriptUsage } from '@/lib/scripts/types';

const zh = effectiveLibrary(BUILTIN_SCRIPTS, [], 'zh-CN');
const none = new Map<string, ScriptUsage>();
const top = (ctx: FitContext, usage = none, lib = zh) =>
  rankScripts(lib, ctx, usage)
    .slice(0, 5)
    .map((r) => r.script.id);

const resistantSafety: FitContext = { sentiment: 'resistant', property: 'safety', category: 'insurance', band: 'mid', rung: 3 };
const positiveFamiliar: FitContext = { sentiment: 'positive', property: null, category: null, band: 'high', rung: 8 };

describe('the built-in library', () => {
  it('has at least 40 scripts in packs, unique ids, both languages, valid tags', () => {
    expect(BUILTIN_SCRIPTS.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(PACKS).length).toBeGreaterThanOrEqual(5);
    expect(new Set(BUILTIN_SCRIPTS.map((s) => s.id)).size).toBe(BUILTIN_SCRIPTS.length);
    for (const s of BUILTIN_SCRIPTS) {
      expect(ScriptTagsSchema.safeParse(s.tags).success, s.id).toBe(true);
      for (const text of [s.title.zh, s.title.en, s.body.zh, s.body.en]) expect(text.trim().length, s.id).toBeGreaterThan(3);
      expect(/[\u4e00-\u9fff]/.test(s.body.en + s.title.en), s.id).toBe(false);
      expect(/[\u4e00-\u9fff]/.test(s.body.zh), s.id).toBe(true);
      if (s.tags.rungs) expect(s.tags.rungs[0]).toBeLessThanOrEqual(s.tags.rungs[1]);
      // A placeholder in one language is in the other too.
      expect(s.body.zh.includes('{name}'), s.id).toBe(s.body.en.includes('{name}'));
    }
  });

  it('covers every technique the card promises', () => {
    const used = new Set(BUILTIN_SCRIPTS.map((s) => s.tags.technique));
    for (const t of ['scale', 'spin', 'sandwich', 'assetDiscovery', 'objectionRoot', 'meetingPrep', 'contactRhythm'])
      expect(used).toContain(t);
  });
});

describe('ranking', () => {
  it('a client resisting on safety gets the scale question first; a positive familiar client never sees it', () => {
    const a = top(resistantSafety);
    const b = top(positiveFamiliar);
    expect(a).toContain('res-scale-insurance');
    expect(a).toContain('res-safety-volatility');
    // The first three are written for resistance about safety.
    for (const id of a.slice(0, 3)) expect(zh.find((s) => s.id === id)?.tags.properties, id).toContain('safety');
    expect(b).not.toContain('res-scale-insurance');
    expect(rankScripts(zh, positiveFamiliar, none).some((r) => r.script.id.startsWith('res-'))).toBe(false);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('explains each fit, strongest reason first', () => {
    const [first] = rankScripts(zh, resistantSafety, none);
    expect(first?.reasons.slice(0, 2)).toEqual(['property', 'sentiment']);
  });

  const answered = (scriptId: string, cell: string, helped: number, notHelped: number): ScriptUsage => ({
    scriptId,
    used: helped + notHelped,
    helped,
    notHelped,
    lastUsedAt: 1,
    cells: { [cell]: { used: helped + notHelped, helped, notHelped } },
  });

  it('learns in the cell: a script that helped there climbs, one that did not sinks', () => {
    const cell = learningCell(positiveFamiliar)!;
    expect(cell).toBe('high:positive');
    const before = top(positiveFamiliar);
    const helped = rankScripts(zh, positiveFamiliar, none).find((r) => !before.includes(r.script.id))!.script.id;
    const usage = new Map<string, ScriptUsage>([
      [helped, answered(helped, cell, 4, 0)],
      [before[0]!, answered(before[0]!, cell, 0, 4)],
    ]);
    const after = top(positiveFamiliar, usage);
    expect(after[0]).toBe(helped);
    expect(after.indexOf(before[0]!)).not.toBe(0);
    expect(learningBonus(usage.get(helped), cell)).toBeGreaterThan(0);
    expect(learningBonus({ scriptId: 'x', used: 3, helped: 0, notHelped: 0, lastUsedAt: 0, cells: {} }, cell)).toBe(0);
  });

  it('what helped in one cell says little about another', () => {
    const resistantCell = learningCell(resistantSafety)!;
    expect(resistantCell).toBe('mid:resistant:safety');
    expect(learningCell({ band: 'mid', sentiment: 'resistant', property: null })).toBe('mid:resistant');
    expect(learningCell({ band: null, sentiment: 'positive', property: null })).toBeNull();
    // A generic script (fits every cell) that helped eight times with clients resisting on safety.
    const u = answered('meet-confirm', resistantCell, 8, 0);
    const here = learningBonus(u, resistantCell);
    const there = learningBonus(u, 'high:positive');
    expect(here).toBeGreaterThan(1.5);
    expect(there).toBeGreaterThan(0);
    // Eight answers elsewhere weigh less than a single one here.
    expect(there).toBeLessThan(learningBonus(answered('meet-confirm', 'high:positive', 1, 0), 'high:positive'));
    expect(there).toBeLessThan(here / 2);
    // Unknown cell: every answer counts.
    expect(learningBonus(u, null)).toBeCloseTo(here);
    // Rows written before cells were counted still teach a little everywhere.
    const legacy: ScriptUsage = { scriptId: 'meet-confirm', used: 8, helped: 8, notHelped: 0, lastUsedAt: 1, cells: {} };
    expect(learningBonus(legacy, 'high:positive')).toBeCloseTo(there);
    const ranks = (cell: FitContext, usage: Map<string, ScriptUsage>) =>
      rankScripts(zh, cell, usage).findIndex((r) => r.script.id === 'meet-confirm');
    const usage = new Map([['meet-confirm', u]]);
    const neutralLow: FitContext = { sentiment: 'neutral', property: null, category: null, band: 'low', rung: 2 };
    const climb = (cell: FitContext) => ranks(cell, none) - ranks(cell, usage);
    expect(climb(resistantSafety)).toBeGreaterThan(3 * climb(neutralLow));
  });

  it('with nothing known, still offers scripts (generic ones), never an empty list', () => {
    expect(rankScripts(zh, { sentiment: null, property: null, category: null, band: null, rung: null }, none).length).toBe(
      BUILTIN_SCRIPTS.length,
    );
  });
});

describe("the RM's edits", () => {
  const own: ScriptEdit = {
    id: 'own-1',
    kind: 'own',
    title: '我的开场白',
    body: '{name}最近好吗？',
    tags: { technique: 'trust', sentiments: ['positive'] },
    hidden: false,
    updatedAt: 1,
  };
  const hide: ScriptEdit = { id: 'res-scale-insurance', kind: 'override', title: null, body: null, tags: null, hidden: true, updatedAt: 1 };
  const reword: ScriptEdit = {
    id: 'meet-confirm',
    kind: 'override',
    title: null,
    body: '明天见，记得带身份证。',
    tags: null,
    hidden: false,
    updatedAt: 1,
  };

  it('adds own scripts, rewords and hides built-ins', () => {
    const lib = effectiveLibrary(BUILTIN_SCRIPTS, [own, hide, reword], 'zh-CN');
    expect(lib.find((s) => s.id === 'own-1')).toMatchObject({ origin: 'own', body: '{name}最近好吗？' });
    expect(lib.find((s) => s.id === 'meet-confirm')).toMatchObject({
      origin: 'edited',
      body: '明天见，记得带身份证。',
      title: '面谈前一天确认',
    });
    expect(top(resistantSafety, none, lib)).not.toContain('res-scale-insurance');
    const mine = rankScripts(lib, positiveFamiliar, none).find((r) => r.script.id === 'own-1');
    expect(mine?.reasons).toEqual(['sentiment', 'own']);
  });
});
