/**
 * The options' switch for the built-in presets, per CRM address: the RM turns them off and on (stored through
 * platform/presets.ts, which the page script watches), and an address the bank's policy switched off is shown off
 * and locked. The platform's permissions and policy are replaced here; the storage is fakeBrowser's. happy-dom.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localePreference } from '@/components/shared/i18n';

const platform = vi.hoisted(() => ({ policyOff: [] as string[] }));
vi.mock('@/platform/permissions', () => ({
  listOrigins: async () => [
    { pattern: 'http://127.0.0.1/*', preset: true },
    { pattern: 'https://crm.bank.example/*', preset: false },
  ],
  watchOrigins: () => () => undefined,
}));
vi.mock('@/platform/policy', () => ({
  readManagedRules: async () => ({ rules: [], origins: null, presetsOff: platform.policyOff, problems: [] }),
  watchManagedPolicy: () => () => undefined,
}));

const { PresetSettings } = await import('@/components/options/PresetSettings');

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  localePreference.value = 'zh-CN';
  platform.policyOff = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="preset-origin"]')];
const box = (i: number) => rows()[i]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const stored = async () => (await fakeBrowser.storage.local.get('presetsOff')).presetsOff;

describe('built-in presets in the settings', () => {
  it('names the systems, and switches the presets off and on for one address', async () => {
    render(<PresetSettings />, root);
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(root.textContent).toContain('Salesforce Lightning');
    expect(root.textContent).toContain('Apache Fineract / Mifos X');
    expect(rows().map((r) => r.dataset.on)).toEqual(['true', 'true']);
    box(1).click();
    await vi.waitFor(async () => expect(await stored()).toEqual(['https://crm.bank.example/*']));
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.on)).toEqual(['true', 'false']));
    box(1).click();
    await vi.waitFor(async () => expect(await stored()).toEqual([]));
  });

  it('an address the policy switched off is off and locked', async () => {
    platform.policyOff = ['https://*/*'];
    render(<PresetSettings />, root);
    await vi.waitFor(() => expect(rows()[1]?.dataset.on).toBe('false'));
    expect(box(1).disabled).toBe(true);
    expect(rows()[1]!.textContent).toContain('管理员已关闭');
    expect(box(0).disabled).toBe(false);
  });
});
