/**
 * Which scripts fit this client best. Fit comes from the tags against the client's cell (sentiment,
 * what a resistance is about, familiarity band, product, trust rung); learning comes from how the RM
 * marked a script after using it. Each point of the score has a reason the card can show.
 */
import type { FitContext, Script, ScriptUsage } from './types';

export const REASONS = ['sentiment', 'property', 'band', 'product', 'rung', 'helped', 'own'] as const;
export type Reason = (typeof REASONS)[number];

export interface Ranked {
  script: Script;
  score: number;
  /** Strongest first. */
  reasons: Reason[];
}

const W = {
  sentiment: 3,
  property: 3,
  propertyMiss: -2,
  band: 2,
  bandMiss: -1.5,
  product: 1,
  productMiss: -0.5,
  rung: 1,
  rungMiss: -1,
  own: 0.5,
  learning: 4,
};

/** How much an answer given for a client in another cell counts here: a little, never nothing. */
export const ELSEWHERE = 0.1;

/**
 * The cell a script's outcome is learnt in: familiarity band × sentiment, and for a resistant client what the
 * resistance is about. null while the band or the sentiment is unknown (the answer then counts only in totals).
 */
export function learningCell(ctx: Pick<FitContext, 'band' | 'sentiment' | 'property'>): string | null {
  if (!ctx.band || !ctx.sentiment) return null;
  return ctx.sentiment === 'resistant' && ctx.property ? `${ctx.band}:resistant:${ctx.property}` : `${ctx.band}:${ctx.sentiment}`;
}

/**
 * Laplace-smoothed share of "helped" answers, centred on 0: a script used once is not yet proven either way.
 * Answers in this cell count fully, answers elsewhere by ELSEWHERE; with no cell known, every answer counts.
 */
export function learningBonus(u: ScriptUsage | undefined, cell: string | null): number {
  if (!u) return 0;
  const here = cell ? u.cells[cell] : undefined;
  const w = cell ? ELSEWHERE : 1;
  const helped = (here?.helped ?? 0) + w * (u.helped - (here?.helped ?? 0));
  const notHelped = (here?.notHelped ?? 0) + w * (u.notHelped - (here?.notHelped ?? 0));
  if (helped + notHelped <= 0) return 0;
  return W.learning * ((helped + 1) / (helped + notHelped + 2) - 0.5);
}

/** null when the script does not fit at all (tagged for another emotional state). */
export function fitScript(script: Script, ctx: FitContext, usage?: ScriptUsage): Ranked | null {
  const t = script.tags;
  let score = 0;
  const reasons: [Reason, number][] = [];
  if (t.sentiments && ctx.sentiment) {
    if (!t.sentiments.includes(ctx.sentiment)) return null;
    score += W.sentiment;
    reasons.push(['sentiment', W.sentiment]);
  }
  if (t.properties && ctx.property && ctx.sentiment === 'resistant') {
    if (t.properties.includes(ctx.property)) {
      score += W.property;
      reasons.push(['property', W.property + 0.1]);
    } else score += W.propertyMiss;
  }
  if (t.bands && ctx.band) {
    if (t.bands.includes(ctx.band)) {
      score += W.band;
      reasons.push(['band', W.band]);
    } else score += W.bandMiss;
  }
  if (t.products && ctx.category) {
    if (t.products.includes(ctx.category)) {
      score += W.product;
      reasons.push(['product', W.product]);
    } else score += W.productMiss;
  }
  if (t.rungs && ctx.rung !== null) {
    if (ctx.rung >= t.rungs[0] && ctx.rung <= t.rungs[1]) {
      score += W.rung;
      reasons.push(['rung', W.rung]);
    } else score += W.rungMiss;
  }
  const learned = learningBonus(usage, learningCell(ctx));
  score += learned;
  if (learned > 0) reasons.push(['helped', learned]);
  if (script.origin === 'own') {
    score += W.own;
    reasons.push(['own', W.own]);
  }
  reasons.sort((a, b) => b[1] - a[1]);
  return { script, score, reasons: reasons.map(([r]) => r) };
}

/** Visible scripts, best fit first; ties keep the library's order (packs are written most general last). */
export function rankScripts(scripts: readonly Script[], ctx: FitContext, usage: ReadonlyMap<string, ScriptUsage>): Ranked[] {
  const out: { r: Ranked; i: number }[] = [];
  scripts.forEach((s, i) => {
    if (s.hidden) return;
    const r = fitScript(s, ctx, usage.get(s.id));
    if (r) out.push({ r, i });
  });
  return out.sort((a, b) => b.r.score - a.r.score || a.i - b.i).map((x) => x.r);
}
