import { describe, expect, it } from 'vitest';
import { isOriginPattern, originPatternFromInput, parseOriginPatterns, urlMatchesPattern } from '@/lib/origins';

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
