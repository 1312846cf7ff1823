/**
 * The background's wiring, without a browser: its `main()` on WXT's fakeBrowser (with the APIs fakeBrowser lacks
 * filled in by support/fake-extension.ts) and fake-indexeddb. Each case fires what the browser would fire and
 * asserts on the real in-memory state: registrations, injections, storage, the database, the badge.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { toIsoDate } from '@/lib/calendar/dates';
import { monthOf } from '@/lib/calendar/working-days';
import { NORMALIZED_CLIENT_LABELS } from '@/lib/client-id/labels';
import { PRESETS } from '@/lib/client-id/presets';
import { CONTENT_SCRIPT_ID } from '@/platform/content-scripts';
import { data, pacerDb } from '@/platform/database';
import { type FakeExtension, installFakeExtension } from './support/fake-extension';
import { WAN } from './support/pacing-fixtures';

const CRM = 'http://127.0.0.1/*';
const crmPage = 'http://127.0.0.1:8808/crm/client?cust=8800000001';
let fake: FakeExtension;
const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const contentScript = (tabId: number, url = crmPage) => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId },
  frameId: 0,
  documentId: `doc-${tabId}`,
});
/** The one message listener's reply (undefined: not answered). */
const deliver = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];
const session = async (key: string) => (await fakeBrowser.storage.session.get(key))[key];
const until = async (ok: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 10));
  expect(await ok()).toBe(true);
};

beforeEach(async () => {
  fake = installFakeExtension({ hostPermissions: [CRM] });
  await Promise.all(pacerDb().tables.map((t) => t.clear()));
  await fakeBrowser.storage.local.set({ settings: { locale: 'zh-CN' } });
  background.main();
});

