/**
 * Driving a page with the keyboard alone, and checking what a keyboard user sees: that focus moves in reading
 * order and that the focused element shows a focus ring one can see (drawn, contrasted, not clipped or covered).
 */
import type { Page } from 'playwright-core';
import { expect } from './fixture';

/**
 * Presses Tab (Shift+Tab with `back`) until the element matching `selector` has focus, and fails if it never
 * does within `max` presses, if focus ever moves against the document's order (a jump a tabindex or a CSS
 * reordering would cause), or if any control on the way does not show its focus (expectVisibleFocus). A date
 * input's parts take one press each and count as one element.
 */
export async function tabTo(page: Page, selector: string, { back = false, max = 150 } = {}): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __focusTrail: Element[] }).__focusTrail = [];
  });
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const step = await page.evaluate(
      ({ selector, back }) => {
        const trail = (window as unknown as { __focusTrail: Element[] }).__focusTrail;
        const el = document.activeElement;
        if (!el || el === document.body) return { at: 'body', arrived: false, backwards: false };
        const at = el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}”`;
        const prev = trail[trail.length - 1];
        const backwards = !!prev && prev !== el && ((prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) === back;
        trail.push(el);
        return { at, arrived: el.matches(selector), backwards };
      },
      { selector, back },
    );
    path.push(step.at);
    expect(step.backwards, `focus moved against the reading order: ${path.slice(-6).join(' → ')}`).toBe(false);
    if (step.at !== 'body') {
      const ring = await focusRing(page);
      expect(focusProblems(ring), `${path.slice(-6).join(' → ')}: ${ring.element}`).toEqual([]);
    }
    if (step.arrived) return;
  }
  throw new Error(`${selector} never received focus in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}: ${path.join(' → ')}`);
}

export interface FocusRing {
  /** The focused element, briefly. */
  element: string;
  /** :focus-visible, or, when focus is inside the element's own parts (a date field's calendar button), :focus-within. */
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  /** The ring's colour against the background the element sits on. */
  contrast: number;
  /** An ancestor that cuts the ring off (overflow), if any. */
  clippedBy: string | null;
  /** What covers the element's centre instead of it (a sticky bar), if anything. */
  coveredBy: string | null;
}

/** How the focused element shows its focus. */
export function focusRing(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) throw new Error('nothing has focus');
    const style = getComputedStyle(el);
    const rgba = (c: string): [number, number, number, number] | null => {
      const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: readonly number[]) => {
      const ch = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    // The first opaque background behind the element; translucent tints are looked through.
    let background: number[] = [255, 255, 255];
    for (let n: Element | null = el.parentElement; n; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c && c[3] === 1) {
        background = c;
        break;
      }
    }
    const ring = rgba(style.outlineColor) ?? [0, 0, 0, 0];
    const [hi, lo] = [luminance(ring), luminance(background)].sort((a, b) => b - a) as [number, number];
    const width = Number.parseFloat(style.outlineWidth) || 0;
    const reach = width + (Number.parseFloat(style.outlineOffset) || 0);
    const box = el.getBoundingClientRect();
    let clippedBy: string | null = null;
    for (let n: Element | null = el.parentElement; n && !clippedBy; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = n.getBoundingClientRect();
      if (box.left - reach < r.left || box.right + reach > r.right || box.top - reach < r.top || box.bottom + reach > r.bottom)
        clippedBy = n.outerHTML.slice(0, 80);
    }
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      element: el.outerHTML.slice(0, 100),
      focusVisible: el.matches(':focus-visible') || (!el.matches(':focus') && el.matches(':focus-within')),
      outlineStyle: style.outlineStyle,
      outlineWidth: width,
      contrast: (hi + 0.05) / (lo + 0.05),
      clippedBy,
      coveredBy: hit && (hit === el || el.contains(hit)) ? null : (hit?.outerHTML.slice(0, 80) ?? 'nothing: off screen'),
    };
  });
}

/** What keeps a keyboard user from seeing where focus is; none when the ring shows. */
export function focusProblems(ring: FocusRing): string[] {
  const problems: string[] = [];
  if (!ring.focusVisible) problems.push('does not match :focus-visible');
  if (ring.outlineStyle === 'none' || ring.outlineWidth < 2)
    problems.push(`outline ${ring.outlineStyle} ${ring.outlineWidth}px, not a 2 px ring`);
  if (ring.contrast < 3) problems.push(`ring contrast ${ring.contrast.toFixed(2)}:1, below 3:1`);
  if (ring.clippedBy) problems.push(`ring clipped by ${ring.clippedBy}`);
  if (ring.coveredBy) problems.push(`covered by ${ring.coveredBy}`);
  return problems;
}

/** The focused element shows a ring a keyboard user can see. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await focusRing(page);
  expect(focusProblems(ring), ring.element).toEqual([]);
}
