/**
 * The options page lists what is wrong with the bank's policy, in the RM's language, and says what Pacer does
 * about it. headless Chromium cannot receive a managed policy without writing to /etc, so the policy is read
 * through the real parser from a stand-in for storage.managed. happy-dom.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localePreference } from '@/components/shared/i18n';
import { parsePolicy } from '@/lib/client-id/rules';

const managed = vi.hoisted(() => ({ value: {} as Record<string, unknown> }));
vi.mock('@/platform/policy', () => ({
  readManagedRules: async () => parsePolicy(managed.value),
  watchManagedPolicy: () => () => undefined,
}));
const { PolicyProblems } = await import('@/components/options/PolicyProblems');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
async function shown(policy: Record<string, unknown>, locale: 'zh-CN' | 'en') {
  managed.value = policy;
  localePreference.value = locale;
  root = document.createElement('div');
  document.body.append(root);
  render(<PolicyProblems />, root);
  await new Promise((r) => setTimeout(r, 20));
  return [...root.querySelectorAll('[data-testid="policy-problem"]')].map((li) => li.textContent);
}

describe('problems in the bank’s policy', () => {
  it('lists each, counted from 1, and says a crmOrigins that is not a list reads nothing', async () => {
    expect(await shown({ crmOrigins: 'https://crm.bank.example/*', clientIdRules: [{ id: 'x' }] }, 'zh-CN')).toEqual([
      'clientIdRules 第 1 条规则无效（name），已忽略。',
      'crmOrigins（允许的 CRM 地址）不是地址列表：为安全起见，Pacer 不读取任何 CRM 页面。',
    ]);
  });

  it('in English, an address that is not a pattern', async () => {
    expect(await shown({ crmOrigins: ['https://crm.bank.example/*', 'crm.bank.example'] }, 'en')).toEqual([
      'crmOrigins entry 2, “crm.bank.example”, is not an address pattern (like https://crm.bank.example/*); it is ignored.',
    ]);
  });

  it('nothing at all for a sound policy, or none', async () => {
    expect(await shown({ crmOrigins: ['https://crm.bank.example/*'] }, 'zh-CN')).toEqual([]);
    expect(root.querySelector('[data-testid="policy-problems"]')).toBeNull();
  });
});