describe('install and permissions', () => {
  it('on install, registers the CRM script on the granted origins and injects it into CRM tabs already open', async () => {
    const crmTab = await fakeBrowser.tabs.create({ url: crmPage });
    await fakeBrowser.tabs.create({ url: 'https://news.example/' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(fake.registered).toEqual([
      expect.objectContaining({ id: CONTENT_SCRIPT_ID, matches: [CRM], js: ['/crm.js'], allFrames: false }),
    ]);
    expect(fake.injected).toEqual([{ tabId: crmTab.id, files: ['/crm.js'], func: undefined }]);
  });

  it('an origin the RM grants is registered and its open tabs get the script; a revoked one is dropped', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://core.bank.example/client/1' });
    fake.granted.push('https://core.bank.example/*');
    await fake.permissions.onAdded.trigger({ origins: ['https://core.bank.example/*'] });
    expect(fake.registered[0]?.matches).toEqual(['http://127.0.0.1/*', 'https://core.bank.example/*']);
    expect(fake.injected).toEqual([{ tabId: tab.id, files: ['/crm.js'], func: undefined }]);
    fake.granted.splice(1);
    await fake.permissions.onRemoved.trigger({ origins: ['https://core.bank.example/*'] });
    await until(async () => fake.registered[0]?.matches?.join() === CRM);
  });

  it('the bank’s policy narrows the registered origins as soon as it changes', async () => {
    fake.granted.push('https://other.example/*');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(fake.registered[0]?.matches).toEqual([CRM, 'https://other.example/*']);
    await fakeBrowser.storage.managed.set({ crmOrigins: ['https://other.example/*'] });
    await until(async () => fake.registered[0]?.matches?.join() === 'https://other.example/*');
  });
});

describe('messages', () => {
  it('a CRM page’s report becomes its tab’s client; a tab closing forgets it', async () => {
    const reply = await deliver({ type: 'page-client', clientId: '8800000001', via: '客户号', url: crmPage }, contentScript(7));
    expect(reply).toEqual({ ok: true });
    expect(await session('tab:7')).toMatchObject({ status: 'found', clientId: '8800000001', origin: 'http://127.0.0.1:8808' });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: false });
    expect(await session('tab:7')).toBeUndefined();
  });

  it('refuses a report from another extension, and from a page Pacer does not read', async () => {
    expect(
      await deliver(
        { type: 'page-client', clientId: '8800000001', via: 'x', url: crmPage },
        { ...contentScript(7), id: 'another-extension' },
      ),
    ).toBeUndefined();
    expect(
      await deliver({ type: 'page-client', clientId: '8800000001', via: 'x', url: crmPage }, contentScript(8, 'https://evil.example/')),
    ).toEqual({ ok: false });
    expect(Object.keys(await fakeBrowser.storage.session.get()).filter((k) => k.startsWith('tab:'))).toEqual([]);
  });

  it('answers a CRM page’s question with the rules for its origin only', async () => {
    const rule = (id: string, match: string) => ({ id, name: id, match: [match], strategies: [{ kind: 'label', labels: ['客户号'] }] });
    await fakeBrowser.storage.local.set({
      siteRules: [rule('here', 'http://127.0.0.1:8808/crm/*'), rule('elsewhere', 'https://other.example/*')],
    });
    const { rules, labels } = (await deliver({ type: 'get-rules', url: crmPage }, contentScript(7))) as {
      rules: { id: string }[];
      labels: string[];
    };
    expect(rules.map((r) => r.id).filter((id) => !id.startsWith('preset:'))).toEqual(['here']);
    // With the zero-config labels, normalised: the page script does not carry them.
    expect(labels).toEqual([...NORMALIZED_CLIENT_LABELS]);
    expect(labels).toContain('客户号');
  });

  it('a CRM page at a 10,000-character address gets its rules and its client, and keeps it through its own navigation', async () => {
    const long = (end: string) => `${crmPage}&state=${'x'.repeat(10_000)}${end}`;
    await fakeBrowser.storage.local.set({
      siteRules: [
        { id: 'here', name: 'here', match: ['http://127.0.0.1:8808/crm/*'], strategies: [{ kind: 'label', labels: ['客户号'] }] },
      ],
    });
    const { rules } = (await deliver({ type: 'get-rules', url: long('a') }, contentScript(7, long('a')))) as { rules: { id: string }[] };
    expect(rules.map((r) => r.id).filter((id) => !id.startsWith('preset:'))).toEqual(['here']);
    expect(
      await deliver({ type: 'page-client', clientId: '8800000001', via: '客户号', url: long('a') }, contentScript(7, long('a'))),
    ).toEqual({
      ok: true,
    });
    expect(await session('tab:7')).toMatchObject({ status: 'found', clientId: '8800000001' });
    // A single-page app's pushState: the browser's "loading" may come after the page already said who is there.
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading', url: long('a') }, { id: 7, url: long('a') } as never);
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 10));
      expect(await session('tab:7')).toMatchObject({ status: 'found', clientId: '8800000001' });
    }
    // Another page whose address differs only past the first 2,048 characters is another page.
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading', url: long('b') }, { id: 7, url: long('b') } as never);
    await until(async () => ((await session('tab:7')) as { status?: string } | undefined)?.status === 'loading');
  });

  it('sends the built-in presets after the RM’s own rules, none where the RM or the policy switched them off', async () => {
    await fakeBrowser.storage.local.set({
      siteRules: [{ id: 'mine', name: 'mine', match: ['http://127.0.0.1:8808/*'], strategies: [{ kind: 'label', labels: ['客户号'] }] }],
    });
    const ids = async () =>
      ((await deliver({ type: 'get-rules', url: crmPage }, contentScript(7))) as { rules: { id: string }[] }).rules.map((r) => r.id);
    const all = await ids();
    expect(all[0]).toBe('mine');
    expect(all.slice(1)).toEqual(PRESETS.map((p) => `preset:${p.id}`));
    await fakeBrowser.storage.local.set({ presetsOff: ['http://127.0.0.1/*'] });
    expect(await ids()).toEqual(['mine']);
    await fakeBrowser.storage.local.set({ presetsOff: [] });
    await fakeBrowser.storage.managed.set({ clientIdPresetsOff: ['http://127.0.0.1/*'] });
    await until(async () => (await ids()).join() === 'mine');
  });

  it('a client read by a preset is marked as the preset’s; a rule of the RM’s with the same name is not', async () => {
    const report = { type: 'page-client', clientId: '42', via: 'x', rule: 'Odoo', strategy: 'url', url: crmPage };
    await deliver(report, contentScript(7));
    expect(await session('tab:7')).toMatchObject({ status: 'found', clientId: '42', rule: 'Odoo', preset: true });
    await fakeBrowser.storage.local.set({
      siteRules: [{ id: 'mine', name: 'Odoo', match: ['http://127.0.0.1:8808/*'], strategies: [{ kind: 'url', pattern: 'id=(\\d+)' }] }],
    });
    await deliver(report, contentScript(8));
    expect(await session('tab:8')).not.toHaveProperty('preset');
  });

  it('runs a command only for Pacer’s own pages, never for a CRM page', async () => {
    await deliver({ type: 'page-client', clientId: '8800000001', via: '客户号', url: crmPage }, contentScript(7));
    await deliver({ type: 'run-command', command: 'tag-positive', tabId: 7 }, contentScript(7));
    expect(await pacerDb().sentimentEvents.count()).toBe(0);
    await deliver({ type: 'run-command', command: 'tag-positive', tabId: 7 }, ownPage());
    expect((await pacerDb().sentimentEvents.toArray()).map((e) => [e.clientId, e.sentiment, e.source])).toEqual([
      ['8800000001', 'positive', 'shortcut'],
    ]);
    // The confirmation was injected into the very document the client was read in, with a pending undo kept for it.
    expect(fake.injected.map((i) => [i.tabId, i.documentIds, i.func])).toEqual([[7, ['doc-7'], 'renderToast']]);
    expect(Object.keys(await fakeBrowser.storage.session.get()).filter((k) => k.startsWith('undo:'))).toHaveLength(1);
  });

  it('the shortcut itself runs the same handler', async () => {
    await deliver({ type: 'page-client', clientId: '8800000001', via: '客户号', url: crmPage }, contentScript(3));
    await fake.commands.onCommand.trigger('tag-resistant', { id: 3 });
    await until(async () => (await pacerDb().sentimentEvents.count()) === 1);
    expect((await pacerDb().sentimentEvents.toArray()).map((e) => [e.clientId, e.sentiment])).toEqual([['8800000001', 'resistant']]);
  });

  it('the fourth shortcut opens the side panel in the window of the tab it was pressed on, and tags nothing', async () => {
    await deliver({ type: 'page-client', clientId: '8800000001', via: '客户号', url: crmPage }, contentScript(3));
    await fake.commands.onCommand.trigger('open-side-panel', { id: 3, windowId: 12 });
    expect(fake.panelsOpened).toEqual([{ windowId: 12 }]);
    expect(await pacerDb().sentimentEvents.count()).toBe(0);
  });

  it('ignores what is not a message of Pacer’s', async () => {
    expect(await deliver({ type: 'ping' }, ownPage())).toBeUndefined();
    expect(await deliver('get-rules', contentScript(7))).toBeUndefined();
  });
});

