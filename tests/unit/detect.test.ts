import { describe, expect, it } from 'vitest';
import { detectClientId } from '@/lib/client-id/detect';
import { normalizeText } from '@/lib/client-id/normalize';
import type { SiteRule } from '@/lib/client-id/rule-types';

function doc(html: string, url?: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  if (url) Object.defineProperty(d, 'URL', { value: url });
  return d;
}

const DISTRACTORS = `<table>
  <tr><th>账号</th><td>6217093023233127410</td><th>证件号码</th><td>310115195706083684</td></tr>
  <tr><th>手机号码</th><td>15544692073</td><th>固定电话</th><td>021-64581234</td></tr>
  <tr><th>内部序号</th><td>4411</td><th>管户经理编号</th><td>8800099999</td></tr>
  <tr><th>关联客户号</th><td>8800077777</td><th>开户日期</th><td>2019-03-02</td></tr>
  <tr><th>机构号</th><td>310000123</td><th>柜员号</th><td>A0321</td></tr></table>`;

describe('zero-config client number detection', () => {
  it('reads the value in the cell next to 客户号, ignoring account, ID-card and phone numbers', () => {
    const d = doc(`<table><tr><th>客户号</th><td>8898443430</td></tr></table>${DISTRACTORS}`);
    expect(detectClientId(d)).toMatchObject({ clientId: '8898443430', via: '客户号', rule: null, strategy: 'heuristic' });
  });

  it.each([
    ['same cell, full-width colon and digits', '<div><span>客户号：８８００１２３４５６</span></div>', '8800123456'],
    ['same cell, ASCII colon', '<p>Client No.: C00012345</p>', 'C00012345'],
    ['no colon, value after a space', '<div>CIF 77001234</div>', '77001234'],
    ['label then value element in one cell', '<td>客戶編號：<b>A12345678</b></td>', 'A12345678'],
    ['th / td', '<table><tr><th>客戶號</th><td> 8800012345 </td></tr></table>', '8800012345'],
    ['wrapped label', '<table><tr><td><b><font>客户编号</font></b></td><td><span>8800012345</span></td></tr></table>', '8800012345'],
    ['dt / dd', '<dl><dt>Customer Number</dt><dd>99001122</dd></dl>', '99001122'],
    [
      'label for= and a read-only input',
      '<label for="c">客户号</label><span>…</span><input id="c" readonly value="8800012345">',
      '8800012345',
    ],
    ['label then input', '<label>Customer ID</label><input readonly value="C-00012345">', 'C-00012345'],
    ['input inside the next cell', '<table><tr><td>客户号：</td><td><input value="8800012345" readonly></td></tr></table>', '8800012345'],
    ['invisible characters in the value', '<table><tr><th>客户号</th><td>\u200B8800012345\u00A0</td></tr></table>', '8800012345'],
    [
      'one-row card under a header row',
      '<table><tr><th>客户号</th><th>姓名</th></tr><tr><td>8800012345</td><td>王伟</td></tr></table>',
      '8800012345',
    ],
    [
      'the same number twice (header and body)',
      '<div>客户号：8800012345</div><table><tr><th>客户号</th><td>8800012345</td></tr></table>',
      '8800012345',
    ],
  ])('%s', (_, html, id) => {
    expect(detectClientId(doc(html + DISTRACTORS))?.clientId).toBe(id);
  });

  it('reads into open shadow roots several levels deep', () => {
    const d = doc('<x-app></x-app>');
    const a = d.querySelector('x-app')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<x-card></x-card>';
    const b = a.querySelector('x-card')!.attachShadow({ mode: 'open' });
    b.innerHTML = '<dl><dt>客户号</dt><dd>8800012345</dd></dl>';
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });

  it.each([
    [
      'a list of many clients (column header)',
      '<table><tr><th>客户号</th><th>姓名</th></tr><tr><td>8800000001</td><td>王</td></tr><tr><td>8800000002</td><td>李</td></tr></table>',
    ],
    [
      'a list of many clients (repeated label/value pairs)',
      ['8800000001', '8800000002', '8800000003'].map((n) => `<div>客户号：${n}</div>`).join(''),
    ],
    ['only account, ID-card and phone numbers', DISTRACTORS],
    ['a dashboard', `<h2>今日工作台</h2><table><tr><th>管户客户数</th><td>50</td><th>待办</th><td>7</td></tr></table>${DISTRACTORS}`],
    ['a search form with the label in a placeholder text', `<form>客户姓名/客户号/手机号：<input name="q" value=""></form>${DISTRACTORS}`],
    ['a label with no plausible value', '<table><tr><th>客户号</th><td>（未选择）</td></tr></table>'],
    ['a label whose value is a date', '<table><tr><th>客户号</th><td>2026-11-23</td></tr></table>'],
    ['two different clients on one screen', '<div>客户号：8800000001</div><div>Client ID: 8800000002</div>'],
  ])('%s is no client', (_, html) => {
    expect(detectClientId(doc(html))).toBeNull();
  });

  it('normalises invisible and full-width characters', () => {
    expect(normalizeText('\u200B８８０\u00A0 ')).toBe('880');
  });
});

