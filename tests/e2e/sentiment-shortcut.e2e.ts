/**
 * The sentiment shortcut end to end. Headless Chromium cannot press extension shortcuts, so the test sends the
 * `run-command` message from an extension page: the background runs the very handler `commands.onCommand`
 * runs (entrypoints/background/commands.ts), which calls the one sentiment action.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, type Pacer, test } from './support/fixture';
import { readStore } from './support/idb';
import { toast } from './support/toast';

const client = CLIENTS[4]!;
let ext: Page;
test.beforeAll(async ({ pacer }) => {
  ext = await pacer.extensionPage('options.html');
});

async function runCommand(command: string, tabId: number) {
  await ext.evaluate(({ command, tabId }) => chrome.runtime.sendMessage({ type: 'run-command', command, tabId }), { command, tabId });
}
const events = () => readStore<{ clientId: string; sentiment: string; source: string; origin: string }>(ext, 'sentimentEvents');
/** What the background holds for the tab (`tab:<id>` in storage.session): found, none, loading. */
async function tabStatus(pacer: Pacer, tabId: number) {
  const worker = await pacer.worker();
  return worker.evaluate(
    async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string } | undefined)?.status,
    tabId,
  );
}

describe('sentiment by keyboard', () => {
  test('shows the current bindings and the way to the browser’s shortcut page', async () => {
    await expect
      .poll(() => ext.getByTestId('shortcut-keys').allTextContents())
      .toEqual(['Alt+Shift+1', 'Alt+Shift+2', 'Alt+Shift+3', 'Alt+Shift+S']);
    expect(await ext.getByTestId('open-shortcut-settings').count()).toBe(1);
  });

  test('tags the client on the tab, confirms on the CRM page, and Undo (a real click only) removes the tag', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(client.clientNo);
    const tabId = await pacer.tabIdOf(crm);
    // The client was read in one document, the browser's id for it kept: the confirmation goes to that document only.
    const worker = await pacer.worker();
    const documentId = await worker.evaluate(
      async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { documentId?: string })?.documentId,
      tabId,
    );
    expect(documentId).toMatch(/^[0-9A-F]{32}$/);

    await runCommand('tag-positive', tabId);
    await expect
      .poll(events)
      .toEqual([expect.objectContaining({ origin: pacer.crmUrl, clientId: client.clientNo, sentiment: 'positive', source: 'shortcut' })]);
    await expect.poll(() => toast.text(crm)).toBe(`已将客户 ${client.clientNo} 标记为“积极”`);
    await pacer.screenshot(crm, 'sentiment-toast');
    // The page's own scripts cannot read what was tagged: the toast's shadow root is closed to them.
    expect(await toast.openRoot(crm)).toBeNull();

    // The host page cannot undo on the RM's behalf: a scripted click is not trusted.
    await toast.scriptedUndo(crm);
    await new Promise((r) => setTimeout(r, 300));
    expect(await events()).toHaveLength(1);

    await toast.clickUndo(crm);
    await expect.poll(events).toEqual([]);
    expect(await toast.text(crm)).toBe('已撤销这次标记');

    // History is kept: two tags, two events.
    await runCommand('tag-resistant', tabId);
    await runCommand('tag-neutral', tabId);
    await expect.poll(async () => (await events()).map((e) => e.sentiment)).toEqual(['resistant', 'neutral']);
    // The panel's grid follows at once: the shortcut's tag is the pressed sentiment, and the card says how it was set.
    await expect.poll(() => panel.getByTestId('sentiment-neutral').getAttribute('aria-pressed')).toBe('true');
    expect(await panel.getByTestId('sentiment-resistant').getAttribute('aria-pressed')).toBe('false');
    expect(await panel.getByTestId('sentiment-why').getAttribute('data-source')).toBe('shortcut');
    expect(await panel.getByTestId('sentiment-why').textContent()).toContain('快捷键');
    await panel.close();
    await crm.close();
  });

  test('with no client on the page it says so and stores nothing', async ({ pacer }) => {
    const before = (await events()).length;
    const crm = await pacer.openCrm('/crm/clients');
    const tabId = await pacer.tabIdOf(crm);
    await expect.poll(() => tabStatus(pacer, tabId)).toBe('none');
    await runCommand('tag-positive', tabId);
    await expect.poll(() => toast.text(crm)).toBe('此页面未识别到客户号，未作任何记录。');
    expect(await toast.hasUndo(crm)).toBe(false);
    expect(await events()).toHaveLength(before);
    await crm.close();
  });

  test('ignores a run-command sent from a CRM page’s content context', async ({ pacer }) => {
    const before = (await events()).length;
    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}&x=1`);
    const tabId = await pacer.tabIdOf(crm);
    await expect.poll(() => tabStatus(pacer, tabId)).toBe('found');
    const w = await pacer.worker();
    // Inject into the page's isolated world (as our content script would run) and send from there.
    await w.evaluate(
      async (id) =>
        chrome.scripting.executeScript({
          target: { tabId: id },
          func: (t: number) => void chrome.runtime.sendMessage({ type: 'run-command', command: 'tag-positive', tabId: t }),
          args: [id],
        }),
      tabId,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await events()).toHaveLength(before);
    await crm.close();
  });
});
