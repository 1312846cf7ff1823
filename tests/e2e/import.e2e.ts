/**
 * Importing the bank's client list in real Chromium (issue 14, part 1), as an RM would: with their CRM open in a
 * tab, the options page takes a GBK CSV saved by Excel (encoding detected, columns guessed from the headers, the
 * first rows previewed), checks every row (a bad one is listed with its row and reason and left out), imports the
 * rest, and the card of a client on the CRM page shows the fields; then an .xlsx fills what is still empty and
 * lists what differs from what the RM recorded. The phone and the resident ID are nowhere in the database.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { emptyRecord } from '../../lib/client/record';
import { encodeLegacy } from '../support/legacy-encoding';
import { buildXlsx } from '../support/xlsx';
import { bookRowsFor } from './support/book';
import { unfold } from './support/card';
import { describe, expect, type Pacer, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const [a, b, c, d, e, f, g, h] = CLIENTS.slice(10, 18) as (typeof CLIENTS)[0][] as [
  (typeof CLIENTS)[0],
  (typeof CLIENTS)[0],
  (typeof CLIENTS)[0],
  (typeof CLIENTS)[0],
  (typeof CLIENTS)[0],
  (typeof CLIENTS)[0],
  (typeof CLIENTS)[0],
  (typeof CLIENTS)[0],
];

const csv = [
  '客户号,客户姓名,性别,出生日期,开户日期,资产余额(元),持有产品,手机号码,身份证号,备注',
  `${a.clientNo},王建国,男,1975年6月1日,2019/5/3,"1,250,000.00",稳健理财A,13800000000,,喜欢喝普洱`,
  `${b.clientNo},李娜,,,20200102,12.3万,,13900000000,11010519491231002X,`,
  `8899999999,赵四,男,2031-01-01,,,,,,`,
].join('\r\n');

async function panelFor(pacer: Pacer, clientNo: string): Promise<{ crm: Page; panel: Page }> {
  const crm = await pacer.openCrm(`/crm/client?cust=${clientNo}`);
  const panel = await pacer.openPanel(crm);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  await unfold(panel, 'profile-section');
  return { crm, panel };
}

describe('importing a client list', () => {
  test('a GBK CSV from Excel: detected, mapped, previewed, checked, imported, and on the card', async ({ pacer }) => {
    // The RM has their CRM open: Pacer knows which CRM the clients belong to.
    const crm = await pacer.openCrm(`/crm/client?cust=${c.clientNo}&t=import`);
    const options = await pacer.extensionPage('options.html#import');
    await options
      .getByTestId('import-file')
      .setInputFiles({ name: '客户名单.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeLegacy(csv, 'gb18030')) });
    await expect.poll(() => options.getByTestId('import-mapping').isVisible()).toBe(true);
    expect(await options.locator('[data-testid="import-encoding"] option:checked').textContent()).toContain('GBK / GB18030');
    expect(await options.getByTestId('import-mojibake').count()).toBe(0);
    const mapped = await options
      .locator('[data-testid^="import-map-"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    expect(mapped).toEqual([
      'clientId',
      'name',
      'gender',
      'birthDate',
      'openedOn',
      'assets',
      'products',
      'phone',
      'residentId',
      'communication',
    ]);
    expect(await options.locator('tr[data-column="1"] [data-testid="import-sample"]').allTextContents()).toEqual([
      '王建国',
      '李娜',
      '赵四',
    ]);
    expect(await options.getByTestId('import-origin').inputValue()).toBe(new URL(pacer.crmUrl).origin);

    // Read as UTF-8 instead, the preview shows the mojibake before anything is written.
    await options.getByTestId('import-encoding').selectOption('utf-8');
    await expect.poll(() => options.getByTestId('import-mojibake').textContent()).toMatch(/无法按这个编码读取/);
    await options.getByTestId('import-encoding').selectOption('');
    await expect.poll(() => options.getByTestId('import-mojibake').count()).toBe(0);

    await options.getByTestId('import-check').click();
    await expect
      .poll(() => options.getByTestId('import-summary').textContent())
      .toBe('共 3 行：2 行可以导入（新客户 2 位，补充信息 0 位，无变化 0 位），1 行有问题。');
    expect(await options.getByTestId('import-problems').textContent()).toBe('第 4 行“出生日期”列：日期在今天之后');
    expect(await readStore(options, 'clients')).toEqual([]);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toBe('已导入：新客户 2 位，补充信息 0 位。');

    const stored = JSON.stringify(await readStore(options, 'clients'));
    expect(stored).not.toContain('13800000000');
    expect(stored).not.toContain('11010519491231002X');

    const { crm: crmA, panel } = await panelFor(pacer, a.clientNo);
    expect(await panel.getByTestId('profile-name').inputValue()).toBe('王建国');
    expect(await panel.getByTestId('profile-gender').inputValue()).toBe('male');
    expect(await panel.getByTestId('profile-birth').inputValue()).toBe('1975-06-01');
    expect(await panel.getByTestId('profile-opened').inputValue()).toBe('2019-05-03');
    expect(await panel.getByTestId('profile-assets').textContent()).toMatch(/^125万（(\d{4}年)?\d{1,2}月\d{1,2}日 行内数据）$/);
    expect(await panel.getByTestId('profile-products').inputValue()).toBe('稳健理财A');
    expect(await panel.getByTestId('profile-communication').inputValue()).toBe('备注：喜欢喝普洱');
    await panel.close();
    await crmA.close();

    const { crm: crmB, panel: panelB } = await panelFor(pacer, b.clientNo);
    expect(await panelB.getByTestId('profile-gender').inputValue()).toBe('female');
    expect(await panelB.getByTestId('profile-birth').inputValue()).toBe('1949-12-31');
    // The RM records a different name by hand: a later import keeps it.
    await panelB.getByTestId('profile-name').fill('李娜娜');
    await panelB.getByTestId('profile-name').press('Tab');
    await expect
      .poll(async () => (await readStore<{ profile: { name: string } }>(panelB, 'clients')).map((r) => r.profile.name))
      .toContain('李娜娜');
    await panelB.close();
    await crmB.close();
    await options.close();
    await crm.close();
  });

  test('an .xlsx fills what is still empty, lists what differs and keeps the RM’s value', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${c.clientNo}&t=import`);
    const options = await pacer.extensionPage('options.html#import');
    const workbook = buildXlsx([
      [{ s: 'CIF号' }, { s: '姓名' }, { s: '开户日期' }, { s: 'AUM' }, { s: '持有产品' }],
      [{ str: b.clientNo }, { s: '李娜' }, { date: 43_832 }, { n: 123_000 }, { s: '增额终身寿险' }],
      [{ n: Number(c.clientNo) }, { s: '陈静' }, { date: 44_000 }, { s: '35万' }, null],
    ]);
    await options.getByTestId('import-file').setInputFiles({
      name: '客户.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook),
    });
    await expect.poll(() => options.getByTestId('import-mapping').isVisible()).toBe(true);
    expect(await options.getByTestId('import-encoding').count()).toBe(0);
    expect(await options.locator('tr[data-column="2"] [data-testid="import-sample"]').allTextContents()).toEqual([
      '2020-01-02',
      '2020-06-18',
    ]);
    await options.getByTestId('import-check').click();
    await expect
      .poll(() => options.getByTestId('import-summary').textContent())
      .toBe('共 2 行：2 行可以导入（新客户 1 位，补充信息 1 位，无变化 0 位），0 行有问题。');
    expect(await options.getByTestId('import-conflicts').textContent()).toBe(`${b.clientNo} 的姓名：您记录的是“李娜娜”，名单中是“李娜”`);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toBe('已导入：新客户 1 位，补充信息 1 位。');

    const { crm: crmB, panel } = await panelFor(pacer, b.clientNo);
    expect(await panel.getByTestId('profile-name').inputValue()).toBe('李娜娜');
    expect(await panel.getByTestId('profile-opened').inputValue()).toBe('2020-01-02');
    expect(await panel.getByTestId('profile-products').inputValue()).toBe('增额终身寿险');
    await panel.close();
    await crmB.close();
    const { crm: crmC, panel: panelC } = await panelFor(pacer, c.clientNo);
    expect(await panelC.getByTestId('profile-name').inputValue()).toBe('陈静');
    expect(await panelC.getByTestId('profile-assets').getAttribute('data-fen')).toBe('35000000');
    await panelC.close();
    await crmC.close();
    await options.close();
    await crm.close();
  });

  test('a mapping the RM changed is remembered: the next file with the same headers comes with it, not the guess', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${c.clientNo}&t=mapping`);
    const options = await pacer.extensionPage('options.html#import');
    const headers = '客户号,姓名,资产余额(元),备注';
    const mapped = () =>
      options.locator('[data-testid^="import-map-"]').evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).value));
    const choose = async (name: string, text: string) => {
      await options.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
      await expect.poll(() => options.getByTestId('import-mapping').isVisible()).toBe(true);
    };

    await choose('第一批.csv', `${headers}\r\n${g.clientNo},周杰,"300,000.00",稳健理财B\r\n`);
    expect(await mapped()).toEqual(['clientId', 'name', 'assets', 'communication']);
    expect(await options.getByTestId('import-mapping-source').textContent()).toBe('已根据表头自动对应，请检查。');
    // In this bank's list, 备注 holds the products the client holds, and the balance is not the client's assets.
    await options.getByTestId('import-map-3').selectOption('products');
    await options.getByTestId('import-map-2').selectOption('ignore');
    expect(await mapped()).toEqual(['clientId', 'name', 'ignore', 'products']);
    await options.getByTestId('import-check').click();
    await expect.poll(() => options.getByTestId('import-summary').textContent()).toMatch(/^共 1 行：1 行可以导入/);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toBe('已导入：新客户 1 位，补充信息 0 位。');
    expect(
      (await readStore<{ clientId: string; profile: { products: string; assets: number | null } }>(options, 'clients')).find(
        (r) => r.clientId === g.clientNo,
      )?.profile,
    ).toMatchObject({ products: '稳健理财B', assets: null });

    // Next month's list: the same headers (spaced differently), other clients.
    await options.reload();
    await choose('第二批.csv', `客户号, 姓名 ,资产余额(元),备注\r\n${h.clientNo},吴敏,"120,000.00",增额终身寿险\r\n`);
    expect(await mapped()).toEqual(['clientId', 'name', 'ignore', 'products']);
    expect(await options.getByTestId('import-mapping-source').textContent()).not.toBe('已根据表头自动对应，请检查。');
    await options.getByTestId('import-check').click();
    await expect.poll(() => options.getByTestId('import-summary').textContent()).toMatch(/^共 1 行：1 行可以导入/);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toBe('已导入：新客户 1 位，补充信息 0 位。');
    expect(
      (await readStore<{ clientId: string; profile: { products: string; assets: number | null } }>(options, 'clients')).find(
        (r) => r.clientId === h.clientNo,
      )?.profile,
    ).toMatchObject({ products: '增额终身寿险', assets: null });
    await options.close();
    await crm.close();
  });

  test('imported clients are on the book’s board: counted in their cells, listed with the imported fields', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${c.clientNo}&t=board`);
    const origin = new URL(pacer.crmUrl).origin;
    const options = await pacer.extensionPage('options.html#import');
    // A client the RM already placed (familiar, positive) before the list arrives: the import fills their name only.
    const placed = { ...emptyRecord({ origin, clientId: d.clientNo }, 1), familiarity: { signals: [], override: 8 } };
    // As a write of Pacer's own would: the record, the tag, the summary, and the cell's count one up.
    const rows = { clients: [placed], sentimentEvents: [{ origin, clientId: d.clientNo, sentiment: 'positive', source: 'panel', at: 2 }] };
    const { clientSummaries } = await bookRowsFor(rows);
    await putRows(options, 'clients', rows.clients);
    await putRows(options, 'sentimentEvents', rows.sentimentEvents);
    await putRows(options, 'clientSummaries', clientSummaries);
    const cells = await readStore<{ cell: string; count: number }>(options, 'bookCells');
    const high = cells.find((r) => r.cell === 'high.positive') ?? { cell: 'high.positive', count: 0, assets: 0, assetsKnown: 0 };
    await putRows(options, 'bookCells', [{ ...high, count: high.count + 1 }]);
    const list = [
      '客户号,客户姓名,出生日期,资产余额(元)',
      `${d.clientNo},孙丽,1980-03-04,"2,000,000.00"`,
      `${e.clientNo},郑强,1990-07-08,"500,000.00"`,
      `${f.clientNo},冯娟,1965-01-02,`,
    ].join('\r\n');
    await options.reload();
    await options.getByTestId('import-file').setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(list) });
    await expect.poll(() => options.getByTestId('import-mapping').isVisible()).toBe(true);
    await options.getByTestId('import-check').click();
    await expect
      .poll(() => options.getByTestId('import-summary').textContent())
      .toMatch(/^共 3 行：3 行可以导入（新客户 2 位，补充信息 1 位/);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toBe('已导入：新客户 2 位，补充信息 1 位。');

    const book = await pacer.extensionWindow('book.html#board');
    await expect.poll(() => book.getByTestId('book').getAttribute('data-state')).toBe('ready');
    const counts = () =>
      book
        .getByTestId('book-cell')
        .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-cell'), Number(el.getAttribute('data-count'))])));
    // Every client this file's tests imported (a, b, c, g, h, e, f) is unplaced until the RM tags them; d stays where the RM put them.
    expect(await counts()).toEqual({
      'high.resistant': 0,
      'high.neutral': 0,
      'high.positive': 1,
      'mid.resistant': 0,
      'mid.neutral': 0,
      'mid.positive': 0,
      'low.resistant': 0,
      'low.neutral': 0,
      'low.positive': 0,
      unplaced: 7,
    });
    expect(await book.getByTestId('book-total').textContent()).toBe('共 8 位客户');
    const cell = (key: string) => book.locator(`[data-testid="book-cell"][data-cell="${key}"]`);
    expect(await cell('high.positive').getByTestId('cell-assets').textContent()).toBe('资产 200万（1 位已知）');
    const row = (id: string, col: string) => book.locator(`[data-testid="client-row"][data-client-id="${id}"] [data-testid="${col}"]`);
    await cell('high.positive').click();
    await expect.poll(() => row(d.clientNo, 'row-name').textContent()).toBe('孙丽');
    await cell('unplaced').click();
    await expect.poll(() => row(e.clientNo, 'row-name').textContent()).toBe('郑强');
    expect(await row(f.clientNo, 'row-name').textContent()).toBe('冯娟');
    expect(await row(f.clientNo, 'row-age').textContent()).toMatch(/^6\d$/);
    expect(await row(a.clientNo, 'row-name').textContent()).toBe('王建国');
    await book.close();
    await options.close();
    await crm.close();
  });
});