describe('site rules', () => {
  const rule = (over: Partial<SiteRule>): SiteRule => ({ id: 'r', name: 'Core', match: ['http://crm.test/*'], strategies: [], ...over });

  it('a URL strategy reads the capture group of the full URL, hash included', () => {
    const d = doc('', 'http://crm.test/app#/client/8800012345/overview');
    const r = rule({ strategies: [{ kind: 'url', pattern: '#/client/(\\d+)' }], idPattern: '^\\d{10}$' });
    expect(detectClientId(d, [r])).toMatchObject({ clientId: '8800012345', rule: 'Core', strategy: 'url', via: '#/client/(\\d+)' });
  });

  it('the validation pattern rejects a wrong match and the next strategy wins', () => {
    const d = doc('<span id="cust">8800012345</span>', 'http://crm.test/client?id=4411');
    const r = rule({
      strategies: [
        { kind: 'url', pattern: 'id=(\\d+)' },
        { kind: 'selector', selector: '#cust' },
      ],
      idPattern: '^\\d{10}$',
    });
    expect(detectClientId(d, [r])).toMatchObject({ clientId: '8800012345', strategy: 'selector' });
  });

  it('a selector reads an attribute or a field value', () => {
    const d = doc('<div data-cust="ＣＩＦ９９"></div><input name="custNo" value="8800012345" readonly>', 'http://crm.test/x');
    expect(
      detectClientId(d, [
        rule({ strategies: [{ kind: 'selector', selector: '[data-cust]', attribute: 'data-cust' }], idPattern: '^CIF\\d+$' }),
      ])?.clientId,
    ).toBe('CIF99');
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'selector', selector: 'input[name=custNo]' }] })])?.clientId).toBe('8800012345');
  });

  it('a label strategy with the bank’s own label', () => {
    const d = doc('<table><tr><td>客户信息编码</td><td>X-778899</td></tr></table>', 'http://crm.test/x');
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'label', labels: ['客户信息编码'] }] })])).toMatchObject({
      clientId: 'X-778899',
      strategy: 'label',
      via: '客户信息编码',
    });
  });

  it('a matching rule that reads nothing means no client, never a zero-config guess', () => {
    const d = doc('<div>客户号：8800012345</div>', 'http://crm.test/x');
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'selector', selector: '#missing' }] })])).toBeNull();
  });

  it('a rule for another site leaves zero-config detection in charge', () => {
    const d = doc('<div>客户号：8800012345</div>', 'http://other.test/x');
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'selector', selector: '#missing' }] })])).toMatchObject({
      clientId: '8800012345',
      strategy: 'heuristic',
    });
  });

  it('a selector matching several different IDs reads nothing', () => {
    const d = doc('<i class="c">8800000001</i><i class="c">8800000002</i>', 'http://crm.test/x');
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'selector', selector: '.c' }] })])).toBeNull();
  });

  it('selector and label strategies reach into open shadow roots', () => {
    const d = doc('<x-app></x-app>', 'http://crm.test/x');
    const inner = d.querySelector('x-app')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<x-card></x-card>';
    inner.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML =
      '<span class="cif">C20240917</span><b>客户信息编码：C20240917</b>';
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'selector', selector: 'span.cif' }] })])?.clientId).toBe('C20240917');
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'label', labels: ['客户信息编码'] }] })])?.clientId).toBe('C20240917');
  });

  it('invalid regular expressions and selectors read nothing instead of throwing', () => {
    const d = doc('<i>8800000001</i>', 'http://crm.test/x');
    expect(
      detectClientId(d, [
        rule({
          strategies: [
            { kind: 'selector', selector: '<<' },
            { kind: 'url', pattern: '(' },
          ],
        }),
      ]),
    ).toBeNull();
  });
});

describe('a read after a change, with the roots of the last read (what the watcher does)', () => {
  function reader(html: string) {
    const d = doc(html);
    const roots = [d];
    return { d, read: () => detectClientId(d, [], { roots })?.clientId ?? null };
  }
  const page = `<table><tr><th>客户号</th><td id="v">8800012345</td></tr></table><table><tr><th>账号</th><td id="acct">6217093023233127410</td></tr></table><div id="more"></div>`;

  it.each([
    [
      'other text changed',
      (d: Document) => {
        d.getElementById('acct')!.textContent = '6217000000000000001';
        d.getElementById('more')!.append(d.createElement('p'), '账号 6217000000000000002');
      },
      '8800012345',
    ],
    ['the value beside the label changed', (d: Document) => (d.getElementById('v')!.textContent = '8800054321'), '8800054321'],
    ['a second client label appears elsewhere', (d: Document) => (d.getElementById('more')!.innerHTML = '<p>客户号：8800099999</p>'), null],
    ['a text node gains a label', (d: Document) => (d.getElementById('more')!.textContent = 'CIF 8800099999'), null],
    [
      'the label is re-rendered as a new node with the same text',
      (d: Document) => {
        const th = d.querySelector('th')!;
        th.replaceChild(d.createTextNode('客户号'), th.firstChild!);
      },
      '8800012345',
    ],
    [
      'the label’s text node is split',
      (d: Document) => {
        const th = d.querySelector('th')!;
        th.firstChild!.textContent = 'x客户号';
        (th.firstChild as Text).splitText(1);
      },
      '8800012345',
    ],
    ['the label is renamed', (d: Document) => (d.querySelector('th')!.textContent = '关联客户号'), null],
  ])('reads the screen as it is when %s', (_name, change, expected) => {
    const r = reader(page);
    expect(r.read()).toBe('8800012345');
    change(r.d);
    expect(r.read()).toBe(expected);
  });
});
