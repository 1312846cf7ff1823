/**
 * A CRM page Pacer does not control can be hostile, by mistake or on purpose: elements of other namespaces where HTML is
 * expected, text the RM cannot see, text that is shown in another order than it is stored, megabytes of script text.
 * Whatever it does, the detector answers the client the RM sees, or no client; never another one, never slowly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectClientId } from '@/lib/client-id/detect';
import type { SiteRule } from '@/lib/client-id/rule-types';

function doc(html: string, url = 'http://crm.test/client'): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  Object.defineProperty(d, 'URL', { value: url });
  return d;
}
const SVG = 'http://www.w3.org/2000/svg';
const rule = (over: Partial<SiteRule>): SiteRule => ({ id: 'r', name: 'Core', match: ['http://crm.test/*'], strategies: [], ...over });

describe('elements of another namespace', () => {
  /** Header cells in an SVG element named "table": it has no rows, they have no cell index. */
  function foreignTable(d: Document) {
    const table = d.createElementNS(SVG, 'table');
    const row = table.appendChild(d.createElement('tr'));
    for (const text of ['客户号', '姓名']) row.appendChild(d.createElement('th')).textContent = text;
    d.body.append(table);
  }

  it('are not read as tables or fields, and do not stop the read', () => {
    const d = doc('<div>客户号：8800012345</div>');
    foreignTable(d);
    const field = d.body.appendChild(d.createElementNS(SVG, 'input'));
    field.setAttribute('value', '8800099999');
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });

  it('a read the page makes throw is no client, by a rule (never a guess) or without one', () => {
    const d = doc('<div>客户号：8800012345</div>');
    d.createTreeWalker = () => {
      throw new Error('hostile');
    };
    expect(detectClientId(d, [rule({ strategies: [{ kind: 'label', labels: ['客户号'] }] })])).toBeNull();
    expect(detectClientId(d)).toBeNull();
  });
});

describe('text the RM cannot see', () => {
  const cases: [string, string][] = [
    ['visibility: hidden', 'visibility:hidden'],
    ['opacity: 0', 'opacity:0'],
    ['display: none', 'display:none'],
  ];

  describe.each([
    ['with checkVisibility', false],
    ['without checkVisibility (older browsers)', true],
  ])('%s', (_, withoutApi) => {
    let saved: PropertyDescriptor | undefined;
    beforeEach(() => {
      if (!withoutApi) return;
      saved = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility');
      delete (Element.prototype as Partial<Element>).checkVisibility;
      expect(typeof document.body.checkVisibility).toBe('undefined');
    });
    afterEach(() => {
      if (saved) Object.defineProperty(Element.prototype, 'checkVisibility', saved);
      saved = undefined;
    });

    it.each(cases)('a value under %s is not on screen', (_, style) => {
      const d = doc(`<table><tr><th>客户号</th><td><span style="${style}">8800099999</span></td></tr></table>`);
      expect(detectClientId(d)).toBeNull();
    });

    it.each(cases)('a decoy under %s does not hide the client on screen', (_, style) => {
      const d = doc(
        `<div style="${style}"><p><b>客户号：8800099999</b></p></div><table><tr><th>客户号</th><td>8800012345</td></tr></table>`,
      );
      expect(detectClientId(d)?.clientId).toBe('8800012345');
    });
  });

  it('a hidden part of the value is not part of what the RM reads', () => {
    const d = doc('<table><tr><th>客户号</th><td>8800012345<span style="display:none">-9</span></td></tr></table>');
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });
});
