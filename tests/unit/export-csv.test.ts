/** The CSV exports (issue 14, part 4): Excel's BOM, quoting, formula cells neutralised, the book and the pipeline. */
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '@/lib/client/record';
import { bookCsv, pipelineCsv } from '@/lib/export/book';
import { csvCell, toCsv } from '@/lib/export/csv';
import { parseCsv } from '@/lib/import/csv';
import { newDeal } from '@/lib/pipeline';

const origin = 'http://127.0.0.1:8808';

describe('CSV for Excel', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 138', "'+86 138"],
    ['-cmd|calc', "'-cmd|calc"],
    ['@HYPERLINK("http://x")', `"'@HYPERLINK(""http://x"")"`],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['王建国, 先生', '"王建国, 先生"'],
    ['说"好"', '"说""好"""'],
    ['两行\n文字', '"两行\n文字"'],
    ['普通', '普通'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('numbers stay numbers (a negative amount is not a formula), null is empty', () => {
    expect([csvCell(-500), csvCell(12.5), csvCell(null), csvCell(Number.NaN)]).toEqual(['-500', '12.5', '', '']);
  });

  it('starts with the UTF-8 BOM and ends lines with CRLF; it reads back as written', () => {
    const text = toCsv([
      ['a', 'b'],
      ['=1', 2],
    ]);
    expect(text.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['a', 'b'],
      ["'=1", '2'],
    ]);
  });
});

describe('the book and the pipeline', () => {
  const record = {
    ...emptyRecord({ origin, clientId: '8800000001' }, 1),
    rung: 6,
    familiarity: { signals: [], override: 7 },
    memoryPoints: ['喝普洱', '女儿学钢琴'],
    profile: {
      ...emptyRecord({ origin, clientId: '8800000001' }, 1).profile,
      name: '王建国',
      gender: 'male' as const,
      age: 51,
      openedOn: '2019-05-03',
      assets: 125_000_000,
      assetsOn: '2026-11-30',
      communication: '=HYPERLINK("http://evil")',
    },
  };

  it('one row per client, headed in the RM’s language, the formula neutralised', () => {
    const rows = parseCsv(bookCsv([record], new Map([[`${origin} 8800000001`, 'positive']]), 'zh-CN').slice(1));
    expect(rows[0]!.slice(0, 7)).toEqual(['客户号', '姓名', '性别', '年龄', '出生日期', '开户日期', '资产（元）']);
    expect(rows[1]).toEqual([
      '8800000001',
      '王建国',
      '男',
      '51',
      '',
      '2019-05-03',
      '1250000',
      '2026-11-30',
      '',
      '7',
      '积极',
      '6',
      '喝普洱；女儿学钢琴',
      `'=HYPERLINK("http://evil")`,
      '',
      origin,
    ]);
    expect(parseCsv(bookCsv([record], new Map(), 'en').slice(1))[0]![0]).toBe('Client number');
  });

  it('one row per deal, with the client’s name and the amount in yuan', () => {
    const deal = {
      ...newDeal({ id: 'd1', origin, clientId: '8800000001', today: '2026-12-01', now: 1 }),
      amount: 100_000_000,
      nextStep: '-周一转账',
    };
    const rows = parseCsv(pipelineCsv([deal], new Map([[`${origin} 8800000001`, '王建国']]), () => '投资', 'zh-CN').slice(1));
    expect(rows[1]!.slice(0, 4)).toEqual(['8800000001', '王建国', '投资', '1000000']);
    expect(rows[1]![7]).toBe("'-周一转账");
  });
});
