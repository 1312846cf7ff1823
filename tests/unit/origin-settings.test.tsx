/**
 * The options' CRM addresses under the bank's policy: each allowed address can be authorised with one click,
 * and a granted address the policy does not allow is marked as not read. The browser's permission prompt and
 * storage.managed cannot be driven in headless Chromium, so the platform side is replaced here. happy-dom.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localePreference } from '@/components/shared/i18n';

const platform = vi.hoisted(() => ({
  granted: [] as { pattern: string; preset: boolean }[],
  policy: null as string[] | null,
  answer: true,
  requested: [] as string[],
  onPermissions: [] as (() => void)[],
}));
vi.mock('@/platform/permissions', () => ({
  listOrigins: async () => platform.granted,
  requestOrigin: async (pattern: string) => {
    platform.requested.push(pattern);
    if (platform.answer) {
      platform.granted = [...platform.granted, { pattern, preset: false }];
      for (const f of platform.onPermissions) f();
    }
    return platform.answer;
  },
  revokeOrigin: async () => true,
  watchOrigins: (f: () => void) => {
    platform.onPermissions.push(f);
    return () => undefined;
  },
}));
vi.mock('@/platform/policy', () => ({
  readManagedRules: async () => ({ rules: [], origins: platform.policy }),
  watchManagedPolicy: () => () => undefined,
}));

const { OriginSettings } = await import('@/components/options/OriginSettings');

let root: HTMLElement;
beforeEach(() => {
  localePreference.value = 'zh-CN';
  platform.granted = [
    { pattern: 'http://127.0.0.1/*', preset: true },
    { pattern: 'https://evil.example/*', preset: false },
  ];
  platform.policy = ['https://crm.bank.example/*', 'http://127.0.0.1/*'];
  platform.answer = true;
  platform.requested = [];
  platform.onPermissions = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Effects run after paint and the reads are asynchronous: wait until the list and the policy are in. */
const shown = () => vi.waitFor(() => expect(root.querySelectorAll('[data-testid="origin"]').length).toBe(3));
const rows = () =>
  [...root.querySelectorAll('[data-testid="origin"]')].map((li) => [li.querySelector('code')?.textContent, li.getAttribute('data-state')]);
const row = (pattern: string) =>
  [...root.querySelectorAll('[data-testid="origin"]')].find((li) => li.querySelector('code')?.textContent === pattern);

describe('CRM addresses under the bank’s policy', () => {
  it('lists the allowed addresses to authorise, and marks a granted one the policy does not allow', async () => {
    render(<OriginSettings />, root);
    await shown();
    expect(rows()).toEqual([
      ['https://crm.bank.example/*', 'not-granted'],
      ['http://127.0.0.1/*', 'reads'],
      ['https://evil.example/*', 'blocked'],
    ]);
    expect(row('https://crm.bank.example/*')?.textContent).toContain('管理员允许');
    expect(row('https://crm.bank.example/*')?.textContent).toContain('尚未授权，Pacer 还不能读取');
    expect(row('https://evil.example/*')?.textContent).toContain('管理员未允许，不读取');
    // Preset in the package: no button at all.
    expect(row('http://127.0.0.1/*')?.querySelectorAll('button').length).toBe(0);
  });

  it('authorises an allowed address with one click', async () => {
    render(<OriginSettings />, root);
    await shown();
    row('https://crm.bank.example/*')?.querySelector('button')?.click();
    await vi.waitFor(() => expect(rows()[0]).toEqual(['https://crm.bank.example/*', 'reads']));
    expect(platform.requested).toEqual(['https://crm.bank.example/*']);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so when the browser does not grant it, and the address stays to authorise', async () => {
    platform.answer = false;
    render(<OriginSettings />, root);
    await shown();
    row('https://crm.bank.example/*')?.querySelector('button')?.click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('浏览器未授予该地址的访问权限。'));
    expect(rows()[0]).toEqual(['https://crm.bank.example/*', 'not-granted']);
  });

  it('in English', async () => {
    localePreference.value = 'en';
    render(<OriginSettings />, root);
    await shown();
    expect(row('https://crm.bank.example/*')?.textContent).toContain('Not authorised yet: Pacer cannot read it');
    expect(row('https://crm.bank.example/*')?.querySelector('button')?.textContent).toBe('Authorise');
  });
});
