import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { globMatches, MAX_GLOB_STARS, ruleMatchesUrl, URL_MATCH_MAX } from '@/lib/client-id/rule-types';
import { mergeRules, parsePolicy, parseStoredRules, rulesForOrigin } from '@/lib/client-id/rules';
import { checkOwnRules, parseRule, parseRulesFile, rulesFile } from '@/lib/client-id/rules-file';
import { allowedByPolicy } from '@/lib/origins';
import { grantedOrigins } from '@/platform/permissions';
import { readRules, updateOwnRules, writeOwnRules } from '@/platform/site-rules';

const rule = (over: Partial<SiteRule> = {}): SiteRule => ({
  id: 'core',
  name: 'Core banking',
  match: ['https://crm.bank.example/client*'],
  strategies: [{ kind: 'label', labels: ['客户号'] }],
  idPattern: '^\\d{10}$',
  ...over,
});

describe('rules files', () => {
  it('reads the documented file format and the bare array', () => {
    expect(parseRulesFile(JSON.stringify({ version: 1, rules: [rule()] }))).toEqual({ ok: true, rules: [rule()] });
    expect(parseRulesFile(JSON.stringify([rule()]))).toEqual({ ok: true, rules: [rule()] });
  });

  it('gives a rule without an id one', () => {
    const { id: _, ...noId } = rule();
    const r = parseRulesFile(JSON.stringify([noId]));
    expect(r.ok && r.rules[0]!.id).toMatch(/^rule-/);
  });

  it.each([
    ['not JSON', '{ "rules": [', 'Not valid JSON'],
    ['a wrong version', JSON.stringify({ version: 2, rules: [] }), 'version'],
    [
      'a URL pattern without a capture group',
      JSON.stringify([rule({ strategies: [{ kind: 'url', pattern: 'cust=\\d+' }] })]),
      'Rule 1 › strategies › 0 › pattern: needs a capture group',
    ],
    [
      'a regular expression that does not compile',
      JSON.stringify([rule({ idPattern: '^(\\d{10}$' })]),
      'Rule 1 › idPattern: not a valid regular expression',
    ],
    ['an unknown strategy', JSON.stringify([rule({ strategies: [{ kind: 'xpath' } as never] })]), 'Rule 1 › strategies › 0 › kind'],
    [
      'a match that is not a URL glob',
      JSON.stringify([rule({ match: ['crm.bank.example/*'] })]),
      'Rule 1 › match › 0: must start with http:// or https://',
    ],
    ['no strategies', JSON.stringify([rule({ strategies: [] })]), 'Rule 1 › strategies: Too small'],
    ['the same id twice', JSON.stringify([rule(), rule()]), 'Rule id “core” is used twice'],
  ])('refuses %s, saying where', (_, text, error) => {
    const r = parseRulesFile(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors.join('\n')).toContain(error);
  });

  it('says what is wrong in the RM’s language, counting rules as the RM does', () => {
    const file = JSON.stringify({
      version: 1,
      rules: [
        rule(),
        rule({ id: 'b', strategies: [{ kind: 'url', pattern: 'cust=\\d+' }], match: ['crm.bank.example/*'] }),
        rule({ id: 'c', strategies: [] }),
      ],
    });
    const zh = parseRulesFile(file, 'zh-CN');
    expect(zh.ok ? [] : zh.errors).toEqual([
      '第 2 条规则 › match › 0: 必须以 http:// 或 https:// 开头',
      '第 2 条规则 › strategies › 0 › pattern: 需要用括号 ( ) 把客户号括起来（捕获组）',
      expect.stringMatching(/^第 3 条规则 › strategies: .*[\u4e00-\u9fff]/),
    ]);
    expect(parseRulesFile('{', 'zh-CN')).toEqual({ ok: false, errors: ['不是有效的 JSON（请检查括号、引号和逗号）'] });
    expect(parseRulesFile(JSON.stringify([rule(), rule()]), 'zh-CN')).toEqual({ ok: false, errors: ['规则 ID“core”出现了两次'] });
  });

  it('is all or nothing: one bad rule refuses the whole file', () => {
    expect(parseRulesFile(JSON.stringify([rule(), rule({ id: 'b', idPattern: '(' })])).ok).toBe(false);
  });

  it('exports a file that imports back to the same rules, without the managed flag', () => {
    const text = rulesFile([{ ...rule(), managed: false }]);
    expect(parseRulesFile(text)).toEqual({ ok: true, rules: [rule()] });
  });

  it('stored rules are checked one by one: a damaged one never loses the others', () => {
    expect(parseStoredRules([rule(), { name: 'broken' }, rule({ id: 'b' })]).map((r) => r.id)).toEqual(['core', 'b']);
    expect(parseStoredRules('nonsense')).toEqual([]);
  });
});

