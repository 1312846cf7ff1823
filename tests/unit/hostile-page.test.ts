/**
 * A CRM page Pacer does not control can be hostile, by mistake or on purpose: elements of other namespaces where HTML is
 * expected, text the RM cannot see, text that is shown in another order than it is stored, megabytes of script text.
 * Whatever it does, the detector answers the client the RM sees, or no client; never another one, never slowly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectClientId, type Root } from '@/lib/client-id/detect';
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

  it.each(cases)('a frame or a shadow host under %s hides the client in it', (_, style) => {
    // The page's own document: frames load in it.
    document.body.innerHTML = `<table><tr><th>客户号</th><td>8800012345</td></tr></table><iframe style="${style}"></iframe><x-card style="${style}"></x-card>`;
    try {
      document.querySelector('iframe')!.srcdoc = '<table><tr><th>客户号</th><td>8800099999</td></tr></table>';
      document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Client ID: 8800077777</p>';
      expect(detectClientId(document)?.clientId).toBe('8800012345');
    } finally {
      document.body.innerHTML = '';
    }
  });

  it('a hidden part of the value is not part of what the RM reads', () => {
    const d = doc('<table><tr><th>客户号</th><td>8800012345<span style="display:none">-9</span></td></tr></table>');
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });
});

describe('text that is not shown as text, and megabytes of it', () => {
  it.each(['textarea', 'noscript', 'script', 'style'])('a label and number inside <%s> are not read', (tag) => {
    const d = doc(`<${tag}>客户号：8800099999</${tag}><div>客户号：8800012345</div>`);
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });

  it('nor inside a <template> the page filled by script', () => {
    const d = doc('<template></template><div>客户号：8800012345</div>');
    d.querySelector('template')!.append(Object.assign(d.createElement('b'), { textContent: '客户号：8800099999' }));
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });

  it('a value cell that also holds a script reads the number it shows', () => {
    const d = doc('<table><tr><th>客户号</th><td><script>track("客户号")</script>8800012345</td></tr></table>');
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });

  it('reads a client screen carrying megabytes of script, style and text in milliseconds', () => {
    // 2.4 M characters, in the places a real page keeps them: inline scripts and data, a style sheet, a log, and a
    // label-looking text that never ends (the prefilter would match it).
    const chunk = 'customer client cif 客户 ｃ '.repeat(4000); // 100 k characters
    const d = doc(
      `<script>var a = "${chunk}";</script><script type="application/json">${chunk.repeat(8)}</script><style>.x{content:"${chunk}"}</style>` +
        `<pre>${chunk.repeat(6)}</pre><div>客户号：${chunk.repeat(4)}</div><div>${chunk.repeat(4)}</div>` +
        '<table><tr><th>客户号</th><td>8800012345</td></tr></table>',
    );
    expect(d.body.textContent!.length).toBeGreaterThan(2_300_000);
    let roots: readonly Root[] | undefined;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const found = detectClientId(d, [], { ...(roots ? { roots } : {}), onRoots: (r) => (roots = r) });
      times.push(performance.now() - t0);
      expect(found?.clientId).toBe('8800012345');
    }
    // The first read walks the page; the next two are what the watcher does after a change.
    expect(Math.max(...times)).toBeLessThan(100);
  });
});

describe('text shown in another order than it is stored (bidi controls)', () => {
  const CONTROLS: [string, string][] = [
    ['RLO … PDF (right-to-left override)', '\u202E8800012345\u202C'],
    ['LRO … PDF', '\u202D8800012345\u202C'],
    ['RLE … PDF', '\u202B8800012345\u202C'],
    ['LRE … PDF', '\u202A8800012345\u202C'],
    ['an RLO left open', '\u202E8800012345'],
    ['RLI … PDI (right-to-left isolate)', '\u20678800012345\u2069'],
    ['an LRI left open', '\u20668800012345'],
    ['a PDI alone', '8800012345\u2069'],
    ['an LRI inside the number', '88000\u206612345\u2069'],
    ['a right-to-left mark', '8800012345\u200F'],
    ['a left-to-right mark', '\u200E8800012345'],
    ['an Arabic letter mark', '8800\u061C012345'],
  ];

  it.each(CONTROLS)('a value with %s is refused, never read reversed or stripped', (_, value) => {
    expect(detectClientId(doc(`<table><tr><th>客户号</th><td>${value}</td></tr></table>`))).toBeNull();
    expect(detectClientId(doc(`<div>客户号：${value}</div>`))).toBeNull();
  });

  it.each(CONTROLS)('a value with %s makes the screen ambiguous rather than letting another value win', (_, value) => {
    const d = doc(`<div>Client ID: ${value}</div><table><tr><th>客户号</th><td>8800099999</td></tr></table>`);
    expect(detectClientId(d)).toBeNull();
  });

  it.each([
    ['FSI … PDI (what Fluent puts around a value)', '\u20688800012345\u2069'],
    ['LRI … PDI', '\u2066 8800012345 \u2069'],
  ])('a value wrapped in a left-to-right isolate, %s, is read: it is shown as stored', (_, value) => {
    expect(detectClientId(doc(`<table><tr><th>客户号</th><td>${value}</td></tr></table>`))?.clientId).toBe('8800012345');
    expect(detectClientId(doc(`<div>\u2068客户号\u2069：${value}</div>`))?.clientId).toBe('8800012345');
  });

  it.each([
    ['direction: rtl on the cell', '<td style="direction:rtl">12-AB345</td>'],
    ['a right-to-left override around it', '<td><span style="unicode-bidi:bidi-override;direction:rtl"><b>12-AB345</b></span></td>'],
  ])('a value set right to left (%s) is refused', (_, cell) => {
    expect(detectClientId(doc(`<table><tr><th>客户号</th>${cell}</tr></table>`))).toBeNull();
  });

  it('site rules refuse such values too: selector, attribute and address', () => {
    const d = doc(
      '<i id="c">\u202E8800012345\u202C</i><i id="a" data-cif="\u202E8800012345"></i>',
      'http://crm.test/c?cust=%E2%80%AE8800012345',
    );
    for (const strategy of [
      { kind: 'selector', selector: '#c' },
      { kind: 'selector', selector: '#a', attribute: 'data-cif' },
      { kind: 'url', pattern: 'cust=([^&]+)' },
    ] as const)
      expect(detectClientId(d, [rule({ strategies: [strategy] })])).toBeNull();
  });
});

describe('an address of 10,000 characters', () => {
  const long = `http://crm.test/client?cust=8800012345&state=${'x'.repeat(10_000)}`;

  it('is matched and read by rules on its first 2,048 characters, in milliseconds', () => {
    const d = doc('<div>客户号：8800099999</div>', long);
    const rules = [
      // Globs with the most stars allowed, that never match: each used to be a regular expression backtracking
      // through the whole address.
      ...Array.from({ length: 20 }, (_, i) => rule({ id: `r${i}`, match: [`http://crm.test/${'*a'.repeat(7)}*${i}b`] })),
      rule({ id: 'url', match: ['http://crm.test/client?*'], strategies: [{ kind: 'url', pattern: '[?&]cust=(\\d+)' }] }),
    ];
    const t0 = performance.now();
    expect(detectClientId(d, rules)).toMatchObject({ clientId: '8800012345', strategy: 'url' });
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('a glob that must see its end does not match it: zero-config reads the screen', () => {
    const d = doc('<div>客户号：8800099999</div>', `${long}&end=1`);
    expect(
      detectClientId(d, [rule({ match: ['http://crm.test/client?*&end=1'], strategies: [{ kind: 'selector', selector: '#x' }] })]),
    ).toMatchObject({
      clientId: '8800099999',
      strategy: 'heuristic',
    });
  });
});
