/**
 * The popup's first render: figures already read (startPopupReads) are on screen in that very render, with no
 * "loading" frame; figures read for another day are not shown (the popup reads again). happy-dom, WXT's
 * fakeBrowser, fake-indexeddb.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import { localePreference } from '@/components/i18n';
import { toIsoDate } from '@/lib/dates';
import type { PacingInputs } from '@/lib/pacing-snapshot';
import { DEFAULT_PACING_CONFIG } from '@/lib/targets';

const WAN = 1_000_000;
const today = toIsoDate(new Date());
const policy = {};
const inputs = (day: string): PacingInputs => ({
  today: day,
  config: DEFAULT_PACING_CONFIG,
  policy,
  targets: [{ month: day.slice(0, 7), indicator: 'investment', value: 229 * WAN, updatedAt: 1 }],
  manual: [],
  wonDeals: [],
  openDeals: [],
  overrides: new Map(),
});

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(initialInputs?: PacingInputs) {
  localePreference.value = 'en';
  root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp initialPolicy={policy} initialInputs={initialInputs} />, root);
}

describe('popup first render', () => {
  it('shows the figures already read, in the first render', () => {
    mount(inputs(today));
    const cards = [...root.querySelectorAll('[data-testid="pacing-indicator"]')];
    expect(cards.map((c) => c.getAttribute('data-indicator'))).toEqual(['investment']);
    expect(cards[0]!.querySelector('[data-testid="gap"]')?.textContent).toMatch(/\d/);
    expect(root.textContent).not.toContain('Loading');
  });

  it('does not show figures read for another day', () => {
    mount(inputs('2020-01-15'));
    expect(root.querySelector('[data-testid="pacing-indicator"]')).toBeNull();
    expect(root.textContent).toContain('Loading');
  });
});
