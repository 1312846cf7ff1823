/**
 * The script library as the RM reads it in real Chromium: an outbound call to a client with no name recorded
 * reads "您好，我是…" (never "您您好"), names the RM and branch once they are set in the options (live, in the
 * open panel), and shows the gap and the way to set them until then; the memory-point script appears only once
 * the client has a memory point, and says that memory point; what the RM marks as helpful is learnt in the
 * client's cell.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { unfold } from './support/card';
import { describe, expect, type Pacer, test } from './support/fixture';
import { readStore } from './support/idb';

const [dormant, familiar] = CLIENTS.slice(40, 42) as [(typeof CLIENTS)[0], (typeof CLIENTS)[0]];

async function openClient(pacer: Pacer, clientNo: string): Promise<{ crm: Page; panel: Page }> {
  const crm = await pacer.openCrm(`/crm/client?cust=${clientNo}&t=scripts`);
  const panel = await pacer.openPanel(crm);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  expect(await panel.getByTestId('client-id').textContent()).toBe(clientNo);
  return { crm, panel };
}

/** Scripts in the folded list of every fitting script (the first screen repeats the best one). */
const list = (panel: Page) => panel.getByTestId('script-list');
const body = (panel: Page, id: string) => list(panel).locator(`[data-script-id="${id}"] [data-testid="script-body"]`);
const ids = (panel: Page) =>
  list(panel)
    .getByTestId('script')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-script-id')));

describe('scripts read aloud as written for this client', () => {
  test('an outbound call with no name recorded: 您好, the gap until the RM sets name and branch, then both', async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, dormant.clientNo);
    await panel.getByTestId('signal-dormant').check();
    await unfold(panel, 'scripts-section');
    await expect.poll(() => panel.getByTestId('scripts-more').count()).toBe(1);
    await panel.getByTestId('scripts-more').click();
    await expect.poll(() => body(panel, 'rhythm-dormant').count()).toBe(1);
    const before = (await body(panel, 'rhythm-dormant').textContent()) ?? '';
    expect(before.startsWith('您好，我是【网点名称】的客户经理【您的姓名】。')).toBe(true);
    expect(before).toContain('银行不会通过电话或短信让您点链接、转账，或者提供密码和验证码');
    expect((await panel.getByTestId('script-body').allTextContents()).filter((t) => /您您|\{|\}/.test(t))).toEqual([]);
    expect(await panel.getByTestId('scripts-need-profile').textContent()).toContain('需要您先填写');

    const options = await pacer.extensionPage('options.html');
    await options.getByTestId('profile-name').fill('李明');
    await options.getByTestId('profile-branch').fill(' 城东支行 ');
    await options.getByTestId('profile-save').click();
    await expect.poll(() => options.getByTestId('profile-saved').count()).toBe(1);
    const [stored] = await options.evaluate(async () => Object.values(await chrome.storage.local.get('settings')));
    expect(stored).toMatchObject({ rmName: '李明', branch: '城东支行' });

    // The open panel follows at once.
    await expect
      .poll(() => body(panel, 'rhythm-dormant').textContent())
      .toBe(
        '您好，我是城东支行的客户经理李明。您在我们网点的账户有一段时间没有往来了，打个电话问候一下，今天不需要办理任何业务。' +
          '提醒一句：银行不会通过电话或短信让您点链接、转账，或者提供密码和验证码。如果要更新资料，请带上身份证到网点柜台办理；' +
          '想核实我的身份，也可以打网点的公开电话。',
      );
    expect(await panel.getByTestId('scripts-need-profile').count()).toBe(0);
    expect(await body(panel, 'rhythm-new-first-hour').textContent()).toMatch(/^您好，我是城东支行的客户经理李明。/);

    // Reloaded, the options show what was saved.
    await options.reload();
    await expect.poll(() => options.getByTestId('profile-name').inputValue()).toBe('李明');
    expect(await options.getByTestId('profile-branch').inputValue()).toBe('城东支行');
    await options.close();
    await panel.close();
    await crm.close();
  });

  test("the memory-point script needs a memory point and says the client's own; its outcome is learnt in the cell", async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, familiar.clientNo);
    await panel.getByTestId('signal-regularContact').check();
    await panel.getByTestId('sentiment-neutral').click();
    await panel.getByTestId('rung-5').click();
    await expect.poll(() => panel.getByTestId('ladder').getAttribute('data-rung')).toBe('5');
    await unfold(panel, 'scripts-section');
    await panel.getByTestId('scripts-more').click();
    await expect.poll(async () => (await ids(panel)).length).toBeGreaterThan(10);
    expect(await ids(panel)).not.toContain('trust-memory-point');

    await unfold(panel, 'memory-section');
    await panel.getByTestId('memory-input').fill('女儿今年高考。');
    await panel.getByTestId('memory-add').click();
    await expect.poll(() => body(panel, 'trust-memory-point').count()).toBe(1);
    expect(await body(panel, 'trust-memory-point').textContent()).toBe('记得上次您聊到女儿今年高考，我一直记着。最近怎么样？');

    const script = list(panel).locator('[data-script-id="trust-memory-point"]');
    await script.getByTestId('script-copy').click();
    await script.getByTestId('script-helped').click();
    await expect
      .poll(async () => (await readStore<{ scriptId: string }>(panel, 'scriptUsage')).find((u) => u.scriptId === 'trust-memory-point'))
      .toMatchObject({ used: 1, helped: 1, notHelped: 0, cells: { 'high:neutral': { used: 1, helped: 1, notHelped: 0 } } });
    await panel.close();
    await crm.close();
  });
});
