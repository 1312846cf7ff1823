/**
 * The content script is registered on exactly the granted http(s) origins. Chrome's permission prompt cannot
 * be answered in headless tests, so the runtime-grant path is pinned here against WXT's fakeBrowser with the
 * two APIs it does not implement stubbed; the preset path runs for real in every end-to-end test.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_ID, syncContentScripts } from '@/platform/content-scripts';

type Registered = { id: string; matches?: string[]; allFrames?: boolean; js?: string[] };

let registered: Registered[] = [];
let origins: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  origins = [];
  const b = fakeBrowser as unknown as {
    permissions: { getAll: () => Promise<{ origins: string[]; permissions: string[] }> };
    scripting: Record<string, (arg: unknown) => Promise<unknown>>;
  };
  vi.spyOn(b.permissions, 'getAll').mockImplementation(async () => ({ origins, permissions: ['storage'] }));
  vi.spyOn(b.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    registered.filter((r) => ((filter as { ids?: string[] })?.ids ?? [r.id]).includes(r.id)),
  );
  vi.spyOn(b.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    registered = registered.filter((r) => !((filter as { ids: string[] }).ids ?? []).includes(r.id));
  });
  vi.spyOn(b.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...(scripts as Registered[]));
  });
});

describe('content script registration follows the granted origins', () => {
  it('registers on granted CRM origins only, top frame, one script', async () => {
    origins = ['https://crm.bank.example/*', 'chrome://favicon/*', 'http://10.0.0.5/*'];
    expect(await syncContentScripts()).toEqual(['http://10.0.0.5/*', 'https://crm.bank.example/*']);
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({
      id: CONTENT_SCRIPT_ID,
      matches: ['http://10.0.0.5/*', 'https://crm.bank.example/*'],
      allFrames: false,
      js: ['/crm.js'],
    });
  });

  it('a newly granted origin is added; a revoked one is dropped; none left means no script at all', async () => {
    origins = ['https://crm.bank.example/*'];
    await syncContentScripts();
    origins = ['https://crm.bank.example/*', 'https://core.bank.example/*'];
    await syncContentScripts();
    expect(registered).toHaveLength(1);
    expect(registered[0]?.matches).toEqual(['https://core.bank.example/*', 'https://crm.bank.example/*']);
    origins = [];
    await syncContentScripts();
    expect(registered).toEqual([]);
  });
});
