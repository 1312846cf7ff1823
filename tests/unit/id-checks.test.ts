/**
 * Fair, explained ID checks (issue 15, part 4): a rule that says exactly where to read accepts any value of the safe
 * client-number shape (1–64 letters, digits, `.`, `_`, `-`; GUIDs and two-digit record ids included) unless its
 * idPattern says otherwise; zero-config keeps its stricter plausibility check. A value a rule finds and refuses is
 * reported with the reason, worded in both languages.
 */
import { describe, expect, it } from 'vitest';
import { detectClientId, isPlausibleId, isSafeId } from '@/lib/client-id/detect';
import { NORMALIZED_CLIENT_LABELS } from '@/lib/client-id/labels';
import { lengthMiss, refusalText } from '@/lib/client-id/refusal';
import type { Refusal, SiteRule } from '@/lib/client-id/rule-types';
import { tabClientFromReport } from '@/lib/client-id/tab-client';
import { watchClientId } from '@/lib/client-id/watch';
import { translate } from '@/lib/i18n';

function doc(html: string, url = 'https://crm.example/record'): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  Object.defineProperty(d, 'URL', { value: url });
  return d;
}

const rule = (strategies: SiteRule['strategies'], extra: Partial<SiteRule> = {}): SiteRule => ({
  id: 'r',
  name: 'Core',
  match: ['*'],
  strategies,
  ...extra,
});

const GUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

function refusalOf(d: Document, r: SiteRule): Refusal | null {
  let got: Refusal | null = null;
  expect(detectClientId(d, [r], { onRefused: (x) => (got = x) })).toBeNull();
  return got;
}

/** Both languages of a refusal's reason. */
const words = (r: Refusal) => {
  const { key, params } = refusalText(r);
  return [translate('zh-CN', key, params), translate('en', key, params)];
};

describe('the safe shape, for rules', () => {
  it.each([
    ['42', true],
    ['7', true],
    [GUID, true],
    ['ACC.2024_07-1', true],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
    ['', false],
    ['-12', false],
    ['12 34', false],
    ['{3f2504e0}', false],
    ['客户8800', false],
  ])('%s → %s', (value, ok) => {
    expect(isSafeId(value)).toBe(ok);
  });

  it('a rule that names where the number is reads a two-digit record id and a 36-character GUID', () => {
    const sel = rule([{ kind: 'selector', selector: '#rec' }]);
    expect(detectClientId(doc('<span id="rec">42</span>'), [sel])?.clientId).toBe('42');
    expect(detectClientId(doc(`<span id="rec">${GUID}</span>`), [sel])?.clientId).toBe(GUID);
    const url = rule([{ kind: 'url', pattern: 'id=%7B([0-9a-f-]+)%7D' }]);
    expect(detectClientId(doc('', `https://org.crm.dynamics.com/main.aspx?etn=contact&id=%7B${GUID}%7D`), [url])?.clientId).toBe(GUID);
    const label = rule([{ kind: 'label', labels: ['Record'] }]);
    expect(detectClientId(doc('<dl><dt>Record</dt><dd>7</dd></dl>'), [label])?.clientId).toBe('7');
  });

  it('zero-config keeps the stricter check: 42 beside 客户号 is no client, a GUID-looking word without digits neither', () => {
    expect(isPlausibleId('42')).toBe(false);
    expect(detectClientId(doc('<table><tr><th>客户号</th><td>42</td></tr></table>'))).toBeNull();
    expect(detectClientId(doc('<table><tr><th>客户号</th><td>8800012345</td></tr></table>'))?.clientId).toBe('8800012345');
  });

  it('an idPattern still decides when given', () => {
    const r = rule([{ kind: 'selector', selector: '#rec' }], { idPattern: '^\\d{10}$' });
    expect(detectClientId(doc('<span id="rec">8800012345</span>'), [r])?.clientId).toBe('8800012345');
    expect(detectClientId(doc('<span id="rec">42</span>'), [r])).toBeNull();
  });
});

