import { describe, expect, it } from 'vitest';
import { detectClientId } from '@/lib/client-id/detect';
import { normalizeText } from '@/lib/client-id/normalize';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

describe('zero-config client number detection', () => {
  it('reads the value in the cell next to 客户号, ignoring account, ID-card and phone numbers', () => {
    const d = doc(`<table>
      <tr><th>客户号</th><td>8898443430</td><th>证件号码</th><td>310115195706083684</td></tr>
      <tr><th>手机号码</th><td>15544692073</td><th>账号</th><td>6217093023233127410</td></tr></table>`);
    expect(detectClientId(d)).toEqual({ clientId: '8898443430', via: '客户号' });
  });

  it('reads "客户号：value" in one cell, full-width digits included', () => {
    expect(detectClientId(doc('<div><span>客户号：８８００１２３４５６</span></div>'))?.clientId).toBe('8800123456');
  });

  it('reads a read-only input next to a label', () => {
    expect(detectClientId(doc('<label>Customer ID</label><input readonly value="C-00012345">'))?.clientId).toBe('C-00012345');
  });

  it('a list of many clients is no client', () => {
    const rows = ['8800000001', '8800000002', '8800000003'].map((n) => `<tr><th>客户号</th><td>${n}</td></tr>`).join('');
    expect(detectClientId(doc(`<table>${rows}</table>`))).toBeNull();
  });

  it('a screen with only account and ID-card numbers is no client', () => {
    expect(detectClientId(doc('<table><tr><th>账号</th><td>6217093023233127410</td><th>证件号码</th><td>310115195706083684</td></tr></table>'))).toBeNull();
  });

  it('normalises invisible and full-width characters', () => {
    expect(normalizeText('\u200B８８０\u00A0 ')).toBe('880');
  });
});
