/**
 * Field capture (issue 15 part 5): the client's name, gender, dates and assets read beside well-known labels and a
 * rule's fields (lib/capture/read.ts, happy-dom), parsed in the panel (lib/capture/offers.ts), offered only for empty
 * template fields; ID-card and phone numbers never offered, whatever label they stand beside.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '@/lib/calendar/dates';
import { CAPTURE_FIELDS, CAPTURE_LABELS, isNeverOffered, isSensitiveLabel } from '@/lib/capture/labels';
import { capturePatch, offersFor } from '@/lib/capture/merge';
import { type CaptureResult, parseCapture, readCaptured } from '@/lib/capture/offers';
import { captureFields } from '@/lib/capture/read';
import { emptyRecord, type Profile } from '@/lib/client/record';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { SiteRuleSchema } from '@/lib/client-id/rules';
import { fillEmptyProfile } from '@/lib/db/capture';
import { readClient, updateClient } from '@/lib/db/clients';
import { PacerDB } from '@/lib/db/database';

const TODAY = '2026-12-01' as IsoDate;

function doc(html: string, url = 'https://crm.example/client'): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  Object.defineProperty(d, 'URL', { value: url });
  return d;
}

/** What the card would offer for this page, as field → value. */
function read(d: Document, rules: SiteRule[] = []) {
  const out = captureFields(d, { rules });
  // Across the boundary as the panel receives it.
  const parsed = parseCapture(JSON.parse(JSON.stringify(out)));
  expect(parsed).not.toBeNull();
  return { raw: out, captured: readCaptured(parsed!, TODAY) };
}
const values = (d: Document, rules?: SiteRule[]) => Object.fromEntries(read(d, rules).captured.map((c) => [c.field, c.value]));
const texts = (d: Document) => captureFields(d).values.map((v) => `${v.field}=${v.text}`);

/** The demo CRM's client screen, as demo-crm/pages.mjs renders it. */
const DEMO = `<table class="form">
<tr><th>客户号</th><td>8800012345</td><th>客户姓名</th><td>余娟</td></tr>
<tr><th>性别</th><td>女</td><th>出生日期</th><td>1975-03-08（51 岁）</td></tr>
<tr><th>证件类型</th><td>居民身份证</td><th>证件号码</th><td>310115195706083684</td></tr>
<tr><th>手机号码</th><td>15544692073</td><th>固定电话</th><td>021-64581234</td></tr>
<tr><th>开户日期</th><td>2012-06-15</td><th>开户网点</th><td>上海分行营业部</td></tr>
<tr><th>客户等级</th><td>金卡</td><th>资产合计</th><td>1,234,567.89 元</td></tr>
</table>`;

