/**
 * A meeting planned on a deal and its outcome recorded, as an RM would in real Chromium (clock: Wednesday
 * 2026-12-02): a positive client's one-click deal starts at "intent expressed"; set to "meeting set", the deal gets
 * a plan (objective, time and place, kind, team, questions with answers, the checklist, own preparation); the day
 * before, the card and the popup say to reconfirm until it is ticked; after the meeting, the record goes into the
 * contact log and moves the deal's stage and certainty.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { describe, expect, test } from './support/fixture';
import { readStore } from './support/idb';

const client = CLIENTS[46]!;
type StoredDeal = {
  id: string;
  clientId: string;
  stage: string;
  certainty: string;
  nextStep: string;
  meeting?: Record<string, unknown> & { outcome: Record<string, unknown> | null };
};
const mine = async (page: Page) => (await readStore<StoredDeal>(page, 'deals')).filter((d) => d.clientId === client.clientNo);

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(new Date('2026-12-02T09:30:00'));
});

describe('meetings', () => {
  test('plan a meeting on a deal, reconfirm it the day before, record how it went', async ({ pacer }) => {
    const crm = await pacer.openCrm(`/crm/client?cust=${client.clientNo}&t=meeting`);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
    await panel.getByTestId('sentiment-positive').click();
    await expect
      .poll(
        async () =>
          (await readStore<{ clientId: string; sentiment: string }>(panel, 'sentimentEvents')).find((e) => e.clientId === client.clientNo)
            ?.sentiment,
      )
      .toBe('positive');

    await panel.getByTestId('add-to-pipeline').click();
    await expect.poll(async () => (await mine(panel))[0]?.stage).toBe('met');
    expect(await panel.getByTestId('pipeline-flash').textContent()).toContain('按“已表达意向”加入');

    await panel.getByTestId('deal-stage-select').selectOption('meeting');
    await expect.poll(() => panel.getByTestId('meeting-plan').count()).toBe(1);
    await panel.getByTestId('meeting-objective').fill('了解到期资金去向，介绍两款稳健产品');
    await panel.getByTestId('meeting-objective').press('Tab');
    await panel.getByTestId('meeting-date').fill('2026-12-03');
    await panel.getByTestId('meeting-time').fill('14:30');
    await panel.getByTestId('meeting-place').fill('城东支行贵宾室');
    await panel.getByTestId('meeting-place').press('Tab');
    await panel.getByTestId('meeting-kind').selectOption('regular');
    await panel.getByTestId('meeting-team-investmentAdviser').check();
    await panel.getByTestId('meeting-question-add').click();
    await panel.getByTestId('meeting-question-text').fill('会不会亏本？');
    await panel.getByTestId('meeting-question-text').press('Tab');
    await panel.getByTestId('meeting-answer-text').fill('说明产品风险等级和历史最大回撤，不承诺收益。');
    await panel.getByTestId('meeting-answer-text').press('Tab');
    await panel.getByTestId('meeting-doc-productSheets').check();
    await panel.getByTestId('meeting-doc-clientId').check();
    await panel.getByTestId('meeting-preparation').fill('先听七成，不急着推产品');
    await panel.getByTestId('meeting-preparation').press('Tab');

    await expect
      .poll(async () => (await mine(panel))[0]?.meeting)
      .toEqual({
        objective: '了解到期资金去向，介绍两款稳健产品',
        date: '2026-12-03',
        time: '14:30',
        place: '城东支行贵宾室',
        kind: 'regular',
        team: ['investmentAdviser'],
        questions: [{ question: '会不会亏本？', answer: '说明产品风险等级和历史最大回撤，不承诺收益。' }],
        documents: ['productSheets', 'clientId'],
        preparation: '先听七成，不急着推产品',
        reconfirmed: false,
        outcome: null,
      });
    expect((await mine(panel))[0]?.stage).toBe('meeting');

    // The day before: the card and the popup say to reconfirm.
    expect(await panel.getByTestId('meeting-summary').textContent()).toContain('城东支行贵宾室');
    expect(await panel.getByTestId('meeting-reminder').getAttribute('data-reminder')).toBe('reconfirm');
    const popup = await pacer.extensionWindow('popup.html');
    await expect.poll(() => popup.getByTestId('meeting-reminder-item').count()).toBe(1);
    expect(await popup.getByTestId('meeting-reminder-item').textContent()).toContain(client.clientNo);
    expect(await popup.getByTestId('meeting-reminder-item').getAttribute('data-reminder')).toBe('reconfirm');
    await panel.getByTestId('meeting-reconfirmed').check();
    await expect.poll(() => panel.getByTestId('meeting-reminder').count()).toBe(0);
    await expect.poll(() => popup.getByTestId('meeting-reminder-item').getAttribute('data-reminder')).toBe('');
    await popup.close();

    // After the meeting.
    await panel.getByTestId('meeting-record').click();
    await panel.getByTestId('outcome-save').click();
    expect(await panel.getByTestId('meeting-outcome').textContent()).toContain('请至少写一项结果');
    await panel.getByTestId('outcome-learnt').fill('下月有 50 万定期到期');
    await panel.getByTestId('outcome-objections').fill('担心波动');
    await panel.getByTestId('outcome-next-step').fill('周五发两套方案对比');
    await panel.getByTestId('outcome-stage').selectOption('met');
    await panel.getByTestId('outcome-certainty').selectOption('committed');
    await panel.getByTestId('outcome-save').click();
    await expect
      .poll(async () => (await mine(panel))[0])
      .toMatchObject({ stage: 'met', certainty: 'committed', nextStep: '周五发两套方案对比' });
    expect((await mine(panel))[0]?.meeting?.outcome).toMatchObject({ learnt: '下月有 50 万定期到期', objections: '担心波动' });
    const contacts = (await readStore<{ clientId: string; date: string; channel: string; note: string }>(panel, 'contacts')).filter(
      (c) => c.clientId === client.clientNo,
    );
    // Held tomorrow per plan but recorded today: the log holds no future date.
    expect(contacts).toEqual([
      expect.objectContaining({
        date: '2026-12-02',
        channel: 'visit',
        note: '了解到：下月有 50 万定期到期\n异议：担心波动\n下一步：周五发两套方案对比',
      }),
    ]);
    await panel.locator('[data-testid="contacts-section"] > summary').click();
    await expect.poll(() => panel.getByTestId('contact').first().textContent()).toContain('下月有 50 万定期到期');
    expect(await panel.getByTestId('meeting-summary').textContent()).toContain('已记录面谈结果');
    await panel.close();
    await crm.close();
  });
});
