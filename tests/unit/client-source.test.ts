/**
 * Which rule read a client, for "open in the CRM" (lib/client-id/client-source.ts): kept only for a rule whose
 * template names that client (a preset's only for the record id read from the address, on the screens it names),
 * written only when it changes, and the oldest forgotten past the cap.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_SOURCES, openingRule, sourceKey, withSource } from '@/lib/client-id/client-source';
import { PRESET_RULES, presetOf } from '@/lib/client-id/presets';
import type { SiteRule } from '@/lib/client-id/rule-types';

const own: SiteRule = {
  id: 'core',
  name: '核心系统',
  match: ['https://crm.bank.example/cust/*'],
  strategies: [{ kind: 'label', labels: ['客户号'] }],
  open: 'https://crm.bank.example/cust/detail.do?custNo={id}',
};
const noTemplate: SiteRule = { ...own, id: 'plain', name: '无模板', open: undefined };

describe('the rule that read a client, kept when it can open it', () => {
  it('an own rule with a template, whichever strategy read the number', () => {
    const url = 'https://crm.bank.example/cust/detail.do?custNo=8800012345';
    expect(openingRule([own], { rule: '核心系统', strategy: 'label', url }, presetOf)).toBe(own);
    expect(openingRule([noTemplate], { rule: '无模板', strategy: 'label', url }, presetOf)).toBeNull();
    expect(openingRule([own], { rule: 'another', strategy: 'label', url }, presetOf)).toBeNull();
  });

  it('of two rules with one name, the one matching the page, as the page chose', () => {
    const other = { ...own, id: 'other', match: ['https://crm.bank.example/other/*'] };
    const url = 'https://crm.bank.example/other/x';
    expect(openingRule([own, other], { rule: '核心系统', strategy: 'label', url }, presetOf)?.id).toBe('other');
  });

  it('a preset only for the record id in the address, on the screens its template names', () => {
    const vtiger = 'https://crm.bank.example/index.php?module=Accounts&view=Detail&record=12';
    const read = (url: string, strategy: 'url' | 'selector', name = 'vtiger CRM') =>
      openingRule(PRESET_RULES, { rule: name, strategy, url }, presetOf)?.id ?? null;
    expect(read(vtiger, 'url')).toBe('preset:vtiger');
    // The Organization Number it read from the screen is no record id.
    expect(read(vtiger, 'selector')).toBeNull();
    // A contact's record is not an Account's.
    expect(read('https://crm.bank.example/index.php?module=Contacts&view=Detail&record=12', 'url')).toBeNull();
    expect(read('https://crm.bank.example/#/clients/317/general', 'url', 'Apache Fineract / Mifos X')).toBe('preset:fineract');
    expect(read('https://crm.bank.example/crm/org1/tab/Accounts/4876876000000451001', 'url', 'Zoho CRM')).toBeNull();
  });
});

describe('the kept sources', () => {
  const client = { origin: 'https://crm.bank.example', clientId: '8800012345' };
  it('written when the rule changes, not when it reads the same again', () => {
    const first = withSource({}, client, 'core', 1)!;
    expect(first).toEqual({ [sourceKey(client)]: { rule: 'core', at: 1 } });
    expect(withSource(first, client, 'core', 2)).toBeNull();
    expect(withSource(first, client, 'other', 3)).toEqual({ [sourceKey(client)]: { rule: 'other', at: 3 } });
  });

  it('the oldest go past the cap', () => {
    let sources = {};
    for (let i = 0; i <= MAX_CLIENT_SOURCES; i++) sources = withSource(sources, { ...client, clientId: `c${i}` }, 'core', i)!;
    expect(Object.keys(sources)).toHaveLength(MAX_CLIENT_SOURCES);
    expect(sources).not.toHaveProperty(sourceKey({ ...client, clientId: 'c0' }));
    expect(sources).toHaveProperty(sourceKey({ ...client, clientId: `c${MAX_CLIENT_SOURCES}` }));
  });
});