describe('reading the template fields beside well-known labels', () => {
  it('reads name, gender, birth date (the age beside it dropped), opening date and assets on a legacy screen', () => {
    expect(values(doc(DEMO))).toEqual({
      name: '余娟',
      gender: 'female',
      birthDate: '1975-03-08',
      age: 51,
      openedOn: '2012-06-15',
      assets: 123_456_789,
    });
  });

  it('says where each value was read: beside which label, as shown', () => {
    const { captured } = read(doc(DEMO));
    expect(captured.find((c) => c.field === 'birthDate')?.from).toEqual({ kind: 'label', label: '出生日期', rule: null });
    expect(captured.find((c) => c.field === 'assets')?.from).toEqual({ kind: 'label', label: '资产合计', rule: null });
    expect(captured.find((c) => c.field === 'age')?.from).toEqual({ kind: 'birthDate' });
  });

  it.each([
    [
      '简体, colon in the cell',
      '<p>姓名：王建国</p><p>性别：男</p><p>出生日期：1960年1月2日</p><p>开户日期：2024/3/5</p><p>总资产：12.3万</p>',
    ],
    [
      '繁體 and full-width forms',
      '<p>客戶姓名：王建國</p><p>性別：男</p><p>出生日期：１９６０／１／２</p><p>開戶日期：20240305</p><p>總資產：￥123,000</p>',
    ],
  ])('%s', (_, html) => {
    const v = values(doc(html));
    expect(v.gender).toBe('male');
    expect(v.birthDate).toBe('1960-01-02');
    expect(v.openedOn).toBe('2024-03-05');
    expect(v.assets).toBe(12_300_000);
    expect(v.name).toMatch(/^王建[国國]$/);
  });

  it('English labels, dt/dd and a header row over one client', () => {
    const d = doc(`<dl><dt>Full Name</dt><dd>Li Wei</dd><dt>Gender</dt><dd>M</dd><dt>Date of Birth</dt><dd>1980-07-09</dd>
      <dt>Opening Date</dt><dd>2015-01-20</dd></dl>
      <table><tr><th>AUM</th><th>Age</th></tr><tr><td>¥ 2,000,000.00</td><td>46</td></tr></table>`);
    expect(values(d)).toEqual({
      name: 'Li Wei',
      gender: 'male',
      birthDate: '1980-07-09',
      openedOn: '2015-01-20',
      assets: 200_000_000,
      age: 46,
    });
  });

  it('a label split over inline elements, and an amount whose unit is in the label', () => {
    const d = doc(
      '<div><span><b>出生</b><span>日期</span></span><span>1990-12-31</span></div><div><span>资产（万元）</span><span>56.5</span></div>',
    );
    expect(values(d)).toMatchObject({ birthDate: '1990-12-31', assets: 56_500_000 });
  });

  it('a web-components screen: the label in one shadow tree, the value in another', () => {
    const d = doc('<x-item id="a"></x-item><x-item id="b"></x-item>');
    const put = (id: string, label: string, value: string) => {
      const root = d.getElementById(id)!.attachShadow({ mode: 'open' });
      root.innerHTML = `<div><span class="l"></span></div><div><x-out></x-out></div>`;
      root.querySelector('.l')!.textContent = label;
      root.querySelector('x-out')!.attachShadow({ mode: 'open' }).innerHTML = `<span>${value}</span>`;
    };
    put('a', '客户姓名', '陈静');
    put('b', '开户日期', '2021-09-01');
    expect(values(d)).toEqual({ name: '陈静', openedOn: '2021-09-01' });
  });

  it('a list of clients under the headers reads nothing', () => {
    const d = doc(
      '<table><tr><th>客户姓名</th><th>出生日期</th></tr><tr><td>甲乙</td><td>1970-01-01</td></tr><tr><td>丙丁</td><td>1980-01-01</td></tr></table>',
    );
    expect(texts(d)).toEqual([]);
  });

  it('two different values beside one label read nothing for that field (a guess); hidden text is not read', () => {
    const d = doc('<p>姓名：张三</p><p>姓名：李四</p><p style="display:none">性别：男</p><p>开户日期：2020-01-01</p>');
    expect(texts(d)).toEqual(['openedOn=2020-01-01']);
  });
});

