/**
 * "Teach Pacer a screen" from the side panel, as an RM does it on a screen the zero-config heuristic
 * cannot read (its label, 客户信息编码, is not a well-known one): click "teach", click the number on the
 * page, check what the proposed rule reads, save; the panel then shows the client and the rule that found it.
 */
import { describe, expect, test } from './support/fixture';

describe('teach Pacer a screen', () => {
  test('from "no client": click the number, save the proposed rule, the panel shows the client via the rule', async ({ pacer }) => {
    const crm = await pacer.openCrm('/fixtures/custom.html?view=1');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('panel-state').getAttribute('data-state')).toBe('none');

    await panel.getByTestId('teach-start').click();
    await expect.poll(() => panel.getByTestId('teach-picking').count()).toBe(1);
    await crm.getByText('PB-0077812').click();

    await expect.poll(() => panel.getByTestId('teach-value').textContent()).toBe('PB-0077812');
    const strategies = await panel.getByTestId('teach-strategies').locator('li').allTextContents();
    expect(strategies[0]).toBe('标签 “客户信息编码”');
    expect(strategies[1]).toBe('页面元素 “td[data-field="cif"]”');
    expect(await panel.getByTestId('teach-match').inputValue()).toBe(`${pacer.crmUrl}/fixtures/custom.html*`);
    await pacer.screenshot(panel, 'sidepanel-teach-proposal-zh-CN');
    await panel.getByTestId('teach-name').fill('理财客户视图');
    await panel.getByTestId('teach-save').click();

    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe('PB-0077812');
    expect(await panel.getByTestId('client-via').textContent()).toBe('识别依据：规则“理财客户视图” · 标签“客户信息编码”');
    const stored = await panel.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules);
    expect(stored).toEqual([
      expect.objectContaining({
        name: '理财客户视图',
        match: [`${pacer.crmUrl}/fixtures/custom.html*`],
        idPattern: '^[A-Z]{2}-\\d{7}$',
        strategies: [
          { kind: 'label', labels: ['客户信息编码'] },
          { kind: 'selector', selector: 'td[data-field="cif"]' },
        ],
      }),
    ]);
    // The page's own click handlers never saw the teach click, and the banner is gone.
    expect(await crm.getByText('Pacer：请点击页面上的客户号（按 Esc 取消）').count()).toBe(0);

    // Another visit to the screen reads it with the rule.
    await crm.reload();
    await expect.poll(() => panel.getByTestId('client-via').textContent()).toContain('理财客户视图');
    await pacer.screenshot(panel, 'sidepanel-found-by-rule-zh-CN');
    await panel.close();
    await crm.close();
  });

  test('from a client’s card, on a frameset: the number picked three frames down becomes a rule that follows the next client', async ({
    pacer,
  }) => {
    const crm = await pacer.openCrm('/fixtures/frames/?teach=3');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe('8800070001');
    expect(await panel.getByTestId('client-via').textContent()).not.toContain('规则');

    await panel.getByTestId('teach-start').click();
    await expect.poll(() => panel.getByTestId('teach-picking').count()).toBe(1);
    const deep = crm.frameLocator('frame[name="main"]').frameLocator('iframe[name="work"]').frameLocator('iframe[name="detail"]');
    await deep.getByText('8800070001').click();

    await expect.poll(() => panel.getByTestId('teach-value').textContent()).toBe('8800070001');
    const strategies = await panel.getByTestId('teach-strategies').locator('li').allTextContents();
    expect(strategies[0]).toBe('标签 “客户号”');
    expect(strategies[1]).toBe('页面元素 “#cust”');
    await panel.getByTestId('teach-name').fill('框架版客户页');
    await panel.getByTestId('teach-save').click();
    await expect.poll(() => panel.getByTestId('client-via').textContent()).toBe('识别依据：规则“框架版客户页” · 标签“客户号”');

    // The next client, loaded into the innermost frame by the top frame's link, is read by the rule.
    await crm.frameLocator('frame[name="top"]').getByText('下一位客户').click();
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe('8800070002');
    expect(await panel.getByTestId('client-via').textContent()).toBe('识别依据：规则“框架版客户页” · 标签“客户号”');
    await panel.close();
    await crm.close();
  });

  test('clicking something that is not a client number says so and saves nothing', async ({ pacer }) => {
    const crm = await pacer.openCrm('/fixtures/list.html?teach=2');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('panel-state').getAttribute('data-state')).toBe('none');
    await panel.getByTestId('teach-start').click();
    await expect.poll(() => panel.getByTestId('teach-picking').count()).toBe(1);
    await crm.getByText('王建国').first().click();
    await expect.poll(() => panel.getByTestId('teach-error').textContent()).toBe('“王建国”看起来不像客户号，请点击客户号本身。');
    const stored = await panel.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules as unknown[]);
    expect(stored).toHaveLength(2); // only the rules from the previous tests
    await panel.close();
    await crm.close();
  });
});
