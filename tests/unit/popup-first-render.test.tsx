/**
 * The popup's first render shows today's figures as last computed (the cache), marked as such, and the
 * database's once they arrive; a failed read says so and keeps what is on screen. happy-dom.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp, type PopupState } from '@/components/popup/PopupApp';
import { localePreference } from '@/components/shared/i18n';
import type { PacingSnapshot } from '@/lib/pacing/figures';
import { snapshotFor, WAN } from './support/pacing-fixtures';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(figures: PacingSnapshot | null): PopupState {
  localePreference.value = 'zh-CN';
  const state: PopupState = { figures: signal(figures), fromDatabase: signal(false), failed: signal(false), meetings: signal(null) };
  root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp state={state} />, root);
  return state;
}
const gap = () => root.querySelector('[data-indicator="investment"] [data-testid="gap"]')?.textContent;
const source = () => root.querySelector('[data-testid="popup"]')?.getAttribute('data-figures');

describe('popup first render', () => {
  it('shows the cached figures in the first render, then the database’s', async () => {
    // Wednesday 2026-11-18, week 3: 80 % + 20 % × 3/5 of 229万 = 210.68万 planned by tonight.
    const state = mount(snapshotFor('2026-11-18'));
    expect(gap()).toBe('210.68万');
    expect(source()).toBe('cache');
    expect(root.textContent).not.toContain('加载');

    state.figures.value = snapshotFor('2026-11-18', 130 * WAN);
    state.fromDatabase.value = true;
    await new Promise((r) => setTimeout(r, 0));
    expect(gap()).toBe('80.68万');
    expect(source()).toBe('database');
  });

  it('without cached figures shows that it is loading', () => {
    mount(null);
    expect(root.querySelector('[data-testid="pacing-indicator"]')).toBeNull();
    expect(source()).toBe('none');
    expect(root.textContent).toContain('加载');
  });

  it('a failed database read is said, and the figures on screen stay', async () => {
    const state = mount(snapshotFor('2026-11-18'));
    state.failed.value = true;
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('[data-testid="figures-failed"]')?.textContent).toContain('暂时读不到最新的今日数据');
    expect(gap()).toBe('210.68万');
  });
});