describe('never an ID-card or phone number', () => {
  const ID = '310115195706083684';
  it.each([
    ['an 18-digit ID beside 姓名', `<p>姓名：${ID}</p>`],
    ['a 15-digit ID beside 出生日期', '<p>出生日期：310115570608368</p>'],
    ['a mobile beside 客户姓名', '<table><tr><th>客户姓名</th><td>138 0013 8000</td></tr></table>'],
    ['a mobile beside 资产', '<p>资产：13800138000</p>'],
    ['a landline beside 开户日期', '<p>开户日期：021-64581234</p>'],
    ['an ID beside Name, with an X', '<dl><dt>Name</dt><dd>11010519491231002X</dd></dl>'],
    ['a bank card beside AUM', '<p>AUM: 6217093023233127410</p>'],
  ])('%s is never offered', (_, html) => {
    const d = doc(html);
    expect(captureFields(d).values).toEqual([]);
    expect(read(d).captured).toEqual([]);
  });

  it('the demo screen’s ID and phones appear nowhere in what the capture returns', () => {
    const out = JSON.stringify(captureFields(doc(DEMO)));
    for (const n of ['310115195706083684', '15544692073', '64581234', '居民身份证']) expect(out).not.toContain(n);
  });

  it('the panel refuses an ID or a phone the page slipped into the result itself', () => {
    const forged: CaptureResult = {
      values: [
        { field: 'name', text: '310115195706083684', label: '姓名', selector: null, rule: null },
        { field: 'assets', text: '15544692073', label: '资产', selector: null, rule: null },
      ],
    };
    expect(readCaptured(forged, TODAY)).toEqual([]);
    expect(parseCapture({ values: [{ field: 'phone', text: '1', label: 'x', selector: null, rule: null }] })).toBeNull();
    expect(parseCapture({ values: [{ field: 'name', text: 'x'.repeat(65), label: 'x', selector: null, rule: null }] })).toBeNull();
  });

  it('no well-known label names an ID card or a phone, and such labels are refused in a rule', () => {
    for (const f of CAPTURE_FIELDS) for (const l of CAPTURE_LABELS[f]) expect(isSensitiveLabel(l), l).toBe(false);
    for (const l of ['身份证号', '证件号码', '證件號碼', '手机号码', '联系电话', 'Phone', 'Mobile No.', 'ID No.', 'ID', 'National ID'])
      expect(isSensitiveLabel(l), l).toBe(true);
    const rule = { name: 'x', match: ['https://crm.example/*'], strategies: [{ kind: 'label', labels: ['客户号'] }] };
    expect(SiteRuleSchema.safeParse({ ...rule, fields: [{ field: 'name', labels: ['证件号码'] }] }).success).toBe(false);
    expect(SiteRuleSchema.safeParse({ ...rule, fields: [{ field: 'birthDate', labels: ['手机'] }] }).success).toBe(false);
    expect(SiteRuleSchema.safeParse({ ...rule, fields: [{ field: 'name', labels: ['户主'], selector: '#x' }] }).success).toBe(false);
    expect(SiteRuleSchema.safeParse({ ...rule, fields: [{ field: 'residentId', selector: '#x' }] }).success).toBe(false);
    expect(SiteRuleSchema.safeParse({ ...rule, fields: [{ field: 'name', labels: ['户主'] }] }).success).toBe(true);
  });

  it.each(['13800138000', '+86 138-0013-8000', '021-64581234', '310115195706083684', '6217 0930 2323 3127 410'])(
    '%s is never offered',
    (v) => expect(isNeverOffered(v)).toBe(true),
  );
  it.each(['1975-03-08（51 岁）', '1,234,567.89 元', '20240305', '12.3万', '王建国'])('%s may be', (v) =>
    expect(isNeverOffered(v)).toBe(false),
  );
});

describe('rule-defined fields', () => {
  const rule = (fields: SiteRule['fields']): SiteRule => ({
    id: 'r',
    name: '核心系统',
    match: ['https://crm.example/*'],
    strategies: [{ kind: 'selector', selector: '#no' }],
    fields,
  });

  it('reads by selector and beside the rule’s own labels, said as the rule’s', () => {
    const d = doc('<span id="no">8800012345</span><span id="nm" data-v="赵六">***</span><p>户主：赵六</p><p>建档时点：2018-08-08</p>');
    const { captured } = read(d, [
      rule([
        { field: 'name', selector: '#nm', attribute: 'data-v' },
        { field: 'openedOn', labels: ['建档时点'] },
      ]),
    ]);
    expect(captured.map((c) => [c.field, c.value, c.from])).toEqual([
      ['name', '赵六', { kind: 'selector', selector: '#nm', rule: '核心系统' }],
      ['openedOn', '2018-08-08', { kind: 'label', label: '建档时点', rule: '核心系统' }],
    ]);
  });

  it('a rule for another address does not apply; the well-known labels still do', () => {
    const d = doc('<p>建档时点：2018-08-08</p><p>开户日期：2019-09-09</p>', 'https://other.example/x');
    expect(values(d, [rule([{ field: 'openedOn', labels: ['建档时点'] }])])).toEqual({ openedOn: '2019-09-09' });
  });

  it('a rule field whose selector finds an ID reads nothing', () => {
    const d = doc('<span id="nm">310115195706083684</span>');
    expect(values(d, [rule([{ field: 'name', selector: '#nm' }])])).toEqual({});
  });
});

