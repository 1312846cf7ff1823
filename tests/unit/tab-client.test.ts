import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageAddress, type SenderFacts, tabClientFromReport } from '@/lib/client-id/tab-client';
import { tabClient } from '@/platform/storage';

const own = 'abcdefghijklmnopabcdefghijklmnop';
const sender = (over: Partial<SenderFacts> = {}): SenderFacts => ({
  senderId: own,
  ownId: own,
  tabId: 7,
  frameId: 0,
  url: 'http://127.0.0.1:8808/crm/client?cust=8800000001',
  ...over,
});
const granted = (url: string) => url.startsWith('http://127.0.0.1');

describe('what a content script report means for its tab', () => {
  it("a found client becomes that tab's client, with the origin the browser reports", () => {
    expect(tabClientFromReport({ clientId: '8800000001', via: '客户号' }, sender(), granted, 5)).toEqual({
      tabId: 7,
      value: { status: 'found', origin: 'http://127.0.0.1:8808', url: sender().url, clientId: '8800000001', via: '客户号', at: 5 },
    });
  });

  it('keeps which rule and strategy found the client, for the panel\'s "why this ID"', () => {
    expect(
      tabClientFromReport({ clientId: '8800000001', via: '#cust', rule: 'Core banking', strategy: 'selector' }, sender(), granted, 5)
        ?.value,
    ).toMatchObject({
      status: 'found',
      clientId: '8800000001',
      via: '#cust',
      rule: 'Core banking',
      strategy: 'selector',
    });
  });

  it('a page still showing the previous screen after a navigation is "loading", with no client', () => {
    expect(tabClientFromReport({ clientId: null, via: null, loading: true }, sender(), granted, 5)?.value).toEqual({
      status: 'loading',
      origin: 'http://127.0.0.1:8808',
      at: 5,
    });
  });

  it('no client is "none", not a stale client', () => {
    expect(tabClientFromReport({ clientId: null, via: null }, sender(), granted, 5)?.value.status).toBe('none');
  });

  it.each([
    ['another extension', { senderId: 'x'.repeat(32) }],
    ['a sub-frame', { frameId: 3 }],
    ['no tab (an extension page)', { tabId: undefined }],
    ['an origin that was never granted', { url: 'https://evil.example/crm' }],
    ['no URL', { url: undefined }],
  ])('ignores reports from %s', (_, over) => {
    expect(tabClientFromReport({ clientId: '8800000001', via: 'x' }, sender(over), granted, 5)).toBeNull();
  });

  it('a page whose address is 10,000 characters long is reported like any other, its address kept bounded', () => {
    const long = (end: string) => `http://127.0.0.1:8808/crm/client?cust=8800000001&state=${'x'.repeat(10_000)}${end}`;
    const found = tabClientFromReport({ clientId: '8800000001', via: '客户号' }, sender({ url: long('a') }), granted, 5)?.value;
    expect(found).toMatchObject({ status: 'found', clientId: '8800000001', origin: 'http://127.0.0.1:8808' });
    expect(tabClientFromReport({ clientId: null, via: null }, sender({ url: long('a') }), granted, 5)?.value.status).toBe('none');
    const url = found && 'url' in found ? found.url : '';
    expect(url.length).toBeLessThanOrEqual(2048);
    // Two long addresses that differ only past the cut are still two pages.
    expect(url).toBe(pageAddress(long('a')));
    expect(pageAddress(long('b'))).not.toBe(url);
    expect(pageAddress(sender().url!)).toBe(sender().url);
  });

  it('rejects a client ID that is not a client number', () => {
    expect(tabClientFromReport({ clientId: '<img src=x>', via: 'x' }, sender(), granted, 5)).toBeNull();
  });

  it('one key per tab in storage.session; damaged values read as unknown', async () => {
    fakeBrowser.reset();
    const stored = async (value: unknown) => {
      await fakeBrowser.storage.session.set({ 'tab:42': value });
      return tabClient(42).get();
    };
    expect(tabClient(42).key).toBe('tab:42');
    expect(await stored({ status: 'found', origin: 'http://a', url: 'http://a/', at: 1 })).toBeNull();
    await fakeBrowser.storage.session.remove('tab:42');
    expect(await tabClient(42).get()).toBeNull();
    expect(await stored({ status: 'loading', origin: 'http://a', at: 1 })).toEqual({ status: 'loading', origin: 'http://a', at: 1 });
  });
});
