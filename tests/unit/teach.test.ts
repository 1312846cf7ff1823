import { describe, expect, it } from 'vitest';
import { globMatches, MAX_GLOB_STARS } from '@/lib/client-id/rule-types';
import { parseRulesFile } from '@/lib/client-id/rules-file';
import { idPatternFor, proposeRule, selectorFor, urlGlobFor } from '@/lib/client-id/teach';

const URL_ = 'http://crm.bank.example/app/client/8800012345/view?tab=1';
function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('客户视图');
  d.body.innerHTML = html;
  d.title = '客户视图';
  Object.defineProperty(d, 'URL', { value: URL_ });
  return d;
}

describe('teach: proposing a rule from the clicked value', () => {
  it.each([
    ['8800012345', '^\\d{10}$'],
    ['PB-0077812', '^[A-Z]{2}-\\d{7}$'],
    ['C20240917', '^[A-Z]\\d{8}$'],
    ['cif.99x', '^[a-z]{3}\\.\\d{2}[a-z]$'],
  ])('the ID format of %s is %s', (value, pattern) => {
    expect(idPatternFor(value)).toBe(pattern);
    expect(new RegExp(pattern).test(value)).toBe(true);
  });

  it('the URL glob keeps the screen and drops IDs in the path', () => {
    expect(urlGlobFor(URL_)).toBe('http://crm.bank.example/app/client/*/view*');
    expect(urlGlobFor('http://10.1.2.3:8080/crm/custView.do?custNo=1')).toBe('http://10.1.2.3:8080/crm/custView.do*');
  });

  it('the URL glob stays within what a rule may hold, and still matches the screen', () => {
    const deep = `http://crm.bank.example/${Array.from({ length: 12 }, (_, i) => `s${i}/x`).join('/')}/view`;
    const long = `http://crm.bank.example/${'segment/'.repeat(100)}client/1/view`;
    for (const url of [deep, long]) {
      const glob = urlGlobFor(url);
      expect(glob.split('*').length - 1).toBeLessThanOrEqual(MAX_GLOB_STARS);
      expect(glob.length).toBeLessThanOrEqual(500);
      expect(globMatches(glob, url)).toBe(true);
      expect(parseRulesFile(JSON.stringify([{ name: 'x', match: [glob], strategies: [{ kind: 'label', labels: ['客户号'] }] }])).ok).toBe(
        true,
      );
    }
  });

  it('proposes the label first, then a selector, both checked against the page', () => {
    const d = doc(
      '<table id="summary"><tr><th>客户信息编码</th><td class="num">PB-0077812</td><th>账号</th><td>6217093023233127410</td></tr></table>',
    );
    const p = proposeRule(d.querySelector('td')!, d, URL_, 0);
    expect(p).toEqual({
      ok: true,
      value: 'PB-0077812',
      rule: {
        id: 'taught-0',
        name: '客户视图 /app/client/8800012345/view',
        match: ['http://crm.bank.example/app/client/*/view*'],
        idPattern: '^[A-Z]{2}-\\d{7}$',
        strategies: [
          { kind: 'label', labels: ['客户信息编码'] },
          { kind: 'selector', selector: '#summary > tbody > tr > td:nth-of-type(1)' },
        ],
      },
    });
  });

  it('uses a stable id, a field name or a data attribute for the selector', () => {
    const d = doc('<span id="custNo">1</span><input name="cif" value="2"><b data-field="cust">3</b><i id="row-4411">4</i>');
    expect(selectorFor(d.querySelector('span')!)).toBe('#custNo');
    expect(selectorFor(d.querySelector('input')!)).toBe('input[name="cif"]');
    expect(selectorFor(d.querySelector('b')!)).toBe('b[data-field="cust"]');
    expect(selectorFor(d.querySelector('i')!)).toBe('i');
  });

  it('finds the label before the value in the same cell, and a label for= an input', () => {
    const a = doc('<div>客户编码：<b>A12345678</b></div>');
    expect(proposeRule(a.querySelector('b')!, a, URL_)).toMatchObject({
      ok: true,
      rule: { strategies: [{ kind: 'label', labels: ['客户编码'] }, expect.anything()] },
    });
    const b = doc('<label for="c">CIF Ref</label><input id="c" readonly value="77001234">');
    expect(proposeRule(b.querySelector('input')!, b, URL_)).toMatchObject({
      ok: true,
      value: '77001234',
      rule: {
        strategies: [
          { kind: 'label', labels: ['CIF Ref'] },
          { kind: 'selector', selector: '#c' },
        ],
      },
    });
  });

  it('a click on something that is not an ID says so', () => {
    const d = doc('<table><tr><th>客户姓名</th><td>王建国</td></tr></table>');
    expect(proposeRule(d.querySelector('td')!, d, URL_)).toEqual({ ok: false, reason: 'not-an-id', text: '王建国' });
  });

  it('a label that also heads other values is dropped for the selector', () => {
    // 客户号 labels two different numbers: a label strategy would read nothing, the selector still works.
    const d = doc('<div>客户号：<b id="main-cust">8800000001</b></div><div>客户号：<b>8800000002</b></div>');
    expect(proposeRule(d.querySelector('#main-cust')!, d, URL_)).toMatchObject({
      ok: true,
      rule: { strategies: [{ kind: 'selector', selector: '#main-cust' }] },
    });
  });
});
