/**
 * Labels and values as they look on screen (issue 15, part 3): paired in the composed (flattened) tree, so a label
 * in one shadow tree and its value in another pair (web-component screens in the LWC style); a label split over
 * several inline elements; a value with a copy button or an icon beside it. happy-dom.
 */
import { describe, expect, it } from 'vitest';
import { detectClientId } from '@/lib/client-id/detect';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  Object.defineProperty(d, 'URL', { value: 'https://crm.example/record' });
  return d;
}

/** Gives each element matching `selector` an open shadow root holding `html`. */
function shadow(d: Document, selector: string, html: string): ShadowRoot[] {
  return [...d.querySelectorAll(selector)].map((host) => {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = html;
    return root;
  });
}

describe('across shadow trees', () => {
  it('a label in one component and the value in the next pair as they look on screen', () => {
    const d = doc('<div class="row"><x-label></x-label><x-value></x-value></div>');
    shadow(d, 'x-label', '<span class="label">客户号</span>');
    shadow(d, 'x-value', '<span class="value">8800012345</span>');
    expect(detectClientId(d)).toMatchObject({ clientId: '8800012345', via: '客户号', strategy: 'heuristic' });
  });

  it('LWC style: a layout item whose shadow holds the label, its output component’s shadow the value', () => {
    const d = doc('<records-layout-item></records-layout-item><records-layout-item class="other"></records-layout-item>');
    const [first, other] = shadow(d, 'records-layout-item', '<div><span class="label"></span></div><div><x-output></x-output></div>');
    first!.querySelector('.label')!.textContent = 'Client ID';
    other!.querySelector('.label')!.textContent = 'Phone';
    const [firstOut, otherOut] = [first!, other!].map((r) => r.querySelector('x-output')!.attachShadow({ mode: 'open' }));
    firstOut!.innerHTML = '<lightning-formatted-text>C20240917</lightning-formatted-text>';
    otherOut!.innerHTML = '<span>13900001111</span>';
    expect(detectClientId(d)?.clientId).toBe('C20240917');
  });

  it('a value slotted into a component from the page reads from the page', () => {
    const d = doc('<x-field><span slot="label">客户号</span><span slot="value">8800012345</span></x-field>');
    shadow(d, 'x-field', '<div><slot name="label"></slot></div><div><slot name="value"></slot></div>');
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });

  it('a label rule pairs across shadow trees too, and a list of many in shadow trees is still no client', () => {
    const d = doc('<x-label></x-label><x-value></x-value>');
    shadow(d, 'x-label', '<span>Record</span>');
    shadow(d, 'x-value', '<span>42</span>');
    const rule = { id: 'r', name: 'R', match: ['*'], strategies: [{ kind: 'label' as const, labels: ['Record'] }] };
    expect(detectClientId(d, [rule])?.clientId).toBe('42');
    const list = doc('<x-row></x-row><x-row></x-row>');
    const rows = shadow(list, 'x-row', '<span>客户号</span><span class="v"></span>');
    for (const [i, r] of rows.entries()) r.querySelector('.v')!.textContent = `880001234${i}`;
    expect(detectClientId(list)).toBeNull();
  });
});

describe('split labels', () => {
  it.each([
    ['two spans in a cell', '<table><tr><td><span>客户</span><span>号</span></td><td>8800012345</td></tr></table>'],
    ['bold part and a colon', '<table><tr><th><b>客户</b>编号：</th><td>8800012345</td></tr></table>'],
    ['inside a label element', '<div><label><span>Client</span> <b>ID</b></label> <span>8800012345</span></div>'],
  ])('%s', (_, html) => {
    expect(detectClientId(doc(html))?.clientId).toBe('8800012345');
  });

  it('a split text that says more than a label is not one', () => {
    expect(detectClientId(doc('<table><tr><td><span>客户</span><span>经理编号</span></td><td>8800099999</td></tr></table>'))).toBeNull();
  });
});

describe('a value with something beside it', () => {
  it.each([
    ['a copy button', '<table><tr><th>客户号</th><td>8800012345<button type="button">复制</button></td></tr></table>'],
    ['an icon', '<table><tr><th>客户号</th><td><span>8800012345</span> <svg viewBox="0 0 8 8"><text>⧉</text></svg></td></tr></table>'],
    ['a copy button in a component', '<dl><dt>客户号</dt><dd><x-copy></x-copy></dd></dl>'],
  ])('%s', (what, html) => {
    const d = doc(html);
    if (what.includes('component')) shadow(d, 'x-copy', '<span>8800012345</span><button aria-label="复制">⧉</button>');
    expect(detectClientId(d)?.clientId).toBe('8800012345');
  });
});