describe('merging with the managed policy', () => {
  it('puts managed rules first, locked, and drops an own rule that reuses a managed id', () => {
    const merged = mergeRules([rule({ name: 'IT' })], [rule({ name: 'mine' }), rule({ id: 'other', name: 'other' })]);
    expect(merged.map((r) => [r.name, r.managed])).toEqual([
      ['IT', true],
      ['other', false],
    ]);
  });

  it('parses the policy keys, ignoring invalid entries one by one', () => {
    const policy = parsePolicy({ clientIdRules: [rule(), { id: 'x' }], crmOrigins: ['https://crm.bank.example/*', 'not a pattern', 7] });
    expect(policy.rules).toEqual([{ ...rule(), managed: true }]);
    expect(policy.origins).toEqual(['https://crm.bank.example/*']);
    expect(parsePolicy({}).origins).toBeNull();
  });

  it('reports every problem of the policy, and a crmOrigins that is set but unusable allows nothing', () => {
    const p = parsePolicy({
      clientIdRules: [rule(), { id: 'x' }, rule({ name: 'again' })],
      crmOrigins: ['https://crm.bank.example/*', 'not a pattern', 7],
    });
    expect(p.rules.map((r) => r.name)).toEqual(['Core banking']);
    expect(p.problems).toEqual([
      { key: 'clientIdRules', kind: 'invalidRule', index: 1, field: 'name' },
      { key: 'clientIdRules', kind: 'duplicateRule', index: 2, id: 'core' },
      { key: 'crmOrigins', kind: 'invalidOrigin', index: 1, value: 'not a pattern' },
      { key: 'crmOrigins', kind: 'invalidOrigin', index: 2, value: '7' },
    ]);
    // Fails closed: a restriction IT meant to set never means "no restriction".
    expect(parsePolicy({ crmOrigins: 'https://crm.bank.example/*' })).toMatchObject({
      origins: [],
      problems: [{ key: 'crmOrigins', kind: 'notAList' }],
    });
    expect(parsePolicy({ crmOrigins: ['*://*/*'] })).toMatchObject({
      origins: [],
      problems: [{ kind: 'invalidOrigin' }, { kind: 'noValidOrigin' }],
    });
    expect(parsePolicy({ clientIdRules: { id: 'x' } }).problems).toEqual([{ key: 'clientIdRules', kind: 'notAList' }]);
    expect(parsePolicy({}).problems).toEqual([]);
  });

  it('the allowed CRM origins restrict what was granted', () => {
    const granted = ['http://127.0.0.1/*', 'https://crm.bank.example/*', 'https://evil.example/*'];
    expect(allowedByPolicy(granted, null)).toEqual(granted);
    expect(allowedByPolicy(granted, ['https://*.bank.example/*', 'http://127.0.0.1/*'])).toEqual([
      'http://127.0.0.1/*',
      'https://crm.bank.example/*',
    ]);
    expect(allowedByPolicy(granted, [])).toEqual([]);
  });

  it('only rules that can match the page’s origin are sent to it', () => {
    const rules = [
      rule(),
      rule({ id: 'any-port', match: ['http://127.0.0.1:*/x*'] }),
      rule({ id: 'elsewhere', match: ['https://other.example/*'] }),
    ];
    expect(rulesForOrigin(rules, 'http://127.0.0.1:8808/x?a=1').map((r) => r.id)).toEqual(['any-port']);
    expect(rulesForOrigin([rule({ id: 'all', match: ['*'] })], 'http://127.0.0.1:8808/').map((r) => r.id)).toEqual(['all']);
    expect(rulesForOrigin(rules, 'https://crm.bank.example/client?id=1').map((r) => r.id)).toEqual(['core']);
  });

  it('globs: * is anything, the rest is literal', () => {
    expect(globMatches('https://crm.example/a.do?x=*', 'https://crm.example/a.do?x=12')).toBe(true);
    expect(globMatches('https://crm.example/a.do?x=*', 'https://crm.example/aXdo?x=12')).toBe(false);
    expect(globMatches('https://CRM.example/*/view*', 'https://crm.EXAMPLE/c/1/view?t=2')).toBe(true);
    expect(globMatches('https://crm.example/*a', 'https://crm.example/a')).toBe(true);
    expect(globMatches('https://crm.example/a*a', 'https://crm.example/a')).toBe(false);
    expect(globMatches('https://crm.example/a', 'https://crm.example/a?')).toBe(false);
  });
});

