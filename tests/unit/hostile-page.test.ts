/**
 * A CRM page Pacer does not control can be hostile, by mistake or on purpose: elements of other namespaces where HTML is
 * expected, text the RM cannot see, text that is shown in another order than it is stored, megabytes of script text.
 * Whatever it does, the detector answers the client the RM sees, or no client; never another one, never slowly.
 */
import { describe, expect, it } from 'vitest';
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
