/**
 * The content script is registered on exactly the granted http(s) origins the policy allows, from the first second:
 * without waiting for `storage.managed`, which on a fresh profile answers seconds late or never. Chrome's
 * permission prompt cannot be answered in headless tests, so the runtime-grant path is pinned here against WXT's
 * fakeBrowser with the APIs it does not implement filled in, Chrome's errors included (support/fake-extension.ts);
 * the preset path runs for real in every end-to-end test. Each case imports the modules afresh: a policy read
 * that never answers stays pending for the life of its module, as in the browser.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FakeExtension, installFakeExtension } from './support/fake-extension';

let fake: FakeExtension;
beforeEach(() => {
  fake = installFakeExtension();
  vi.resetModules();
});

const contentScripts = () => import('@/platform/content-scripts');
const until = async (ok: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};
/** storage.managed as a browser that has not loaded its policies: answers when `answer` is called, or never. */
function slowPolicy() {
  const waiting: ((policy: Record<string, unknown>) => void)[] = [];
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
    () => new Promise((resolve) => waiting.push(resolve as (p: Record<string, unknown>) => void)) as never,
  );
  return {
    answer: (policy: Record<string, unknown>) => {
      for (const resolve of waiting.splice(0)) resolve(policy);
    },
  };
}

describe('content script registration follows the granted origins', () => {
  it('registers on granted CRM origins only, top frame, one script', async () => {
    const { CONTENT_SCRIPT_ID, syncContentScripts } = await contentScripts();
    fake.granted = ['https://crm.bank.example/*', 'chrome://favicon/*', 'http://10.0.0.5/*'];
    expect(await syncContentScripts()).toEqual({ ok: true, origins: ['http://10.0.0.5/*', 'https://crm.bank.example/*'] });
    expect(fake.registered).toHaveLength(1);
    expect(fake.registered[0]).toMatchObject({
      id: CONTENT_SCRIPT_ID,
      matches: ['http://10.0.0.5/*', 'https://crm.bank.example/*'],
      allFrames: false,
      js: ['/crm.js'],
    });
  });

  it('a newly granted origin is added by updating the script in place; a revoked one is dropped; none left, no script', async () => {
    const { syncContentScripts } = await contentScripts();
    fake.granted = ['https://crm.bank.example/*'];
    await syncContentScripts();
    fake.granted = ['https://crm.bank.example/*', 'https://core.bank.example/*'];
    await syncContentScripts();
    expect(fake.registered).toHaveLength(1);
    expect(fake.registered[0]?.matches).toEqual(['https://core.bank.example/*', 'https://crm.bank.example/*']);
    // Nothing changed: nothing is called.
    await syncContentScripts();
    fake.granted = [];
    await syncContentScripts();
    expect(fake.registered).toEqual([]);
    expect(fake.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('injects into open tabs on the origins a run adds, and into all of them when asked (install)', async () => {
    const { syncContentScripts } = await contentScripts();
    const crm = await fakeBrowser.tabs.create({ url: 'https://crm.bank.example/c/1' });
    const core = await fakeBrowser.tabs.create({ url: 'https://core.bank.example/c/2' });
    fake.granted = ['https://crm.bank.example/*'];
    await syncContentScripts();
    fake.granted.push('https://core.bank.example/*');
    await syncContentScripts();
    expect(fake.injected.map((i) => i.tabId)).toEqual([crm.id, core.id]);
    fake.injected = [];
    await syncContentScripts({ injectAll: true });
    expect(fake.injected.map((i) => i.tabId).sort()).toEqual([crm.id, core.id].sort());
  });

  it('install, start, permissions and the policy asking at once, with Chrome’s latency: one script, the right origins', async () => {
    const { syncContentScripts } = await contentScripts();
    // Chrome's answers take 0–20 ms; unserialised, get → unregister → register interleave and throw.
    let seed = 7;
    fake.latency = () => {
      seed = (seed * 48271) % 2147483647;
      return seed % 20;
    };
    fake.granted = ['https://crm.bank.example/*'];
    const asks = [syncContentScripts({ injectAll: true }), syncContentScripts()];
    fake.granted.push('https://core.bank.example/*');
    asks.push(syncContentScripts(), syncContentScripts());
    const results = await Promise.all(asks);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.registered).toHaveLength(1);
    expect(fake.registered[0]?.matches).toEqual(['https://core.bank.example/*', 'https://crm.bank.example/*']);
    // The first run, then one run for the three asked while it ran.
    expect(fake.calls).toEqual(['register', 'update']);
  });

  it('a Chrome error is retried, and the registration ends right', async () => {
    const { syncContentScripts } = await contentScripts();
    fake.granted = ['https://crm.bank.example/*'];
    const register = fakeBrowser.scripting.registerContentScripts;
    let failures = 1;
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      if (failures-- > 0) throw new Error('Could not load javascript');
      return register(scripts);
    });
    expect(await syncContentScripts()).toEqual({ ok: true, origins: ['https://crm.bank.example/*'] });
    expect(fake.registered).toHaveLength(1);
  });
});

describe('without waiting for the policy', () => {
  it('a policy that never answers: registered from the granted origins within a second', async () => {
    slowPolicy();
    const { syncContentScripts } = await contentScripts();
    fake.granted = ['https://crm.bank.example/*', 'https://other.example/*'];
    const started = Date.now();
    expect((await syncContentScripts()).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fake.registered[0]?.matches).toEqual(['https://crm.bank.example/*', 'https://other.example/*']);
    // Later runs do not wait again for the read that never answers.
    fake.granted.pop();
    const again = Date.now();
    await syncContentScripts();
    expect(Date.now() - again).toBeLessThan(100);
    expect(fake.registered[0]?.matches).toEqual(['https://crm.bank.example/*']);
  });

  it('a policy that never answers: the policy as last read decides', async () => {
    slowPolicy();
    await fakeBrowser.storage.local.set({ clientIdPolicyCache: { crmOrigins: ['https://crm.bank.example/*'] } });
    const { syncContentScripts } = await contentScripts();
    fake.granted = ['https://crm.bank.example/*', 'https://other.example/*'];
    await syncContentScripts();
    expect(fake.registered[0]?.matches).toEqual(['https://crm.bank.example/*']);
  });

  it('a policy that answers late with nothing changes nothing: no copy written, no page told to read again', async () => {
    const policy = slowPolicy();
    const { default: background } = await import('@/entrypoints/background');
    fake.granted = ['https://crm.bank.example/*'];
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const changes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((c, area) => {
      if (area === 'local') changes.push(...Object.keys(c));
    });
    policy.answer({});
    await new Promise((r) => setTimeout(r, 100));
    expect(changes).not.toContain('clientIdPolicyCache');
    expect(fake.calls).toEqual(['register']);
  });

  it('a policy that answers late: registered at once, then reconciled (the origin it removes is unregistered)', async () => {
    const policy = slowPolicy();
    const { default: background } = await import('@/entrypoints/background');
    fake.granted = ['https://crm.bank.example/*', 'https://other.example/*'];
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(fake.registered[0]?.matches).toEqual(['https://crm.bank.example/*', 'https://other.example/*']);
    // Seconds later the browser has loaded the bank's policy, which allows one origin only.
    policy.answer({ crmOrigins: ['https://other.example/*'] });
    await until(() => fake.registered[0]?.matches?.join() === 'https://other.example/*');
    // It is kept for the next start, whose first registration then starts from it.
    expect((await fakeBrowser.storage.local.get('clientIdPolicyCache')).clientIdPolicyCache).toEqual({
      crmOrigins: ['https://other.example/*'],
    });
  });
});