describe('today’s figures follow every write they come from', () => {
  type Copy = { today: string; indicators: { target: number; achieved: number; pipelineWeighted: number; gap: number }[] };
  const copy = async () => (await session('todayFigures')) as Copy | undefined;
  const figure = async () => (await copy())?.indicators[0];
  const today = toIsoDate(new Date());
  const deal = {
    origin: 'http://127.0.0.1:8808',
    clientId: '8800000001',
    indicator: 'investment',
    certainty: 'committed' as const,
    stage: 'met' as const,
    expectedDate: today,
    nextStep: '',
    closedAt: null,
  };

  it('a target set in a page reaches the badge and the popup’s copy, with no message sent by the writer', async () => {
    await data.setTarget(monthOf(today), 'investment', 229 * WAN, Date.now());
    await until(async () => (await figure())?.target === 229 * WAN);
    const c = (await copy())!;
    expect(c.today).toBe(today);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(c.indicators[0]!.gap > 0 ? `${Math.ceil(c.indicators[0]!.gap / WAN)}万` : '');
  });

  it('adding, editing, winning and deleting a deal, and a manual achievement, each reach the copy', async () => {
    await data.setTarget(monthOf(today), 'investment', 229 * WAN, Date.now());
    await until(async () => (await figure())?.target === 229 * WAN);
    const now = Date.now();
    await data.addDeal({ ...deal, id: 'd1', amount: 10 * WAN, createdAt: now, updatedAt: now });
    await until(async () => (await figure())?.pipelineWeighted === 9 * WAN); // committed: 90 %
    await data.updateDeal('d1', { amount: 20 * WAN }, Date.now());
    await until(async () => (await figure())?.pipelineWeighted === 18 * WAN);
    await data.updateDeal('d1', { stage: 'won', closedAt: Date.now(), closedOn: today }, Date.now());
    await until(async () => (await figure())?.achieved === 20 * WAN);
    await data.deleteDeal('d1');
    await until(async () => (await figure())?.achieved === 0);
    await data.putAchievement({ id: 'a1', date: today, indicator: 'investment', value: 5 * WAN, note: '', createdAt: Date.now() });
    await until(async () => (await figure())?.achieved === 5 * WAN);
  });
});

