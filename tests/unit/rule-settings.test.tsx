/**
 * The site rules' writes in the options page: a storage that refuses (chrome.storage's quota error) is said in the
 * RM's language, and a file too large to be a rules file is refused before it is read. The platform side is
 * replaced; happy-dom.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localePreference } from '@/components/shared/i18n';

vi.mock('@/platform/site-rules', () => ({
  readRules: async () => [{ id: 'r1', name: 'Mine', match: ['http://127.0.0.1/*'], strategies: [{ kind: 'label', labels: ['客户号'] }] }],
  readOwnRules: async () => [],
  watchRules: () => () => undefined,
  updateOwnRules: async () => {
    throw new Error('QUOTA_BYTES quota exceeded');
  },
}));
vi.mock('@/platform/policy', () => ({ readManagedRules: async () => ({ rules: [], origins: null, problems: [] }) }));
vi.mock('@/platform/last-crm-tab', () => ({ lastCrmTab: async () => null }));
vi.mock('@/platform/page-scripts', () => ({ testRuleInTab: async () => null }));
const { RuleSettings } = await import('@/components/options/RuleSettings');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
async function mounted() {
  localePreference.value = 'zh-CN';
  root = document.createElement('div');
  document.body.append(root);
  render(<RuleSettings />, root);
  await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="rule"]')).toHaveLength(1));
}

describe('the rules section’s writes', () => {
  it('a delete the storage refuses says so, in the RM’s language', async () => {
    await mounted();
    (root.querySelector('[data-testid="rule-delete"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="error-banner"]')?.textContent).toContain('浏览器存储空间已满'));
  });

  it('a file over 1 MB is refused unread', async () => {
    await mounted();
    const input = root.querySelector('[data-testid="rule-import"]') as HTMLInputElement;
    const big = new File(['x'.repeat(1_000_001)], 'rules.json', { type: 'application/json' });
    const text = vi.spyOn(big, 'text');
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="rule-errors"]')?.textContent).toContain('文件太大（超过 1 MB）'));
    expect(text).not.toHaveBeenCalled();
  });
});
