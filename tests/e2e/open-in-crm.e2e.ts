/**
 * "Open in the CRM" (issue 15 part 6) in real Chromium, in zh-CN: a rule's address template is refused at import when
 * it could open something else, shown in the options with its address for the tested number; the card in the side
 * panel and in the book's drawer open the client's own CRM screen in a new tab, at the address the template makes; a
 * preset opens its system's record address on the origin the client was read on, and only for a record id it read
 * from the address.
 */
import type { Page } from 'playwright-core';
import { PRESETS } from '../../lib/client-id/presets';
import { describe, expect, type Pacer, test } from './support/fixture';

const CLIENT = '8800000001';

function rule(crmUrl: string, open: string) {
  return {
    id: 'demo-client',
    name: '演示 CRM 客户页',
    match: [`${crmUrl}/crm/client*`],
    strategies: [{ kind: 'url', pattern: '[?&]cust=(\\d{10})' }],
    idPattern: '^\\d{10}$',
    open,
  };
}

async function importRules(options: Page, rules: object[]) {
  await options
    .getByTestId('rule-import')
    .setInputFiles({ name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, rules })) });
}

/**
 * Clicks "open in CRM" and answers the address the new tab was opened at (as the browser reports the tab created: the
 * demo CRM's server may then redirect it, as it does its root to its start page).
 */
async function openedFrom(pacer: Pacer, page: Page): Promise<string> {
  const worker = await pacer.worker();
  await worker.evaluate(() => {
    const w = self as unknown as { opened?: string[]; watching?: boolean };
    w.opened = [];
    if (!w.watching) chrome.tabs.onCreated.addListener((tab) => w.opened?.push(tab.pendingUrl ?? tab.url ?? ''));
    w.watching = true;
  });
  const known = new Set(pacer.context.pages());
  const tab = pacer.context.waitForEvent('page', (p) => !known.has(p));
  await page.getByTestId('open-in-crm').click();
  await (await tab).close();
  const opened = () => worker.evaluate(() => (self as unknown as { opened: string[] }).opened);
  await expect.poll(async () => (await opened()).length).toBe(1);
  return (await opened())[0]!;
}

describe('open in the CRM', () => {
  test('a template that could open another site is refused at import, with why', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await importRules(options, [rule(pacer.crmUrl, 'https://evil.example/crm/client?cust={id}')]);
    await expect
      .poll(() => options.getByTestId('rule-errors').textContent())
      .toContain('第 1 条规则 › open: 打开地址必须在这条规则适用的网站上（与网址模式的主机相同）');
    await importRules(options, [rule(pacer.crmUrl, 'javascript:alert({id})')]);
    await expect.poll(() => options.getByTestId('rule-errors').textContent()).toContain('打开地址必须以 http:// 或 https:// 开头');
    expect(await options.getByTestId('rule').count()).toBe(0);
    await options.close();
  });

  test('the options show the address for the tested number; the card and the book open it', async ({ pacer }) => {
    const template = `${pacer.crmUrl}/crm/client?cust={id}&from=pacer`;
    const expected = `${pacer.crmUrl}/crm/client?cust=${CLIENT}&from=pacer`;
    const options = await pacer.extensionPage('options.html');
    await importRules(options, [rule(pacer.crmUrl, template)]);
    await expect.poll(() => options.getByTestId('rule-notice').textContent()).toBe('已导入 1 条规则。');
    expect(await options.getByTestId('rule-open').textContent()).toBe(`打开地址：${template}`);

    const crm = await pacer.openCrm(`/crm/client?cust=${CLIENT}`);
    await options.bringToFront();
    await options.getByTestId('rule-test').click();
    await expect.poll(() => options.getByTestId('rule-test-open').textContent()).toBe(`客户 ${CLIENT} 的 CRM 地址：${expected}`);
    await options.getByTestId('rule-edit').click();
    expect(await options.getByTestId('rule-open-preview').textContent()).toBe(`客户 ${CLIENT} 的 CRM 地址：${expected}`);
    // As it is typed: a template that cannot be opened says why before it is saved.
    const text = await options.getByTestId('rule-editor').inputValue();
    await options.getByTestId('rule-editor').fill(text.replace('{id}&from=pacer', 'x'));
    expect(await options.getByTestId('rule-open-preview').textContent()).toBe(
      `客户 ${CLIENT} 的地址不能打开：打开地址里要有 {id}，代表客户号`,
    );
    await options.getByTestId('rule-editor').fill(text.replace(template, 'https://evil.example/crm/client?cust={id}'));
    expect(await options.getByTestId('rule-open-preview').textContent()).toContain(`客户 ${CLIENT} 的地址不能打开：`);
    await options.close();

    // The card in the side panel.
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(CLIENT);
    await expect.poll(() => panel.getByTestId('open-in-crm').textContent()).toBe('在 CRM 中打开');
    expect(await panel.getByTestId('open-in-crm').getAttribute('title')).toBe(`在新标签页打开 ${expected}`);
    expect(await openedFrom(pacer, panel)).toBe(expected);
    // Recorded, the client is in the book.
    await panel.getByTestId('sentiment-positive').click();
    // The button shows the tag once it is stored (the card's live query): only then is the panel closed.
    await expect.poll(() => panel.getByTestId('sentiment-positive').getAttribute('aria-pressed')).toBe('true');
    await panel.close();
    await crm.close();

    // The card in the book's drawer, with the CRM page closed.
    const book = await pacer.extensionWindow('book.html');
    await book.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => book.getByTestId('book').getAttribute('data-state')).toBe('ready');
    await book.getByTestId('book-all').click();
    await book.locator(`[data-testid="client-row"][data-client-id="${CLIENT}"] [data-testid="row-open"]`).click();
    const drawer = book.getByTestId('book-card');
    await expect.poll(() => drawer.getByTestId('open-in-crm').count()).toBe(1);
    expect(await openedFrom(pacer, book)).toBe(expected);
    await book.close();
  });

  test('a preset opens its system’s record on the client’s origin, only for a record id read from the address', async ({ pacer }) => {
    const fineract = PRESETS.find((p) => p.id === 'fineract')!;
    const crm = await pacer.openCrm(fineract.fixtures.client.path);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe('317');
    await expect.poll(() => panel.getByTestId('open-in-crm').count()).toBe(1);
    expect(await openedFrom(pacer, panel)).toBe(`${pacer.crmUrl}/#/clients/317/general`);
    await panel.close();
    await crm.close();

    // vtiger's Organization Number is read from the screen: no record id, no address.
    const vtiger = PRESETS.find((p) => p.id === 'vtiger')!;
    const page = await pacer.openCrm(vtiger.fixtures.client.path);
    const vpanel = await pacer.openPanel(page);
    await expect.poll(() => vpanel.getByTestId('client-id').textContent()).toBe(vtiger.fixtures.client.id);
    await vpanel.waitForTimeout(300);
    expect(await vpanel.getByTestId('open-in-crm').count()).toBe(0);
    await vpanel.close();
    await page.close();
  });
});