describe('open in the CRM', () => {
  const rule = {
    id: 'demo',
    name: '演示 CRM',
    match: ['http://127.0.0.1:8808/crm/client*'],
    strategies: [{ kind: 'url', pattern: '[?&]cust=(\\d{10})' }],
    open: 'http://127.0.0.1:8808/crm/client?cust={id}&from=pacer',
  };
  const client = { origin: 'http://127.0.0.1:8808', clientId: '8800000001' };
  const report = { type: 'page-client', clientId: '8800000001', via: 'url', url: crmPage, rule: '演示 CRM', strategy: 'url' };

  it('keeps which rule read a client; answers its address to Pacer’s pages only, and opens it in a new tab', async () => {
    await fakeBrowser.storage.local.set({ siteRules: [rule] });
    const tab = await fakeBrowser.tabs.create({ url: crmPage });
    // The page is given its rules without the template.
    const { rules } = (await deliver({ type: 'get-rules', url: crmPage }, contentScript(tab.id!))) as { rules: object[] };
    expect(rules.find((r) => (r as { id: string }).id === 'demo')).not.toHaveProperty('open');
    expect(await deliver({ type: 'crm-address', ...client }, ownPage())).toBeNull();
    await deliver(report, contentScript(tab.id!));
    await until(async () => (await fakeBrowser.storage.local.get('clientSources')).clientSources !== undefined);
    const expected = 'http://127.0.0.1:8808/crm/client?cust=8800000001&from=pacer';
    expect(await deliver({ type: 'crm-address', ...client }, ownPage())).toEqual({ url: expected });
    // A CRM page may not ask, nor have Pacer open anything.
    expect(await deliver({ type: 'crm-address', ...client }, contentScript(tab.id!))).toBeUndefined();
    expect(await deliver({ type: 'open-in-crm', ...client }, contentScript(tab.id!))).toBeUndefined();
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await deliver({ type: 'open-in-crm', ...client }, ownPage())).toEqual({ ok: true });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before + 1);
    expect(tabs.at(-1)?.url).toBe(expected);
    // The rule deleted: nothing to open any more.
    await fakeBrowser.storage.local.set({ siteRules: [] });
    expect(await deliver({ type: 'open-in-crm', ...client }, ownPage())).toEqual({ ok: false });
  });

  it('never opens an address on an origin Pacer does not read', async () => {
    // The rule applies to a site Pacer was not granted: its address is made, and refused at the origin check.
    const elsewhere = {
      ...rule,
      match: ['http://127.0.0.1:8808/crm/client*', 'https://other.example/*'],
      open: 'https://other.example/c?cust={id}',
    };
    await fakeBrowser.storage.local.set({ siteRules: [elsewhere] });
    const tab = await fakeBrowser.tabs.create({ url: crmPage });
    await deliver(report, contentScript(tab.id!));
    await until(async () => (await fakeBrowser.storage.local.get('clientSources')).clientSources !== undefined);
    expect(await deliver({ type: 'crm-address', ...client }, ownPage())).toBeNull();
    expect(await deliver({ type: 'open-in-crm', ...client }, ownPage())).toEqual({ ok: false });
  });
});
