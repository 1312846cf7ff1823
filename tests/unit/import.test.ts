/**
 * Importing a client list (issue 14, part 1): encodings detected, CSV and .xlsx read, headers guessed, Chinese
 * value formats, the resident ID used and dropped, every bad row listed with its reason in both languages, and
 * the merge filling empty fields only, in one transaction.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyRecord } from '@/lib/client/record';
import { rebuildBook } from '@/lib/db/book';
import { PacerDB } from '@/lib/db/database';
import { applyImport, previewImport } from '@/lib/db/import';
import { translate } from '@/lib/i18n';
import { parseCsv } from '@/lib/import/csv';
import { detectEncoding } from '@/lib/import/decode';
import { guessMapping, mappingFor, remember } from '@/lib/import/fields';
import { readListFile } from '@/lib/import/file';
import { checkRows, mergeProfile } from '@/lib/import/rows';
import { excelSerialToIso, looksLikeFormula, readAmount, readDate, readGender, readResidentId } from '@/lib/import/values';
import { encodeLegacy } from '../support/legacy-encoding';
import { buildXlsx } from '../support/xlsx';

const today = '2026-12-01';
const origin = 'http://127.0.0.1:8808';

describe('values in Chinese formats', () => {
  it.each([
    ['2024年3月5日', '2024-03-05'],
    ['2024年03月05日', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024-03-05 10:30:00', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['45356', '2024-03-05'],
    ['', null],
    ['--', null],
  ])('date %s → %s', (text, iso) => {
    expect(readDate(text, today)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['2024年2月30日', 'import.problem.dateImpossible'],
    ['20241301', 'import.problem.dateImpossible'],
    ['2027-01-01', 'import.problem.dateFuture'],
    ['1899-12-31', 'import.problem.dateImpossible'],
    ['明年', 'import.problem.date'],
  ])('date %s is refused: %s', (text, problem) => {
    expect(readDate(text, today)).toEqual({ ok: false, problem });
  });

  it('Excel serial numbers, its phantom 29 February 1900 included', () => {
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(60)).toBeNull();
  });

  it.each([
    ['1,234.56', 123_456],
    ['¥1234', 123_400],
    ['￥ 1,000 元', 100_000],
    ['12.3万', 12_300_000],
    ['12.3万元', 12_300_000],
    ['3亿', 30_000_000_000],
    ['人民币5000', 500_000],
    ['0', 0],
    ['', null],
  ])('amount %s → %s fen', (text, fen) => {
    expect(readAmount(text)).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['-500', 'import.problem.amountNegative'],
    ['200亿', 'import.problem.amountAbsurd'],
    ['一百万', 'import.problem.amount'],
  ])('amount %s is refused: %s', (text, problem) => {
    expect(readAmount(text)).toEqual({ ok: false, problem });
  });

  it('gender', () => {
    expect(['男', '女', 'M', 'f', 'Female', '先生'].map((g) => readGender(g))).toEqual(
      ['male', 'female', 'male', 'female', 'female', 'male'].map((value) => ({ ok: true, value })),
    );
    expect(readGender('未知')).toEqual({ ok: false, problem: 'import.problem.gender' });
  });

  it('a resident ID gives a birth date and a gender, and only those; a bad check digit is refused', () => {
    // GB 11643's own example number.
    expect(readResidentId('11010519491231002X', today)).toEqual({ ok: true, value: { birthDate: '1949-12-31', gender: 'female' } });
    expect(readResidentId('110105194912310021', today)).toEqual({ ok: false, problem: 'import.problem.residentId' });
    expect(readResidentId('110105491231001', today)).toEqual({ ok: true, value: { birthDate: '1949-12-31', gender: 'male' } });
    expect(readResidentId('1101051949', today)).toEqual({ ok: false, problem: 'import.problem.residentId' });
  });

  it('formula-like cells', () => {
    expect(['=1+1', '@SUM(A1)', '+cmd|', '-HYPERLINK(', '\t=x'].every(looksLikeFormula)).toBe(true);
    expect(['王建国', '-', '-500', '+86 138', 'A=B'].some(looksLikeFormula)).toBe(false);
  });
});

describe('files', () => {
  const csv =
    '客户号,姓名,性别,出生日期,开户日期,资产（元）,持有产品,手机号\n8800000001,王建国,男,1975年6月1日,2019/5/3,"1,250,000.00",稳健理财A,13800000000\n';

  it('CSV in UTF-8 with and without a BOM, GBK and Big5 are detected and read', () => {
    const utf8 = new TextEncoder().encode(csv);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const gbk = encodeLegacy(csv, 'gb18030');
    const traditional = '客戶號,姓名,性別,出生日期,開戶日期,資產,持有產品\n8800000001,王建國,男,1975年6月1日,2019/5/3,125萬,穩健理財A\n';
    const big5 = encodeLegacy(traditional, 'big5');
    expect([utf8, bom, gbk, big5].map(detectEncoding)).toEqual(['utf-8', 'utf-8', 'gb18030', 'big5']);
    for (const bytes of [utf8, bom, gbk]) {
      const f = readListFile(bytes);
      expect(f.ok && f.grid[1]).toEqual([
        '8800000001',
        '王建国',
        '男',
        '1975年6月1日',
        '2019/5/3',
        '1,250,000.00',
        '稳健理财A',
        '13800000000',
      ]);
      expect(f.ok && f.grid[0]![0]).toBe('客户号');
    }
    const b = readListFile(big5);
    expect(b.ok && b.grid[1]).toEqual(['8800000001', '王建國', '男', '1975年6月1日', '2019/5/3', '125萬', '穩健理財A']);
    expect(b.ok && guessMapping(b.grid[0]!)).toEqual(['clientId', 'name', 'gender', 'birthDate', 'openedOn', 'assets', 'products']);
    expect(readAmount('125萬')).toEqual({ ok: true, value: 125_000_000 });
  });

  it('the wrong encoding chosen shows as characters that cannot be read', () => {
    const gbk = encodeLegacy(csv, 'gb18030');
    const f = readListFile(gbk, 'utf-8');
    expect(f.ok && f.undecodable).toBeGreaterThan(10);
    const right = readListFile(gbk);
    expect(right.ok && right.undecodable).toBe(0);
  });

  it('CSV quoting: delimiters, quotes and line breaks inside quotes, CRLF, a tab-separated file', () => {
    expect(parseCsv('a,b\r\n"x,1","he said ""hi""\nthen left"\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['x,1', 'he said "hi"\nthen left'],
    ]);
    expect(parseCsv('客户号\t姓名\n1\t王')).toEqual([
      ['客户号', '姓名'],
      ['1', '王'],
    ]);
  });

  it('an .xlsx: shared and inline strings, numbers, a date-formatted cell, a sparse row', () => {
    const f = readListFile(
      buildXlsx([
        [{ s: '客户号' }, { s: '姓名' }, { s: '开户日期' }, { inline: 'AUM' }],
        [{ n: 8800000001 }, { s: '王建国' }, { date: 43588 }, { n: 1250000 }],
        [{ str: '8800000002' }, null, null, { s: '12.3万' }],
      ]),
    );
    expect(f.ok && f.kind).toBe('xlsx');
    expect(f.ok && f.grid).toEqual([
      ['客户号', '姓名', '开户日期', 'AUM'],
      ['8800000001', '王建国', '2019-05-03', '1250000'],
      ['8800000002', '', '', '12.3万'],
    ]);
  });

  it('bad files are refused with a reason, in both languages', () => {
    const said = (bytes: Uint8Array) => {
      const f = readListFile(bytes);
      if (f.ok) throw new Error('read');
      return [translate('zh-CN', f.problem, f.params), translate('en', f.problem, f.params)];
    };
    expect(said(new Uint8Array())).toEqual(['文件是空的。', 'The file is empty.']);
    expect(said(new Uint8Array(21 * 1024 * 1024))[1]).toBe('The file is over 20 MB: it cannot be imported.');
    expect(said(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))[0]).toMatch(/另存为 \.xlsx/);
    expect(said(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))[1]).toMatch(/not recognised/);
    expect(said(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))[1]).toBe('This .xlsx file is damaged and cannot be read.');
    expect(said(new TextEncoder().encode('客户号,姓名\n'))[1]).toBe('The file has headers but no clients.');
  });
});

describe('the mapping step', () => {
  it('guesses Pacer fields from common Chinese and English headers; a second column for one field is left out', () => {
    expect(
      guessMapping([
        '客户编号',
        '客户姓名',
        '性别',
        '出生日期',
        '开户日期',
        '资产余额(元)',
        'AUM',
        '身份证号码',
        '手机号码',
        '备注',
        '风险等级',
      ]),
    ).toEqual([
      'clientId',
      'name',
      'gender',
      'birthDate',
      'openedOn',
      'assets',
      'ignore',
      'residentId',
      'phone',
      'communication',
      'ignore',
    ]);
    expect(guessMapping(['Customer ID', 'Name', 'Gender', 'Date of birth', 'Opening date', 'Total assets'])).toEqual([
      'clientId',
      'name',
      'gender',
      'birthDate',
      'openedOn',
      'assets',
    ]);
  });

  it('remembers a mapping per set of headers', () => {
    const headers = ['编号', '名字'];
    expect(mappingFor({}, headers)).toEqual({ mapping: ['ignore', 'ignore'], remembered: false });
    const all = remember({}, headers, ['clientId', 'name']);
    expect(mappingFor(all, headers)).toEqual({ mapping: ['clientId', 'name'], remembered: true });
    expect(mappingFor(all, ['编号', '名字', '性别']).remembered).toBe(false);
  });
});

describe('checking the rows', () => {
  const headers = ['客户号', '姓名', '性别', '出生日期', '开户日期', '资产', '持有产品', '身份证号', '手机', '备注'];
  const grid = [
    headers,
    ['8800000001', '王建国', '男', '1975-06-01', '2019-05-03', '125万', '稳健理财A', '', '13800000000', '喜欢喝茶'],
    ['8800000002', '李娜', '', '', '2020/1/2', '', '', '11010519491231002X', '', ''],
    ['', '无号客户', '', '', '', '', '', '', '', ''],
    ['88-0003?', '张三', '', '', '', '', '', '', '', ''],
    ['8800000004', '赵四', '未知', '2030-01-01', '2019-02-30', '-5', '=HYPERLINK("http://x")', '110105194912310021', '', ''],
    ['8800000005', '钱五', '', '', '', '', '', '', '', ''],
    ['8800000005', '钱五', '', '', '', '', '', '', '', ''],
  ];
  const mapping = guessMapping(headers);

  it('valid rows become patches: values read, age from the birth date, the ID used and gone, the phone not kept', async () => {
    const r = await checkRows(grid, mapping, today);
    expect(r.total).toBe(7);
    expect(r.rows).toEqual([
      {
        line: 2,
        clientId: '8800000001',
        patch: {
          name: '王建国',
          gender: 'male',
          birthDate: '1975-06-01',
          age: 51,
          openedOn: '2019-05-03',
          assets: 125_000_000,
          assetsOn: today,
          products: '稳健理财A',
          communication: '备注：喜欢喝茶',
        },
      },
      {
        line: 3,
        clientId: '8800000002',
        patch: { name: '李娜', openedOn: '2020-01-02', birthDate: '1949-12-31', gender: 'female', age: 76 },
      },
    ]);
    expect(JSON.stringify(r)).not.toContain('11010519491231002X');
    expect(JSON.stringify(r)).not.toContain('13800000000');
  });

  it('every problem is listed with its row, column and reason, in both languages', async () => {
    const r = await checkRows(grid, mapping, today);
    const say = (locale: 'zh-CN' | 'en') =>
      r.problems.map((p) => `${p.line} ${p.column ?? '-'} ${translate(locale, p.problem.key, p.problem.params)}`);
    expect(say('en')).toEqual([
      '4 客户号 no client number',
      '5 客户号 “88-0003?” is not a valid client number',
      '6 性别 gender should be M or F (male or female)',
      '6 出生日期 the date is after today',
      '6 开户日期 no such date',
      '6 资产 the amount is negative',
      '6 持有产品 looks like an Excel formula (starts with = + - @): not imported',
      '6 身份证号 not a valid resident ID (length, date or check digit)',
      '7 - client number 8800000005 appears more than once',
      '8 - client number 8800000005 is also on row 7 (neither is imported)',
    ]);
    expect(say('zh-CN')[0]).toBe('4 客户号 没有客户号');
    expect(say('zh-CN')[8]).toBe('7 - 客户号 8800000005 在文件中重复');
  });

  it('no client number column: nothing can be checked', async () => {
    const r = await checkRows(
      grid,
      mapping.map((f) => (f === 'clientId' ? 'ignore' : f)),
      today,
    );
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => p.problem.key)).toEqual(['import.problem.noClientIdColumn']);
  });

  it('progress is reported and a cancel stops the check', async () => {
    const big = [headers, ...Array.from({ length: 5000 }, (_, i) => [`88${String(i).padStart(8, '0')}`, '客户'])];
    const seen: number[] = [];
    await checkRows(big, mapping, today, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([2000, 4000, 5000]);
    const controller = new AbortController();
    const run = checkRows(big, mapping, today, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toThrow('cancelled');
  });
});

const names: string[] = [];
const fresh = () => {
  const name = `pacer-import-${names.length}-${Math.random()}`;
  names.push(name);
  return new PacerDB(name);
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('merging into the book', () => {
  it('fills empty fields only; what differs is listed and the RM’s value kept', () => {
    const mine = { ...emptyRecord({ origin, clientId: '1' }, 1).profile, name: '王建国', gender: 'male' as const, communication: '我记的' };
    const m = mergeProfile(mine, {
      name: '王建华',
      gender: 'male',
      openedOn: '2019-05-03',
      assets: 100,
      assetsOn: today,
      communication: '名单里的',
    });
    expect(m.profile).toMatchObject({
      name: '王建国',
      gender: 'male',
      openedOn: '2019-05-03',
      assets: 100,
      assetsOn: today,
      communication: '我记的',
    });
    expect(m.filled).toEqual(['openedOn', 'assets']);
    expect(m.conflicts).toEqual([
      { field: 'name', mine: '王建国', theirs: '王建华' },
      { field: 'communication', mine: '我记的', theirs: '名单里的' },
    ]);
  });

  it('one transaction: new clients created, existing ones filled, the preview says the same, a cancel writes nothing', async () => {
    const db = fresh();
    await db.clients.put({
      ...emptyRecord({ origin, clientId: '8800000001' }, 1),
      rung: 7,
      profile: { ...emptyRecord({ origin, clientId: '8800000001' }, 1).profile, name: '王老板' },
    });
    const rows = [
      { line: 2, clientId: '8800000001', patch: { name: '王建国', openedOn: '2019-05-03' } },
      { line: 3, clientId: '8800000002', patch: { name: '李娜', assets: 500, assetsOn: today } },
    ];
    const preview = await previewImport(db, origin, rows, 5);
    expect(preview).toEqual({
      created: 1,
      filled: 1,
      unchanged: 0,
      conflicts: [{ line: 2, clientId: '8800000001', field: 'name', mine: '王老板', theirs: '王建国' }],
      damaged: [],
    });
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(applyImport(db, origin, rows, 5, cancelled.signal)).rejects.toThrow();
    expect(await db.clients.count()).toBe(1);
    expect(await applyImport(db, origin, rows, 5)).toEqual(preview);
    const first = await db.clients.get([origin, '8800000001']);
    expect(first).toMatchObject({ rung: 7, profile: { name: '王老板', openedOn: '2019-05-03' }, updatedAt: 5 });
    expect(await db.clients.get([origin, '8800000002'])).toMatchObject({
      profile: { name: '李娜', assets: 500, assetsOn: today },
      createdAt: 5,
    });
    // Importing the same list again changes nothing.
    expect(await applyImport(db, origin, rows, 6)).toMatchObject({ created: 0, filled: 0, unchanged: 2 });
  });

  it('the book’s summaries and cell totals are kept by the import: what a rebuild from every row computes', async () => {
    const db = fresh();
    // One client known with a tag and a contact (kept one by one), others new (summarised from their record alone).
    await db.clients.put(emptyRecord({ origin, clientId: '8800000001' }, 1));
    await db.sentimentEvents.add({ origin, clientId: '8800000001', sentiment: 'positive', source: 'panel', at: 2 });
    await db.contacts.add({
      origin,
      clientId: '8800000003',
      date: today,
      channel: 'visit',
      purpose: 'routine',
      note: '',
      nextFollowUp: null,
      at: 3,
    });
    await db.transaction('rw', db.tables, () => rebuildBook(db));
    const rows = [
      { line: 2, clientId: '8800000001', patch: { name: '王建国', assets: 100 } },
      { line: 3, clientId: '8800000002', patch: { name: '李娜', assets: 500, assetsOn: today } },
      { line: 4, clientId: '8800000003', patch: { name: '张伟' } },
    ];
    await applyImport(db, origin, rows, 5);
    const kept = { summaries: await db.clientSummaries.toArray(), cells: await db.bookCells.toArray() };
    expect(kept.summaries.map((s) => [s.clientId, s.name, s.assets, s.contactCount])).toEqual([
      ['8800000001', '王建国', 100, 0],
      ['8800000002', '李娜', 500, 0],
      ['8800000003', '张伟', null, 1],
    ]);
    await db.transaction('rw', db.tables, () => rebuildBook(db));
    expect({ summaries: await db.clientSummaries.toArray(), cells: await db.bookCells.toArray() }).toEqual(kept);
  });
});
