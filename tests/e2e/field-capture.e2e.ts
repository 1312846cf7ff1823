/**
 * Field capture (issue 15 part 5), end to end in Chromium on the demo CRM's client screen (demo-crm/pages.mjs: name,
 * gender, birth date with the age beside it, ID-card number, mobile and landline, opening date, assets): off by
 * default, the card reads nothing; switched on for the address in the settings, the card offers the page's values for
 * the empty template fields with where each was read, one click fills them, the name the RM typed stays, and no
 * ID-card or phone number is anywhere in what Pacer stored. (The bank's `fieldCaptureAllowed: false`: headless Chromium
 * cannot receive a managed policy, so tests/unit/field-capture-settings.test.tsx reads it through the real parser.)
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { toIsoDate } from '../../lib/calendar/dates';
import { formatMoney } from '../../lib/format/money';
import { ageOn } from '../../lib/import/values';
import { unfold } from './support/card';
import { describe, expect, type Pacer, test } from './support/fixture';
import { readStore } from './support/idb';

const client = CLIENTS[21]!;
const ORIGIN = 'http://127.0.0.1/*';

async function openCard(pacer: Pacer, tag: string): Promise<{ crm: Page; panel: Page }> {
  const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}&t=${tag}`);
  const panel = await pacer.openPanel(crm);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  expect(await panel.getByTestId('client-id').textContent()).toBe(client.clientNo);
  return { crm, panel };
}

const offered = (panel: Page) =>
  panel.getByTestId('capture-item').evaluateAll((items) =>
    items.map((li) => ({
      field: li.getAttribute('data-field'),
      value: li.querySelector('[data-testid="capture-value"]')?.textContent,
      from: li.querySelector('[data-testid="capture-from"]')?.textContent,
    })),
  );

describe('field capture', () => {
  test('off by default: the card reads nothing and offers nothing; the RM types a name', async ({ pacer }) => {
    const { crm, panel } = await openCard(pacer, 'off');
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-capture')).toBe('off');
    await unfold(panel, 'profile-section');
    expect(await panel.getByTestId('capture-offer').count()).toBe(0);
    expect(await panel.getByTestId('profile-section').locator('summary').textContent()).toBe('客户档案');
    await panel.getByTestId('profile-name').fill('余女士');
    await panel.getByTestId('profile-name').press('Tab');
    await expect
      .poll(async () => (await readStore<{ profile: { name: string } }>(panel, 'clients')).map((r) => r.profile.name))
      .toEqual(['余女士']);
    await Promise.all([crm.close(), panel.close()]);
  });

  test('switched on for the address in the settings', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html#capture');
    const row = options.getByTestId('capture-origin').filter({ hasText: ORIGIN });
    await expect.poll(() => row.getAttribute('data-on')).toBe('false');
    await row.locator('input[type=checkbox]').check();
    await expect.poll(() => row.getAttribute('data-on')).toBe('true');
    const w = await pacer.worker();
    expect(await w.evaluate(async () => (await chrome.storage.local.get('fieldCaptureOn')).fieldCaptureOn)).toEqual([ORIGIN]);
    await options.close();
  });

  test('on: the card offers the page’s values for the empty fields, says where each was read, and fills them in one click', async ({
    pacer,
  }) => {
    const { crm, panel } = await openCard(pacer, 'on');
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-capture')).toBe('read');
    const today = toIsoDate(new Date());
    const age = ageOn(client.birth as never, today);
    const fen = Math.round(client.aum * 100);
    await expect.poll(() => panel.getByTestId('profile-section').locator('summary').textContent()).toBe('客户档案 · 页面上有 5 项可填入');
    await unfold(panel, 'profile-section');
    const gender = client.gender;
    expect(await offered(panel)).toEqual([
      { field: 'gender', value: gender, from: '读取自本页「性别」旁' },
      { field: 'birthDate', value: client.birth, from: '读取自本页「出生日期」旁' },
      { field: 'openedOn', value: client.openDate, from: '读取自本页「开户日期」旁' },
      { field: 'assets', value: formatMoney(fen, 'zh-CN'), from: '读取自本页「资产合计」旁' },
      { field: 'age', value: String(age), from: '由出生日期推算' },
    ]);
    // The name the RM typed differs from the page's: said, not offered, never overwritten.
    expect(await panel.getByTestId('capture-differs').textContent()).toBe(`姓名与页面不同：页面上是 ${client.name}（保留您填写的）`);

    await panel.getByTestId('capture-fill-all').click();
    await expect.poll(() => panel.getByTestId('capture-item').count()).toBe(0);
    const [stored] = await readStore<{ profile: Record<string, unknown> }>(panel, 'clients');
    expect(stored?.profile).toMatchObject({
      name: '余女士',
      gender: gender === '男' ? 'male' : 'female',
      birthDate: client.birth,
      age,
      openedOn: client.openDate,
      assets: fen,
      assetsOn: today,
    });
    // The form shows what was filled.
    expect(await panel.getByTestId('profile-birth').inputValue()).toBe(client.birth);
    expect(await panel.getByTestId('profile-name').inputValue()).toBe('余女士');
    expect(await panel.getByTestId('profile-section').locator('summary').textContent()).toBe('客户档案');

    // No ID-card or phone number anywhere Pacer keeps anything.
    const everything = JSON.stringify(
      await Promise.all(['clients', 'clientSummaries', 'contacts', 'bookCells', 'bookMeta'].map((s) => readStore(panel, s))),
    );
    const w = await pacer.worker();
    const storage = JSON.stringify(
      await w.evaluate(async () => [await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
    );
    for (const secret of [client.idCard, client.mobile, client.phone.replace('021-', '')]) {
      expect(everything).not.toContain(secret);
      expect(storage).not.toContain(secret);
    }
    await Promise.all([crm.close(), panel.close()]);
  });
});
