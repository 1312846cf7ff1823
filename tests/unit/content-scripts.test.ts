/**
 * The content script is registered on exactly the granted http(s) origins. Chrome's permission prompt cannot
 * be answered in headless tests, so the runtime-grant path is pinned here against WXT's fakeBrowser with the
 * APIs it does not implement filled in (support/fake-extension.ts); the preset path runs for real in every
 * end-to-end test.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_ID, syncContentScripts } from '@/platform/content-scripts';
import { type FakeExtension, installFakeExtension } from './support/fake-extension';

let fake: FakeExtension;
beforeEach(() => {
  fake = installFakeExtension();
});

describe('content script registration follows the granted origins', () => {
  it('registers on granted CRM origins only, top frame, one script', async () => {
    fake.granted = ['https://crm.bank.example/*', 'chrome://favicon/*', 'http://10.0.0.5/*'];
    expect(await syncContentScripts()).toEqual(['http://10.0.0.5/*', 'https://crm.bank.example/*']);
    expect(fake.registered).toHaveLength(1);
    expect(fake.registered[0]).toMatchObject({
      id: CONTENT_SCRIPT_ID,
      matches: ['http://10.0.0.5/*', 'https://crm.bank.example/*'],
      allFrames: false,
      js: ['/crm.js'],
    });
  });

  it('a newly granted origin is added; a revoked one is dropped; none left means no script at all', async () => {
    fake.granted = ['https://crm.bank.example/*'];
    await syncContentScripts();
    fake.granted = ['https://crm.bank.example/*', 'https://core.bank.example/*'];
    await syncContentScripts();
    expect(fake.registered).toHaveLength(1);
    expect(fake.registered[0]?.matches).toEqual(['https://core.bank.example/*', 'https://crm.bank.example/*']);
    fake.granted = [];
    await syncContentScripts();
    expect(fake.registered).toEqual([]);
  });
});