describe('address globs cannot make Pacer slow', () => {
  /** What globs compiled to before: a regular expression, `*` as `.*`. */
  const asRegExp = (glob: string) =>
    new RegExp(
      `^${glob
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    );

  it('match exactly as the regular expression they used to be, on 3,000 random globs and addresses', () => {
    const text = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text(['a', 'b', 'A', '.', '?', '*'], 12), text(['a', 'b', 'B', '.', '?'], 16), (glob, url) => {
        expect(globMatches(glob, url)).toBe(asRegExp(glob).test(url));
      }),
      { seed: 20261124, numRuns: 3000 },
    );
  });

  it('match a long address that does not match in linear time, where the regular expression took seconds', () => {
    const rule = (match: string) => ({ id: 'r', name: 'r', match: [match], strategies: [] });
    const miss = `https://crm.bank.example/${'a/'.repeat(350)}`;
    let t0 = performance.now();
    expect(ruleMatchesUrl(rule('https://crm.bank.example/*a*a*a*b'), miss)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(50);
    const long = `https://crm.bank.example/${'a/'.repeat(5000)}`;
    t0 = performance.now();
    for (let i = 0; i < 100; i++) expect(ruleMatchesUrl(rule(`https://crm.bank.example/${'*a'.repeat(7)}*b`), long)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it(`match an address on its first ${URL_MATCH_MAX} characters`, () => {
    const long = `https://crm.bank.example/client?cust=8800012345&pad=${'x'.repeat(10_000)}&end=1`;
    expect(globMatches('https://crm.bank.example/client?cust=*', long)).toBe(true);
    // A glob that must see the end of the address does not match what is past the cut.
    expect(globMatches('https://crm.bank.example/client?*&end=1', long)).toBe(false);
  });

  it(`refuses a glob with more than ${MAX_GLOB_STARS} stars, saying so in the RM's language`, () => {
    const stars = (n: number) => JSON.stringify([rule({ match: [`https://crm.bank.example/${'*/'.repeat(n)}`] })]);
    expect(parseRulesFile(stars(MAX_GLOB_STARS)).ok).toBe(true);
    expect(parseRulesFile(stars(MAX_GLOB_STARS + 1))).toEqual({
      ok: false,
      errors: ['Rule 1 › match › 0: an address pattern may have at most 8 *'],
    });
    expect(parseRulesFile(stars(MAX_GLOB_STARS + 1), 'zh-CN')).toEqual({
      ok: false,
      errors: ['第 1 条规则 › match › 0: 一个网址模式最多只能有 8 个 *'],
    });
  });
});

describe('rule patterns that could backtrack for ever are refused', () => {
  const NESTED = ['(a+)+', '(a|a)*', '(\\d+)*', '(.*)*', '(?:\\d+-?)+', '(\\d{1,3})+', '((ab)*)+', '([0-9]|\\d)+'];
  const ADJACENT = ['\\d+\\d+x', '.*a.*a.*b', '.*cust=(\\d+)', '\\w*-?\\w+', '(\\d+)\\d*', '[^/]*\\d+', '(\\w+)\\1'];
  const FINE = [
    '^\\d{10}$',
    '[?&]custNo=(\\d{10})',
    '#/customer/(\\w+)',
    '/classic/client\\?cust=(\\d+)',
    '^https?://[^/]+/cust/(\\d+)',
    '(\\d+)(?:-\\d+)?',
    '[?&](?:custNo|cif)=([^&#]+)',
    '^(?=.*\\d)[0-9A-Za-z][0-9A-Za-z-]{3,31}$',
  ];

  it.each(NESTED)('refuses %s (a repeated group that can repeat inside) at import, in the RM’s language', (p) => {
    const file = JSON.stringify([rule({ idPattern: p })]);
    expect(parseRulesFile(file)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^Rule 1 › idPattern: a repeated group must not hold another repetition/)],
    });
    expect(parseRulesFile(file, 'zh-CN')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^第 1 条规则 › idPattern: 重复的括号组里/)],
    });
  });

  it.each(ADJACENT)('refuses %s (two repetitions with nothing between them) as a URL pattern', (p) => {
    // An empty capture group after it: the check that a URL pattern has one passes, and it changes nothing else.
    const r = parseRulesFile(JSON.stringify([rule({ strategies: [{ kind: 'url', pattern: `(?:${p})()` }] })]));
    expect(r.ok ? '' : r.errors.join()).toMatch(
      /^Rule 1 › strategies › 0 › pattern: two repetitions \(\* \+ \{n,\}\) can match the same characters/,
    );
  });

  it.each(FINE)('accepts %s', (p) => {
    expect(parseRulesFile(JSON.stringify([rule({ idPattern: p, strategies: [{ kind: 'url', pattern: `(?:${p})()` }] })])).ok).toBe(true);
  });

  it('in the rule the RM edits, and in the policy, where the rule is left out', () => {
    expect(parseRule(JSON.stringify(rule({ idPattern: '^(\\d+)+$' })), 'zh-CN')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^第 1 条规则 › idPattern: 重复的括号组里/)],
    });
    const policy = parsePolicy({ clientIdRules: [rule({ id: 'slow', idPattern: '^(\\d+)+$' }), rule({ id: 'fine' })] });
    expect(policy.rules.map((r) => r.id)).toEqual(['fine']);
  });
});

