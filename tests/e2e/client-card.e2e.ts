/**
 * The client card, driven as an RM would in real Chromium on the demo CRM: quick setup of a new client,
 * the grid cell and its strategy, the trust ladder, fitted scripts (different for a client resisting on
 * safety than for a positive one), the compliance guard, one-click deals with their defaults, a won deal
 * recorded, undo for delete, and opening a client by number when none is detected. Stored rows are read
 * back from IndexedDB; screenshots of three clients' panels are taken in zh-CN.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { endOfWorkWeek, toIsoDate } from '../../lib/calendar/dates';
import { unfold } from './support/card';
import { describe, expect, type Pacer, test } from './support/fixture';

const [a, b, c, d] = CLIENTS.slice(10, 14) as [(typeof CLIENTS)[0], (typeof CLIENTS)[0], (typeof CLIENTS)[0], (typeof CLIENTS)[0]];

/** Every row of one IndexedDB table, read the way the browser stores it. */
async function rows<T = Record<string, unknown>>(panel: Page, table: string): Promise<T[]> {
  return panel.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('pacer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

async function openClient(pacer: Pacer, clientNo: string, tag: string): Promise<{ crm: Page; panel: Page }> {
  const crm = await pacer.openCrm(`/crm/client?cust=${clientNo}&t=${tag}`);
  const panel = await pacer.openPanel(crm);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  expect(await panel.getByTestId('client-id').textContent()).toBe(clientNo);
  return { crm, panel };
}

/** The scripts in the folded list of every fitting script (the first screen shows the best one of them). */
const topScripts = (panel: Page) =>
  panel
    .getByTestId('script-list')
    .getByTestId('script')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-script-id')));
const text = async (panel: Page, id: string) => (await panel.getByTestId(id).first().textContent()) ?? '';

describe('a new client: quick setup, grid cell, ladder', () => {
  let positiveTop: (string | null)[] = [];

  test('shows a new client without storing anything, then sets them up in a few clicks', async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, a.clientNo, 'setup');
    expect(await panel.getByTestId('client-card').getAttribute('data-new')).toBe('true');
    expect(await text(panel, 'setup-hint')).toContain('不点就什么也不保存');
    expect(await text(panel, 'strategy-unknown')).toContain('九宫格');
    expect(await rows(panel, 'clients')).toHaveLength(0);

    await panel.getByTestId('signal-holdsFewProducts').check();
    await panel.getByTestId('signal-performingWell').check();
    await panel.getByTestId('signal-regularContact').check();
    // Two ticks already give 8, so wait for the third to be stored too before reading the score.
    await expect.poll(() => text(panel, 'familiarity-why')).toBe('依据：所持产品表现良好 等 2 项');
    expect(await text(panel, 'band')).toBe('8 分 · 熟悉（6–9）');

    await panel.getByTestId('sentiment-positive').click();
    await expect.poll(() => panel.getByTestId('grid').getAttribute('data-cell')).toBe('high-positive');
    expect(await text(panel, 'cell-name')).toBe('熟悉 · 积极');
    expect(await text(panel, 'cell-priority')).toBe('本周重点跟进');
    expect(await text(panel, 'sentiment-why')).toMatch(/刚刚通过侧边栏标记为“积极”/);

    await panel.getByTestId('rung-6').click();
    await expect.poll(() => panel.getByTestId('ladder').getAttribute('data-rung')).toBe('6');
    expect(await text(panel, 'ladder-current')).toBe('第 6 级：记得家庭纪念日');
    expect(await text(panel, 'ladder-next')).toContain('邀请客户参加下一场沙龙');

    await panel.getByTestId('profile-name').fill('周晓燕');
    await panel.getByTestId('profile-name').press('Tab');
    await panel.getByTestId('profile-gender').selectOption('female');
    await unfold(panel, 'memory-section');
    await panel.getByTestId('memory-input').fill('喜欢普洱茶');
    await panel.getByTestId('memory-add').click();
    await expect.poll(() => panel.getByTestId('memory-point').count()).toBe(1);

    const [record] = await rows<{
      clientId: string;
      familiarity: { signals: string[]; override: null };
      rung: number;
      profile: { name: string; gender: string };
      memoryPoints: string[];
    }>(panel, 'clients');
    expect(record).toMatchObject({
      clientId: a.clientNo,
      familiarity: { signals: ['holdsFewProducts', 'performingWell', 'regularContact'], override: null },
      rung: 6,
      profile: { name: '周晓燕', gender: 'female' },
      memoryPoints: ['喜欢普洱茶'],
    });
    const events = await rows<{ clientId: string; sentiment: string; source: string }>(panel, 'sentimentEvents');
    expect(events.filter((e) => e.clientId === a.clientNo).map((e) => [e.sentiment, e.source])).toEqual([['positive', 'panel']]);
    expect(await panel.getByTestId('client-card').getAttribute('data-new')).toBe('false');

    await unfold(panel, 'scripts-section');
    positiveTop = await topScripts(panel);
    expect(positiveTop).toHaveLength(5);
    // The first screen offers the best of them.
    expect(await panel.getByTestId('top-script').getByTestId('script').getAttribute('data-script-id')).toBe(positiveTop[0]);
    // The client's name is filled into the scripts that address them.
    expect(await panel.getByTestId('script-body').allTextContents()).not.toContain(expect.stringContaining('{name}'));
    await pacer.screenshot(panel, 'card-known-positive-zh-CN');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await pacer.screenshot(panel, 'card-known-positive-dark-zh-CN');
    await panel.close();
    await crm.close();
  });

  test('logging the next rung’s contact offers to move up, and moving up is stored', async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, a.clientNo, 'ladder');
    await panel.getByTestId('ladder-log').click();
    await expect.poll(() => text(panel, 'rung-offer')).toContain('第 7 级');
    await panel.getByTestId('rung-up').click();
    await expect.poll(() => panel.getByTestId('ladder').getAttribute('data-rung')).toBe('7');
    const contacts = await rows<{ clientId: string; purpose: string; channel: string; date: string }>(panel, 'contacts');
    expect(contacts).toEqual([
      expect.objectContaining({ clientId: a.clientNo, purpose: 'eventInvite', channel: 'event', date: toIsoDate(new Date()) }),
    ]);
    expect((await rows<{ rung: number }>(panel, 'clients'))[0]?.rung).toBe(7);
    await panel.close();
    await crm.close();
  });

  test('a client resisting on safety (insurance) gets different scripts, led by a scale question', async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, b.clientNo, 'resist');
    await panel.getByTestId('signal-basicServiceOnly').check();
    await panel.getByTestId('signal-sittingOnLosses').check();
    await panel.getByTestId('sentiment-resistant').click();
    await panel.getByTestId('resistance-property').selectOption('safety');
    await panel.getByTestId('resistance-category').selectOption('insurance');
    await panel.getByTestId('rung-3').click();
    await expect.poll(() => panel.getByTestId('grid').getAttribute('data-cell')).toBe('mid-resistant');
    expect(await text(panel, 'band')).toBe('5 分 · 认识（3–6）');
    expect(await text(panel, 'cell-priority')).toBe('慢慢培养');

    await unfold(panel, 'scripts-section');
    await expect.poll(() => topScripts(panel)).toContain('res-scale-insurance');
    const resistantTop = await topScripts(panel);
    expect(resistantTop.filter((id) => positiveTop.includes(id))).toEqual([]);
    const why = await panel.locator('[data-script-id="res-scale-insurance"] [data-testid="script-why"]').textContent();
    expect(why).toContain('针对所抗拒的属性');
    const record = (await rows<{ clientId: string; resistance: unknown }>(panel, 'clients')).find((r) => r.clientId === b.clientNo);
    expect(record?.resistance).toEqual({ property: 'safety', category: 'insurance' });
    await pacer.screenshot(panel, 'card-resistant-safety-zh-CN');
    await panel.close();
    await crm.close();
  });
});

