/**
 * The CSV exports in real Chromium (issue 14, part 4): the options page downloads the book and the pipeline, and
 * the file's bytes start with the UTF-8 BOM Excel needs for Chinese, hold the Chinese text as UTF-8, and a cell
 * that would run as a formula in Excel arrives with its leading apostrophe.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';
import { putRows } from './support/idb';

const client = CLIENTS[30]!;

async function download(options: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([options.waitForEvent('download'), options.getByTestId(testId).click()]);
  return readFile((await file.path())!);
}

describe('CSV export', () => {
  test('the book and the pipeline: BOM, UTF-8 Chinese, a neutralised formula cell', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html#export');
    const origin = new URL(pacer.crmUrl).origin;
    await putRows(options, 'clients', [
      {
        origin,
        clientId: client.clientNo,
        familiarity: { signals: [], override: 7 },
        resistance: { property: null, category: null },
        rung: 6,
        profile: {
          name: '王建国',
          gender: 'male',
          age: 51,
          birthDate: null,
          openedOn: '2019-05-03',
          holdsFunds: true,
          assets: 125_000_000,
          assetsOn: '2026-11-30',
          products: '稳健理财A',
          communication: '=HYPERLINK("http://evil.example","点我")',
          followUp: '',
        },
        memoryPoints: ['喝普洱'],
        handover: null,
        createdAt: 1,
        updatedAt: 1,
      },
    ]);
    await putRows(options, 'deals', [
      {
        id: 'd-export',
        origin,
        clientId: client.clientNo,
        indicator: 'investment',
        amount: 100_000_000,
        certainty: 'committed',
        stage: 'met',
        expectedDate: '2026-12-07',
        nextStep: '@周一转账',
        createdAt: 1,
        updatedAt: 1,
        closedAt: null,
      },
    ]);

    const book = await download(options, 'export-book');
    expect([...book.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = book.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]!.startsWith('客户号,姓名,性别,年龄,出生日期,开户日期,资产（元）')).toBe(true);
    expect(lines[1]).toBe(
      `${client.clientNo},王建国,男,51,,2019-05-03,1250000,2026-11-30,稳健理财A,7,,6,喝普洱,"'=HYPERLINK(""http://evil.example"",""点我"")",,${origin}`,
    );
    expect(Buffer.from('王建国', 'utf8').every((b) => book.includes(b))).toBe(true);
    await expect
      .poll(() => options.getByTestId('export-done').textContent())
      .toMatch(/^已导出 pacer-clients-\d{4}-\d{2}-\d{2}\.csv（1 行）$/);

    const pipeline = await download(options, 'export-pipeline');
    expect([...pipeline.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const deal = pipeline.subarray(3).toString('utf8').split('\r\n')[1];
    expect(deal).toBe(`${client.clientNo},王建国,投资,1000000,已承诺时间金额,已表达意向,2026-12-07,'@周一转账,`);
    await options.close();
  });
});
