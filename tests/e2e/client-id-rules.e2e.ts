/**
 * Site rules in the options page, driven as an RM or IT person would: import a rules file (an invalid
 * one saves nothing and says why), see the rule read the screen where the URL's number is an internal row
 * ID, test it on the open tab, edit, export and delete.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from './support/fixture';

const storedRules = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules as unknown);

function rulesFile(crmUrl: string) {
  return {
    version: 1,
    rules: [
      {
        id: 'core-client',
        name: '核心系统客户详情',
        match: [`${crmUrl}/fixtures/row-id.html*`],
        // The URL's id is a row number (4411): the format check rejects it and the label wins.
        strategies: [
          { kind: 'url', pattern: '[?&]id=(\\d+)' },
          { kind: 'label', labels: ['客户编号'] },
        ],
        idPattern: '^\\d{10}$',
      },
    ],
  };
}

async function importText(options: Page, name: string, text: string) {
  await options.getByTestId('rule-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('site rules in the options page', () => {
  test('an invalid file is refused with its errors and saves nothing', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await importText(options, 'broken.json', '{ "version": 1, "rules": [ { "name": "x" ');
    await expect.poll(() => options.getByTestId('rule-errors').textContent()).toContain('文件无效，未导入任何规则');
    expect(await options.getByTestId('rule-errors').textContent()).toContain('不是有效的 JSON');
    const bad = rulesFile(pacer.crmUrl);
    const second = { ...bad.rules[0]!, id: 'second', strategies: [{ kind: 'url', pattern: 'no-capture-group' }] };
    await importText(options, 'bad.json', JSON.stringify({ ...bad, rules: [bad.rules[0], second] }));
    await expect
      .poll(() => options.getByTestId('rule-errors').textContent())
      .toContain('第 2 条规则 › strategies › 0 › pattern: 需要用括号 ( ) 把客户号括起来（捕获组）');
    expect(await storedRules(options)).toBeUndefined();
    expect(await options.getByTestId('rule').count()).toBe(0);
    await options.close();
  });

  test('an imported rule reads the client number where the URL holds a row ID, and says so in the panel', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await importText(options, 'rules.json', JSON.stringify(rulesFile(pacer.crmUrl)));
    await expect.poll(() => options.getByTestId('rule-notice').textContent()).toBe('已导入 1 条规则。');
    expect(await storedRules(options)).toEqual(rulesFile(pacer.crmUrl).rules);
    await pacer.screenshot(options, 'options-site-rules-zh-CN');

    const crm = await pacer.openCrm('/fixtures/row-id.html?id=4411');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe('8800061234');
    expect(await panel.getByTestId('client-via').textContent()).toBe('识别依据：规则“核心系统客户详情” · 标签“客户编号”');

    // Test on the open tab, from the options page.
    await options.bringToFront();
    await options.getByTestId('rule-test').click();
    await expect
      .poll(() => options.getByTestId('rule-test-result').textContent())
      .toBe('在“客户详情”读取到客户号 8800061234（标签 “客户编号”）');

    // Edit: a rule that only trusts the URL reads nothing here (4411 fails the format), so: no client.
    await options.getByTestId('rule-edit').click();
    const edited = { ...rulesFile(pacer.crmUrl).rules[0]!, strategies: [{ kind: 'url', pattern: '[?&]id=(\\d+)' }] };
    await options.getByTestId('rule-editor').fill(JSON.stringify(edited));
    await options.getByTestId('rule-save').click();
    await expect.poll(() => storedRules(options)).toEqual([edited]);
    await expect.poll(() => panel.getByTestId('panel-state').getAttribute('data-state')).toBe('none');

    // Export gives back exactly what is stored, as a file that imports again.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('rule-export').click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported).toEqual({ version: 1, rules: [edited] });

    // Delete: zero-config is back in charge of the screen.
    await options.getByTestId('rule-delete').click();
    await expect.poll(() => storedRules(options)).toEqual([]);
    await expect.poll(() => panel.getByTestId('client-via').textContent()).toBe('识别依据：自动识别 · 标签“客户编号”');
    await panel.close();
    await crm.close();
    await options.close();
  });
});
