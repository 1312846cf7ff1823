/**
 * Two languages from the first screen: Simplified Chinese by default, English when the browser prefers it
 * (language-en.e2e.ts: a browser's locale is set when it starts, and a file's tests share one browser), and
 * the RM's override in the options page wins over both.
 */
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';

const client = CLIENTS[4]!;

describe('the RM chooses a language in the options', () => {
  test('an open panel switches to English at once, and back to the browser language', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('add-to-pipeline').textContent()).toBe('加入 Pipeline');

    const options = await pacer.extensionPage('options.html');
    await options.getByTestId('language').selectOption('en');
    await expect.poll(() => panel.getByTestId('add-to-pipeline').textContent()).toBe('Add to pipeline');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Pacer settings');

    // The choice is stored, so a panel opened later starts in it.
    const later = await pacer.openPanel(crm);
    await expect.poll(() => later.getByTestId('add-to-pipeline').textContent()).toBe('Add to pipeline');

    await options.getByTestId('language').selectOption('auto');
    await expect.poll(() => panel.getByTestId('add-to-pipeline').textContent()).toBe('加入 Pipeline');
    for (const p of [later, options, panel, crm]) await p.close();
  });

  test('the options page lists the CRM origin preset at build time, which the RM cannot revoke', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    const origin = options.getByTestId('origin');
    await expect.poll(() => origin.count()).toBe(1);
    expect(await origin.locator('code').textContent()).toBe('http://127.0.0.1/*');
    expect(await origin.textContent()).toContain('由行内 IT 预置');
    expect(await origin.getByRole('button').count()).toBe(0);
    await options.close();
  });

  test('an address that is not a web address gets a clear message and nothing is requested', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await options.getByLabel('CRM 地址').fill('file:///etc/passwd');
    await options.getByRole('button', { name: '授权此地址' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('不是有效的网页地址');
    await expect.poll(() => options.getByTestId('origin').count()).toBe(1);
    await options.close();
  });
});
