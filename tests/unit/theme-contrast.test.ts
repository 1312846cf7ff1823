/**
 * The theme's colours meet WCAG AA contrast in both schemes, computed from components/shared/theme.css itself:
 * text 4.5:1 on every background it is drawn on (the tinted chips' backgrounds included), focus rings and field
 * borders 3:1. axe checks the pages as rendered in the e2e tests; this covers the states a test does not show
 * (an error banner, a pressed button of each sentiment, a warning chip) and says which pair broke.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Rgb = readonly [number, number, number];
type Palette = Record<string, Rgb>;

const css = readFileSync(join(__dirname, '..', '..', 'components', 'shared', 'theme.css'), 'utf8');

function variables(block: string): Palette {
  const palette: Palette = {};
  for (const [, name, hex] of block.matchAll(/--([\w-]+):\s*#([0-9a-f]{6})\b/gi)) {
    palette[name!] = [0, 2, 4].map((i) => Number.parseInt(hex!.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  return palette;
}

const [lightBlock, afterMedia] = css.split(/@media \(prefers-color-scheme: dark\)/);
const light = variables(lightBlock!);
// The dark block overrides some of the light variables; the rest carry over.
const darkOwn = variables(afterMedia!.slice(0, afterMedia!.indexOf('}')));
const dark = { ...light, ...darkOwn };

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color-mix(in srgb, fg pct%, transparent)` drawn over `bg`, as the chips' tints are. */
const tint = (fg: Rgb, pct: number, bg: Rgb): Rgb => fg.map((v, i) => (v * pct) / 100 + bg[i]! * (1 - pct / 100)) as unknown as Rgb;

type Pair = [what: string, fg: (p: Palette) => Rgb, bg: (p: Palette) => Rgb, min: number];
const v = (name: string) => (p: Palette) => {
  const c = p[name];
  if (!c) throw new Error(`theme.css has no --${name}`);
  return c;
};
const TEXT = 4.5;
const NON_TEXT = 3;

const PAIRS: Pair[] = [
  ['text on the page', v('text'), v('bg'), TEXT],
  ['text on a card', v('text'), v('surface'), TEXT],
  ['text on a soft accent (setup hint, offer)', v('text'), v('accent-soft'), TEXT],
  ['muted text on the page', v('muted'), v('bg'), TEXT],
  ['muted text on a card', v('muted'), v('surface'), TEXT],
  ['muted text on a soft accent', v('muted'), v('accent-soft'), TEXT],
  ['muted text in the won form', v('muted'), (p) => tint(v('ok')(p), 10, v('surface')(p)), TEXT],
  ['accent text (links, labels) on a card', v('accent'), v('surface'), TEXT],
  ['accent text on the page', v('accent'), v('bg'), TEXT],
  ['accent text on a soft accent (chips, reached rungs)', v('accent'), v('accent-soft'), TEXT],
  ['a primary button, the current rung', v('accent-text'), v('accent'), TEXT],
  ['a pressed "resistant"', v('accent-text'), v('danger'), TEXT],
  ['a pressed "neutral"', v('accent-text'), v('muted'), TEXT],
  ['a pressed "positive"', v('accent-text'), v('ok'), TEXT],
  ['ok text (saved, ahead) on a card', v('ok'), v('surface'), TEXT],
  ['a won chip', v('ok'), (p) => tint(v('ok')(p), 18, v('surface')(p)), TEXT],
  ['a warning on a card', v('warn'), v('surface'), TEXT],
  ['a "new client" chip', v('warn'), (p) => tint(v('warn')(p), 18, v('surface')(p)), TEXT],
  ['danger text (flags, the gap) on a card', v('danger'), v('surface'), TEXT],
  ['danger text on the page', v('danger'), v('bg'), TEXT],
  ['an error banner, a lost chip', v('danger'), v('danger-soft'), TEXT],
  ['the focus ring on a card', v('accent'), v('surface'), NON_TEXT],
  ['the focus ring on the page', v('accent'), v('bg'), NON_TEXT],
  ['the focus ring in an error banner', v('accent'), v('danger-soft'), NON_TEXT],
  ['a field’s border on a card', v('control-border'), v('surface'), NON_TEXT],
  ['a field’s border on the page', v('control-border'), v('bg'), NON_TEXT],
];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('the %s theme', (_scheme, palette) => {
  it.each(PAIRS)('%s reaches its contrast', (_what, fg, bg, min) => {
    expect(contrast(fg(palette), bg(palette))).toBeGreaterThanOrEqual(min);
  });
});

it('has a dark scheme of its own, not the light colours on a dark page', () => {
  expect(Object.keys(darkOwn)).toEqual(
    expect.arrayContaining(['bg', 'surface', 'text', 'muted', 'accent', 'control-border', 'ok', 'warn', 'danger']),
  );
});

it('computes contrast as WCAG does', () => {
  expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  expect(contrast([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
});