describe('scripts: copy, learn, hide, restore, write, compliance', () => {
  test('copying records use; "helped" is stored; hide and restore work', async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, b.clientNo, 'scripts');
    await unfold(panel, 'scripts-section');
    const first = panel.getByTestId('script-list').getByTestId('script').first();
    const id = await first.getAttribute('data-script-id');
    await first.getByTestId('script-copy').click();
    await first.getByTestId('script-helped').click();
    await expect
      .poll(async () =>
        (await rows<{ scriptId: string; used: number; helped: number }>(panel, 'scriptUsage')).find((u) => u.scriptId === id),
      )
      .toMatchObject({ used: 1, helped: 1 });

    await first.getByTestId('script-hide').click();
    await expect.poll(() => topScripts(panel)).not.toContain(id);
    await panel.getByTestId('scripts-restore').click();
    await expect.poll(() => topScripts(panel)).toContain(id);
    await panel.close();
    await crm.close();
  });

  test('a script with a prohibited wording is flagged, and copying it asks first', async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, b.clientNo, 'guard');
    await unfold(panel, 'scripts-section');
    await panel.getByTestId('script-add').click();
    await panel.getByTestId('script-title-input').fill('我的话术');
    // A required disclosure is not a promise: it passes.
    await panel.getByTestId('script-body-input').fill('本产品不保本，过往业绩不代表未来表现。');
    await expect.poll(() => panel.getByTestId('editor-flag').count()).toBe(0);
    await panel.getByTestId('script-body-input').fill('这款产品穩賺，{name}放心');
    expect(await text(panel, 'editor-flag')).toContain('稳赚');
    // What was caught, and what to say instead.
    expect(await text(panel, 'editor-advice')).toBe(
      '“稳赚”：不能承诺收益。可以说：过往业绩不代表未来表现，再给出业绩比较基准或历史区间，说明收益随市场波动。',
    );
    await panel.getByTestId('script-fits').selectOption('resistant');
    await panel.getByTestId('script-save').click();
    await panel.getByTestId('scripts-more').click();
    const mine = panel.getByTestId('script-list').locator('[data-testid="script"][data-flagged="true"]');
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.getByTestId('script-flag').textContent()).toContain('稳赚');
    const ownId = await mine.getAttribute('data-script-id');
    expect(ownId).toMatch(/^own-/);

    await mine.getByTestId('script-copy').click();
    expect(await mine.getByTestId('script-confirm').textContent()).toContain('仍要复制吗');
    expect((await rows<{ scriptId: string }>(panel, 'scriptUsage')).some((u) => u.scriptId === ownId)).toBe(false);
    await mine.getByTestId('script-copy').click();
    await expect
      .poll(async () => (await rows<{ scriptId: string; used: number }>(panel, 'scriptUsage')).find((u) => u.scriptId === ownId)?.used)
      .toBe(1);
    const [edit] = await rows<{ id: string; kind: string; body: string; tags: unknown }>(panel, 'scriptEdits');
    expect(edit).toMatchObject({
      id: ownId,
      kind: 'own',
      body: '这款产品穩賺，{name}放心',
      tags: { technique: 'trust', sentiments: ['resistant'] },
    });
    await panel.close();
    await crm.close();
  });
});

