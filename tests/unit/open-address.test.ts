/**
 * "Open in the CRM" (lib/client-id/open-address.ts): a rule's address template made into the client's address, `{id}`
 * URL-encoded, only http(s), never another site than the rule's (or, for a path, the client's origin); and the
 * refusals where rules arrive (rules.ts), worded in the RM's language.
 */
import { describe, expect, it } from 'vitest';
import { expandOpenAddress, templateProblem } from '@/lib/client-id/open-address';
import { parsePolicy } from '@/lib/client-id/rules';
import { parseRule, parseRulesFile } from '@/lib/client-id/rules-file';

const MATCH = ['https://crm.bank.example/cust/*'];
const rule = (open: string) =>
  JSON.stringify({ id: 'r', name: 'R', match: MATCH, strategies: [{ kind: 'label', labels: ['客户号'] }], open });

describe('expanding a template', () => {
  it('puts the client number where {id} stands, URL-encoded', () => {
    expect(expandOpenAddress('https://crm.bank.example/cust/detail.do?custNo={id}', '8800012345', 'https://crm.bank.example')).toEqual({
      ok: true,
      url: 'https://crm.bank.example/cust/detail.do?custNo=8800012345',
    });
    // A number the safe shape allows is left as it is; anything else a number could hold is encoded.
    const got = expandOpenAddress('https://crm.bank.example/c?q={id}&again={id}', 'a&b=c#d', 'https://crm.bank.example');
    expect(got).toEqual({ ok: true, url: 'https://crm.bank.example/c?q=a%26b%3Dc%23d&again=a%26b%3Dc%23d' });
    expect(expandOpenAddress('/x/{id}', '../../admin', 'https://crm.bank.example')).toEqual({
      ok: true,
      url: 'https://crm.bank.example/x/..%2F..%2Fadmin',
    });
  });

  it('resolves a path from the origin the client was read on', () => {
    expect(expandOpenAddress('/#/clients/{id}/general', '317', 'http://10.1.2.3:8080')).toEqual({
      ok: true,
      url: 'http://10.1.2.3:8080/#/clients/317/general',
    });
  });

  it('refuses javascript:, data: and other schemes, a template without {id}, and a path that leaves the origin', () => {
    const o = 'https://crm.bank.example';
    expect(expandOpenAddress('javascript:alert({id})', '1', o)).toEqual({ ok: false, problem: 'scheme' });
    expect(expandOpenAddress('data:text/html,{id}', '1', o)).toEqual({ ok: false, problem: 'scheme' });
    expect(expandOpenAddress('ftp://crm.bank.example/{id}', '1', o)).toEqual({ ok: false, problem: 'scheme' });
    expect(expandOpenAddress('https://crm.bank.example/detail', '1', o)).toEqual({ ok: false, problem: 'noId' });
    expect(expandOpenAddress('//evil.example/{id}', '1', o)).toEqual({ ok: false, problem: 'invalid' });
    expect(expandOpenAddress('/\\evil.example/{id}', '1', o)).toEqual({ ok: false, problem: 'invalid' });
    expect(expandOpenAddress('https://user:pw@crm.bank.example/{id}', '1', o)).toEqual({ ok: false, problem: 'idInOrigin' });
  });
});

describe('checking a template against its rule', () => {
  it('accepts an address on a site the rule applies to, or a path', () => {
    expect(templateProblem('https://crm.bank.example/cust/detail.do?custNo={id}', MATCH)).toBeNull();
    expect(templateProblem('https://CRM.bank.example/other/{id}', MATCH)).toBeNull();
    expect(templateProblem('https://crm.bank.example:8443/{id}', ['https://crm.bank.example:*/*'])).toBeNull();
    expect(templateProblem('/index.php?record={id}', ['https://*/*'])).toBeNull();
  });

  it('refuses another site, {id} in the host, a missing {id}, javascript: and data:', () => {
    expect(templateProblem('https://evil.example/cust/{id}', MATCH)).toBe('otherOrigin');
    expect(templateProblem('http://crm.bank.example/cust/{id}', MATCH)).toBe('otherOrigin');
    expect(templateProblem('https://{id}.bank.example/', ['https://*.bank.example/*'])).toBe('idInOrigin');
    expect(templateProblem('https://crm.bank.example@evil.example/{id}', MATCH)).toBe('idInOrigin');
    expect(templateProblem('https://crm.bank.example/cust/detail.do', MATCH)).toBe('noId');
    expect(templateProblem('javascript:open("{id}")', MATCH)).toBe('scheme');
    expect(templateProblem('data:text/html,{id}', MATCH)).toBe('scheme');
    expect(templateProblem('crm.bank.example/{id}', MATCH)).toBe('scheme');
    expect(templateProblem('//evil.example/{id}', MATCH)).toBe('invalid');
    expect(templateProblem('https://crm.bank.example/a b/{id}', MATCH)).toBe('invalid');
  });

  it('refuses a rule with such a template where rules arrive, in the RM’s language, and keeps a good one', () => {
    expect(parseRule(rule('https://crm.bank.example/cust/detail.do?custNo={id}'))).toMatchObject({
      ok: true,
      rule: { open: 'https://crm.bank.example/cust/detail.do?custNo={id}' },
    });
    expect(parseRule(rule('javascript:alert({id})'), 'zh-CN')).toEqual({
      ok: false,
      errors: ['第 1 条规则 › open: 打开地址必须以 http:// 或 https:// 开头，或以 / 开头（读取到客户的网站上的路径）'],
    });
    expect(parseRule(rule('https://evil.example/{id}'), 'en')).toEqual({
      ok: false,
      errors: ['Rule 1 › open: the address to open must be on a site this rule applies to (a host of its address patterns)'],
    });
    expect(parseRulesFile(`[${rule('https://crm.bank.example/cust/detail.do')}]`, 'zh-CN')).toEqual({
      ok: false,
      errors: ['第 1 条规则 › open: 打开地址里要有 {id}，代表客户号'],
    });
    // Pushed by policy: the rule is left out and the problem listed, like any invalid rule.
    const policy = parsePolicy({ clientIdRules: [JSON.parse(rule('data:text/html,{id}'))] });
    expect(policy.rules).toEqual([]);
    expect(policy.problems).toEqual([{ key: 'clientIdRules', kind: 'invalidRule', index: 0, field: 'open' }]);
  });
});