describe('what was found and why it was refused', () => {
  it('shorter than the rule’s pattern: "found 42: shorter than the rule’s pattern ^\\d{10}$"', () => {
    const r = refusalOf(doc('<span id="rec">42</span>'), rule([{ kind: 'selector', selector: '#rec' }], { idPattern: '^\\d{10}$' }));
    expect(r).toEqual({ value: '42', reason: 'pattern', rule: 'Core', strategy: 'selector', pattern: '^\\d{10}$' });
    expect(words(r!)).toEqual(['找到“42”：比规则格式 ^\\d{10}$ 短', 'found “42”: shorter than the rule’s pattern ^\\d{10}$']);
  });

  it('longer, or otherwise not matching the pattern', () => {
    const long = refusalOf(
      doc('<dl><dt>客户号</dt><dd>880001234567</dd></dl>'),
      rule([{ kind: 'label', labels: ['客户号'] }], { idPattern: '^\\d{10}$' }),
    );
    expect(long).toMatchObject({ value: '880001234567', reason: 'pattern', strategy: 'label' });
    expect(words(long!)[1]).toBe('found “880001234567”: longer than the rule’s pattern ^\\d{10}$');
    const other = refusalOf(
      doc('<span id="rec">C12345</span>'),
      rule([{ kind: 'selector', selector: '#rec' }], { idPattern: '^88\\d{8}$' }),
    );
    expect(words(other!)).toEqual(['找到“C12345”：不符合规则格式 ^88\\d{8}$', 'found “C12345”: not the rule’s pattern ^88\\d{8}$']);
  });

  it('not the shape of a client number', () => {
    const r = refusalOf(doc('<span id="rec">N/A (pending)</span>'), rule([{ kind: 'selector', selector: '#rec' }]));
    expect(r).toMatchObject({ value: 'N/A (pending)', reason: 'shape' });
    expect(words(r!)[1]).toBe('found “N/A (pending)”: a client number is 1–64 letters, digits, . _ or -');
  });

  it('several different values where the rule expects one', () => {
    const r = refusalOf(
      doc('<span class="id">8800000001</span><span class="id">8800000002</span>'),
      rule([{ kind: 'selector', selector: '.id' }]),
    );
    expect(r).toMatchObject({ value: '8800000001', other: '8800000002', reason: 'several' });
    expect(words(r!)).toEqual(['找到“8800000001”和“8800000002”：不止一个', 'found “8800000001” and “8800000002”: more than one']);
  });

  it('a URL strategy whose match is refused says so; the first strategy’s refusal is the one kept', () => {
    const r = refusalOf(
      doc('<span id="rec">x y</span>', 'https://crm.example/record?id=42'),
      rule(
        [
          { kind: 'url', pattern: 'id=(\\d+)' },
          { kind: 'selector', selector: '#rec' },
        ],
        { idPattern: '^\\d{4,}$' },
      ),
    );
    expect(r).toMatchObject({ value: '42', reason: 'pattern', strategy: 'url' });
    expect(words(r!)[1]).toBe('found “42”: shorter than the rule’s pattern ^\\d{4,}$');
  });

  it('a rule that finds nothing at all refuses nothing; a rule that reads a client reports no refusal', () => {
    let called = 0;
    const r = rule([
      { kind: 'selector', selector: '#none' },
      { kind: 'selector', selector: '#rec' },
    ]);
    expect(detectClientId(doc('<span id="rec">8800012345</span>'), [r], { onRefused: () => called++ })?.clientId).toBe('8800012345');
    expect(detectClientId(doc('<p>nothing</p>'), [r], { onRefused: () => called++ })).toBeNull();
    expect(called).toBe(0);
  });

  it('a refused value is cut to 64 characters', () => {
    const r = refusalOf(doc(`<span id="rec">${'9'.repeat(70)}</span>`), rule([{ kind: 'selector', selector: '#rec' }]));
    expect(r?.value).toBe('9'.repeat(64));
  });
});

describe('lengthMiss: the pattern is one repeated class', () => {
  it.each<[string, string, 'shorter' | 'longer' | null]>([
    ['42', '^\\d{10}$', 'shorter'],
    ['12345678901', '^\\d{10}$', 'longer'],
    ['123', '^\\d{4,8}$', 'shorter'],
    ['123456789', '^\\d{4,8}$', 'longer'],
    ['12', '^\\d{4,}$', 'shorter'],
    ['AB12', '^[A-Z0-9]{6,12}$', 'shorter'],
    ['ab12', '^[A-Z0-9]{6,12}$', null], // lower case: it differs otherwise
    ['C42', '^\\d{10}$', null],
    ['42', '^88\\d{8}$', null],
    ['42', '\\d{10}', null],
  ])('%s against %s → %s', (value, pattern, miss) => {
    expect(lengthMiss(value, pattern)).toBe(miss);
  });
});

describe('the refusal travels to the panel', () => {
  it('the watcher reports it with "no client", and the background keeps it in the tab’s state', async () => {
    const d = doc('<span id="rec">42</span>');
    const seen: (Refusal | null)[] = [];
    const ctl = new AbortController();
    watchClientId(d, {
      rules: () => [rule([{ kind: 'selector', selector: '#rec' }], { idPattern: '^\\d{10}$' })],
      labels: () => NORMALIZED_CLIENT_LABELS,
      onChange: (result, _url, _loading, refused) => {
        expect(result).toBeNull();
        seen.push(refused);
      },
      signal: ctl.signal,
    });
    ctl.abort();
    expect(seen).toEqual([expect.objectContaining({ value: '42', reason: 'pattern' })]);
    const update = tabClientFromReport(
      { clientId: null, via: null, refused: seen[0] },
      { senderId: 'me', ownId: 'me', tabId: 3, frameId: 0, url: 'https://crm.example/record' },
      () => true,
      1,
    );
    expect(update?.value).toMatchObject({ status: 'none', refused: { value: '42', reason: 'pattern', rule: 'Core' } });
  });
});
