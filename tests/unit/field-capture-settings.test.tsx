/**
 * Field capture's switch per CRM address in the settings (off by default, stored through platform/field-capture.ts),
 * locked off when the bank's policy forbids it (`fieldCaptureAllowed: false`, read through the real parser), and
 * the panel's question "may this card read this page" answering the same. Permissions and the policy are replaced
 * here; the storage is fakeBrowser's. happy-dom.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localePreference } from '@/components/shared/i18n';
import { parsePolicy } from '@/lib/client-id/rules';

const platform = vi.hoisted(() => ({ policy: {} as Record<string, unknown>, policyReads: 0 }));
vi.mock('@/platform/permissions', () => ({
  listOrigins: async () => [
    { pattern: 'http://127.0.0.1/*', preset: true },
    { pattern: 'https://crm.bank.example/*', preset: false },
  ],
  watchOrigins: () => () => undefined,
}));
vi.mock('@/platform/policy', () => ({
  readManagedRules: async () => {
    platform.policyReads++;
    return parsePolicy(platform.policy);
  },
  watchManagedPolicy: () => () => undefined,
}));

const { FieldCaptureSettings } = await import('@/components/options/FieldCaptureSettings');
const { captureEnabledFor } = await import('@/platform/field-capture-switch');

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  localePreference.value = 'zh-CN';
  platform.policy = {};
  platform.policyReads = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="capture-origin"]')];
const box = (i: number) => rows()[i]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const stored = async () => (await fakeBrowser.storage.local.get('fieldCaptureOn')).fieldCaptureOn;

describe('field capture in the settings', () => {
  it('is off by default everywhere, and switches on and off for one address', async () => {
    render(<FieldCaptureSettings />, root);
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((r) => r.dataset.on)).toEqual(['false', 'false']);
    expect(await captureEnabledFor('https://crm.bank.example/cust?id=1')).toBe(false);
    box(1).click();
    await vi.waitFor(async () => expect(await stored()).toEqual(['https://crm.bank.example/*']));
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.on)).toEqual(['false', 'true']));
    expect(await captureEnabledFor('https://crm.bank.example/cust?id=1')).toBe(true);
    expect(await captureEnabledFor('http://127.0.0.1:8808/crm/client')).toBe(false);
    box(1).click();
    await vi.waitFor(async () => expect(await stored()).toEqual([]));
    expect(await captureEnabledFor('https://crm.bank.example/cust?id=1')).toBe(false);
  });

  it.each([
    ['false', false],
    ['not a boolean', 'no'],
  ])('forbidden by the policy (%s): every switch off and locked, and no card reads a page', async (_, value) => {
    await fakeBrowser.storage.local.set({ fieldCaptureOn: ['https://crm.bank.example/*'] });
    platform.policy = { fieldCaptureAllowed: value };
    render(<FieldCaptureSettings />, root);
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    await vi.waitFor(() => expect(box(1).disabled).toBe(true));
    expect(rows().map((r) => r.dataset.on)).toEqual(['false', 'false']);
    expect(rows()[1]!.textContent).toContain('管理员已禁止');
    expect(await captureEnabledFor('https://crm.bank.example/cust?id=1')).toBe(false);
  });

  it('where capture is off, the card asks nothing of the policy (its parsers stay out of the side panel)', async () => {
    expect(await captureEnabledFor('https://crm.bank.example/cust?id=1')).toBe(false);
    expect(platform.policyReads).toBe(0);
    await fakeBrowser.storage.local.set({ fieldCaptureOn: ['https://crm.bank.example/*'] });
    expect(await captureEnabledFor('https://other.bank.example/cust?id=1')).toBe(false);
    expect(platform.policyReads).toBe(0);
    expect(await captureEnabledFor('https://crm.bank.example/cust?id=1')).toBe(true);
    expect(platform.policyReads).toBe(1);
  });

  it('the policy key: absent or true allows it; anything else forbids it and is reported', () => {
    expect(parsePolicy({}).captureAllowed).toBe(true);
    expect(parsePolicy({ fieldCaptureAllowed: true })).toMatchObject({ captureAllowed: true, problems: [] });
    expect(parsePolicy({ fieldCaptureAllowed: false })).toMatchObject({ captureAllowed: false, problems: [] });
    expect(parsePolicy({ fieldCaptureAllowed: 'false' })).toMatchObject({
      captureAllowed: false,
      problems: [{ key: 'fieldCaptureAllowed', kind: 'notABoolean' }],
    });
  });
});
