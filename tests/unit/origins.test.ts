import { describe, expect, it } from 'vitest';
import { isOriginPattern, originPatternFromInput, originRows, parseOriginPatterns, urlMatchesPattern } from '@/lib/origins';

describe('CRM origin patterns', () => {
  it.each([
    ['http://127.0.0.1/*', true],
    ['https://crm.bank.example/*', true],
    ['https://*.bank.example/*', true],
    ['http://10.1.2.3:8080/*', true],
    ['<all_urls>', false],
    ['*://*/*', false],
    ['https://crm.bank.example/path/*', false],
    ['ftp://crm/*', false],
  ])('%s is a CRM pattern: %s', (pattern, ok) => {
    expect(isOriginPattern(pattern)).toBe(ok);
  });

  it('parses the build-time list and rejects a bad entry by name', () => {
    expect(parseOriginPatterns('http://127.0.0.1/*, https://crm.bank.example/*  http://127.0.0.1/*')).toEqual([
      'http://127.0.0.1/*',
      'https://crm.bank.example/*',
    ]);
    expect(parseOriginPatterns('')).toEqual([]);
    expect(() => parseOriginPatterns('http://ok/*,<all_urls>')).toThrow('"<all_urls>"');
  });

  it.each([
    ['crm.bank.local', 'http://crm.bank.local/*'],
    ['https://crm.bank.local/a/b?c=1', 'https://crm.bank.local/*'],
    ['http://10.0.0.5:8080', 'http://10.0.0.5/*'],
    ['  CRM.Bank.Local  ', 'http://crm.bank.local/*'],
    ['file:///etc/passwd', null],
    ['not a host at all', null],
    ['', null],
    // A wildcard would grant Pacer every site (or every .com site): never from the RM's input.
    ['*', null],
    ['*.com', null],
    ['https://*.bank.example', null],
    ['http://*', null],
  ])('what an RM types, %j, becomes %j', (input, pattern) => {
    expect(originPatternFromInput(input)).toBe(pattern);
  });

  it.each([
    ['http://127.0.0.1:8808/crm/client?cust=1', 'http://127.0.0.1/*', true],
    ['https://127.0.0.1/x', 'http://127.0.0.1/*', false],
    ['http://a.bank.example/', 'https://*.bank.example/*', false],
    ['https://a.bank.example/', 'https://*.bank.example/*', true],
    ['https://bank.example/', 'https://*.bank.example/*', true],
    ['https://evilbank.example/', 'https://*.bank.example/*', false],
    ['http://127.0.0.2/', 'http://127.0.0.1/*', false],
  ])('%s under %s: %s', (url, pattern, ok) => {
    expect(urlMatchesPattern(url, pattern)).toBe(ok);
  });
});

describe('the options’ list of CRM addresses', () => {
  const granted = [
    { pattern: 'http://127.0.0.1/*', preset: true },
    { pattern: 'https://crm.bank.example/*', preset: false },
    { pattern: 'https://evil.example/*', preset: false },
  ];
  const brief = (rows: ReturnType<typeof originRows>) => rows.map((r) => [r.pattern, r.granted, r.preset, r.fromPolicy, r.reads]);

  it('without a policy, lists what was granted, all read', () => {
    expect(brief(originRows(granted, null))).toEqual([
      ['http://127.0.0.1/*', true, true, false, true],
      ['https://crm.bank.example/*', true, false, false, true],
      ['https://evil.example/*', true, false, false, true],
    ]);
  });

  it('with a policy, lists what it allows first (granted or still to authorise), then what it does not allow', () => {
    const policy = ['http://10.1.2.3/*', 'https://*.bank.example/*', 'http://127.0.0.1/*', 'http://10.1.2.3/*'];
    expect(brief(originRows(granted, policy))).toEqual([
      ['http://10.1.2.3/*', false, false, true, false],
      ['https://*.bank.example/*', false, false, true, false],
      ['http://127.0.0.1/*', true, true, true, true],
      // Granted by the RM and covered by the policy's wildcard: read.
      ['https://crm.bank.example/*', true, false, false, true],
      // Granted, but the policy does not allow it: listed as not read.
      ['https://evil.example/*', true, false, false, false],
    ]);
  });

  it('an empty policy list switches reading off everywhere', () => {
    expect(originRows(granted, []).map((r) => r.reads)).toEqual([false, false, false]);
  });
});