describe('rules in storage with a fake managed policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the RM’s rules and the policy’s, managed first and locked', async () => {
    await fakeBrowser.storage.managed.set({ clientIdRules: [rule({ id: 'it', name: 'From IT' })] });
    await writeOwnRules([rule({ name: 'Mine' }), { ...rule({ id: 'it', name: 'Shadowing' }) }]);
    const rules = await readRules();
    expect(rules.map((r) => [r.id, r.name, r.managed])).toEqual([
      ['it', 'From IT', true],
      ['core', 'Mine', false],
    ]);
  });

  it('never writes managed rules into the RM’s own storage', async () => {
    await writeOwnRules([{ ...rule(), managed: true }, rule({ id: 'own' })]);
    expect((await fakeBrowser.storage.local.get('siteRules')).siteRules).toEqual([rule({ id: 'own' })]);
  });

  it('the policy’s CRM origins restrict the origins Pacer reads', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
      origins: ['https://crm.bank.example/*', 'https://other.example/*'],
      permissions: [],
    });
    expect(await grantedOrigins()).toEqual(['https://crm.bank.example/*', 'https://other.example/*']);
    await fakeBrowser.storage.managed.set({ crmOrigins: ['https://crm.bank.example/*'] });
    expect(await grantedOrigins()).toEqual(['https://crm.bank.example/*']);
  });
});

describe('the RM’s own rules, changed from several pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two changes made at once both stay: each is applied to the rules as the other left them', async () => {
    await Promise.all([
      updateOwnRules((own) => [...own, rule({ id: 'a', name: 'From page A' })]),
      updateOwnRules((own) => [...own, rule({ id: 'b', name: 'From page B' })]),
      updateOwnRules((own) => own.filter((r) => r.id !== 'nothing')),
    ]);
    expect((await readRules()).map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('across pages, the change runs under the Web Lock every Pacer page shares', async () => {
    // A minimal exclusive lock, as the browser's navigator.locks behaves for one name.
    let held: Promise<unknown> = Promise.resolve();
    const names: string[] = [];
    const request = (name: string, job: () => Promise<unknown>) => {
      names.push(name);
      const run = held.then(job);
      held = run.catch(() => undefined);
      return run;
    };
    vi.stubGlobal('navigator', { ...navigator, locks: { request } });
    try {
      await Promise.all([updateOwnRules((own) => [...own, rule({ id: 'x' })]), updateOwnRules((own) => [...own, rule({ id: 'y' })])]);
      expect((await readRules()).map((r) => r.id).sort()).toEqual(['x', 'y']);
      expect(names).toEqual(['pacer-site-rules', 'pacer-site-rules']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('at most 200 rules, and none under a managed rule’s id, with the reason in the RM’s language', () => {
    const many = Array.from({ length: 201 }, (_, i) => rule({ id: `r${i}` }));
    expect(checkOwnRules(many.slice(0, 200), [], 'en')).toEqual({ ok: true });
    expect(checkOwnRules(many, [], 'zh-CN')).toEqual({
      ok: false,
      errors: ['最多可保存 200 条规则，这样会有 201 条：请先删除不再使用的规则。'],
    });
    expect(checkOwnRules([rule({ id: 'it' })], [rule({ id: 'it' })], 'en')).toEqual({
      ok: false,
      errors: ['Rule id “it” is used by your administrator.'],
    });
  });
});