describe('one-click pipeline', () => {
  test('adds a deal with its defaults, adjusts it inline, records a won deal, and undoes a delete', async ({ pacer }) => {
    const { crm, panel } = await openClient(pacer, c.clientNo, 'deal');
    await unfold(panel, 'pipeline-section');
    await expect.poll(() => panel.getByTestId('deals-empty').count()).toBe(1);
    await panel.getByTestId('add-to-pipeline').click();
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(1);
    const today = toIsoDate(new Date());
    type StoredDeal = {
      id: string;
      clientId: string;
      indicator: string;
      amount: number;
      certainty: string;
      stage: string;
      expectedDate: string;
      nextStep: string;
      closedOn?: string | null;
    };
    const mine = async () => (await rows<StoredDeal>(panel, 'deals')).filter((x) => x.clientId === c.clientNo);
    expect(await mine()).toEqual([
      expect.objectContaining({
        indicator: 'investment',
        amount: 0,
        certainty: 'thinking',
        stage: 'invited',
        expectedDate: endOfWorkWeek(today),
      }),
    ]);
    expect(await text(panel, 'pipeline-flash')).toContain('投资');

    // The editor is open on the new deal: adjust every field.
    await panel.getByTestId('deal-indicator').selectOption('insurance');
    await panel.getByTestId('deal-amount').fill('500000');
    await panel.getByTestId('deal-amount').press('Enter');
    await panel.getByTestId('deal-certainty').selectOption('committed');
    await panel.getByTestId('deal-stage-select').selectOption('meeting');
    await panel.getByTestId('deal-next-step').fill('周四带年金计划书面谈');
    await panel.getByTestId('deal-next-step').press('Tab');
    await expect
      .poll(async () => (await mine())[0])
      .toMatchObject({
        indicator: 'insurance',
        amount: 50_000_000,
        certainty: 'committed',
        stage: 'meeting',
        nextStep: '周四带年金计划书面谈',
      });
    expect(await text(panel, 'deal-amount-label')).toBe('50万');

    await panel.getByTestId('deal-mark-won').click();
    await panel.getByTestId('won-amount').fill('480000');
    await panel.getByTestId('won-confirm').click();
    await expect.poll(async () => (await mine())[0]).toMatchObject({ stage: 'won', amount: 48_000_000, closedOn: today });
    const wonId = (await mine())[0]!.id;
    expect(await text(panel, 'deal-won')).toContain('成交 48万');

    // The last used indicator is the default for the next one-click deal.
    await panel.getByTestId('add-to-pipeline').click();
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(2);
    const second = (await mine()).find((x) => x.stage === 'invited');
    expect(second?.indicator).toBe('insurance');

    await panel.getByTestId('deal-delete').click();
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(1);
    expect(await mine()).toHaveLength(1);
    await panel.getByTestId('deal-undo').click();
    await expect.poll(async () => (await mine()).map((x) => x.id).sort()).toEqual([wonId, second!.id].sort());
    expect((await mine()).find((x) => x.id === second!.id)).toEqual(second);
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(2);
    await pacer.screenshot(panel, 'card-pipeline-zh-CN');
    await panel.close();
    await crm.close();
  });
});

describe('no client detected', () => {
  test('opens a client by number from a screen without one', async ({ pacer }) => {
    const crm = await pacer.openCrm('/crm/clients?t=manual');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('panel-state').getAttribute('data-state')).toBe('none');
    await panel.getByTestId('manual-id').fill('not a number!');
    await panel.getByTestId('manual-submit').click();
    expect(await panel.getByTestId('client-card').count()).toBe(0);
    await panel.getByTestId('manual-id').fill(d.clientNo);
    await panel.getByTestId('manual-id').press('Enter');
    await expect.poll(() => panel.getByTestId('client-id').textContent()).toBe(d.clientNo);
    expect(await text(panel, 'client-via')).toContain('手动输入');
    await panel.getByTestId('sentiment-neutral').click();
    await expect
      .poll(async () =>
        (await rows<{ clientId: string; origin: string }>(panel, 'sentimentEvents')).some(
          (e) => e.clientId === d.clientNo && e.origin === pacer.crmUrl,
        ),
      )
      .toBe(true);
    await pacer.screenshot(panel, 'card-new-client-manual-zh-CN');
    await panel.close();
    await crm.close();
  });
});