describe('bounded on a hostile page', () => {
  it('a page of more nodes than the bound is not read at all, and says so', () => {
    const d = doc(`${DEMO}<div>${'<span>x</span>'.repeat(3000)}</div>`);
    const started = performance.now();
    expect(captureFields(d, { maxNodes: 2000 })).toEqual({ values: [], stopped: 'nodes' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(captureFields(d, { maxNodes: 100_000, timeMs: 60_000 }).values.length).toBe(5);
  });

  it('stops at its deadline with what it read by then', () => {
    let clock = 0;
    const out = captureFields(doc(DEMO), { now: () => (clock += 40), timeMs: 100 });
    expect(out.stopped).toBe('time');
    expect(out.values.length).toBeLessThan(CAPTURE_FIELDS.length);
  });

  it('a megabyte of text beside a label is not a value', () => {
    const d = doc(`<table><tr><th>客户姓名</th><td>${'甲'.repeat(1_000_000)}</td></tr></table>`);
    expect(texts(d)).toEqual([]);
  });
});

describe('the card’s merge rule', () => {
  const profile = (p: Partial<Profile>): Profile => ({ ...emptyRecord({ origin: 'https://crm.example', clientId: '1' }, 0).profile, ...p });
  const captured = readCaptured(
    {
      values: [
        { field: 'name', text: '余娟', label: '客户姓名', selector: null, rule: null },
        { field: 'gender', text: '女', label: '性别', selector: null, rule: null },
        { field: 'birthDate', text: '1975-03-08', label: '出生日期', selector: null, rule: null },
        { field: 'assets', text: '100万', label: '资产', selector: null, rule: null },
      ],
    },
    TODAY,
  );

  it('offers only the empty fields; a field the RM filled with something else is only said to differ', () => {
    const { offered, differs } = offersFor(profile({ name: '余娟', gender: 'male', age: 50 }), captured);
    expect(offered.map((c) => c.field)).toEqual(['birthDate', 'assets']);
    expect(differs.map((c) => [c.field, c.value])).toEqual([
      ['gender', 'female'],
      ['age', 51],
    ]);
  });

  it('the patch holds only what was offered, the assets dated today', () => {
    const { offered } = offersFor(profile({ name: '余娟', gender: 'male', age: 50 }), captured);
    expect(capturePatch(offered, TODAY)).toEqual({ birthDate: '1975-03-08', assets: 100_000_000, assetsOn: TODAY });
  });

  it('a full profile is offered nothing', () => {
    const full = profile({ name: '甲', gender: 'male', birthDate: '1970-01-01', age: 56, assets: 1 });
    expect(offersFor(full, captured).offered).toEqual([]);
  });
});

describe('the fill (lib/db fillEmptyProfile)', () => {
  const client = { origin: 'http://127.0.0.1:8808', clientId: '8800000001' };
  const patch = { name: '余娟', gender: 'female', birthDate: '1975-03-08', age: 51, assets: 100_000_000, assetsOn: TODAY } as const;

  it('fills only the empty fields of the record as stored, keeps what the RM typed, and creates a new client’s record', async () => {
    const name = `pacer-capture-${Math.random()}`;
    const db = new PacerDB(name);
    try {
      await updateClient(db, client, (r) => ({ ...r, profile: { ...r.profile, name: '余女士', followUp: '周五回电' } }), 10);
      const filled = await fillEmptyProfile(db, client, patch, 20);
      expect(filled.sort()).toEqual(['age', 'assets', 'birthDate', 'gender']);
      const stored = await readClient(db, client);
      expect(stored?.profile).toMatchObject({
        name: '余女士',
        followUp: '周五回电',
        gender: 'female',
        birthDate: '1975-03-08',
        age: 51,
        assets: 100_000_000,
        assetsOn: TODAY,
      });
      // Nothing left to fill: nothing written.
      expect(await fillEmptyProfile(db, client, patch, 30)).toEqual([]);
      expect((await readClient(db, client))?.updatedAt).toBe(20);
      const other = { ...client, clientId: '8800000002' };
      expect(await fillEmptyProfile(db, other, { openedOn: '2012-06-15' }, 40)).toEqual(['openedOn']);
      expect((await readClient(db, other))?.profile.openedOn).toBe('2012-06-15');
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
