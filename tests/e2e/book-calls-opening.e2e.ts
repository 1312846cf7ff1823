/**
 * Today's call list in week 1, in real Chromium on a fixed day (Thursday 2026-12-03, the month's third working day):
 * the deposit target is still at zero, so the list says so first, as the popup does, and names the stickiest client
 * to open the books with; tomorrow's meeting, not yet reconfirmed, comes before the routine calls and says to
 * reconfirm it today; its row opens the client's card, where ticking "reconfirmed" takes the reminder off the list.
 */
import type { Page } from 'playwright-core';
import { emptyRecord } from '../../lib/client/record';
import { seedBook } from './support/book';
import { unfold } from './support/card';
import { at, WAN } from './support/deals';
import { describe, expect, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

const TODAY = '2026-12-03';
const id = (n: number) => `88000002${String(n).padStart(2, '0')}`;
const MEETING = id(1);
const STICKY = id(2);
const FOLLOW_UP = id(3);

function client(origin: string, n: number, name: string, override: number) {
  const r = emptyRecord({ origin, clientId: id(n) }, at('2026-01-05'));
  return { ...r, familiarity: { signals: [], override }, rung: 5, profile: { ...r.profile, name } };
}
const sentiment = (origin: string, n: number, s: string) => ({
  origin,
  clientId: id(n),
  sentiment: s,
  source: 'panel',
  at: at('2026-06-01') + n,
});
const contact = (origin: string, n: number, date: string, next: string | null) => ({
  origin,
  clientId: id(n),
  date,
  channel: 'phone',
  purpose: 'routine',
  note: '',
  nextFollowUp: next,
  at: at(date),
});
function deal(origin: string, n: number, extra: Record<string, unknown>) {
  return {
    id: `d${n}`,
    origin,
    clientId: id(n),
    indicator: 'deposit',
    amount: 50 * WAN,
    certainty: 'thinking',
    stage: 'invited',
    expectedDate: '2026-12-11',
    nextStep: '',
    createdAt: at('2026-11-25'),
    updatedAt: at('2026-11-25'),
    closedAt: null,
    ...extra,
  };
}

function book(origin: string) {
  return {
    clients: [client(origin, 1, '陈明', 4), client(origin, 2, '王建国', 8), client(origin, 3, '李秀英', 5)],
    sentimentEvents: [sentiment(origin, 1, 'neutral'), sentiment(origin, 2, 'positive'), sentiment(origin, 3, 'neutral')],
    contacts: [contact(origin, 1, '2026-11-26', null), contact(origin, 2, '2026-11-10', null), contact(origin, 3, '2026-11-26', TODAY)],
    deals: [
      deal(origin, 1, {
        stage: 'meeting',
        meeting: {
          objective: '介绍大额存单',
          date: '2026-12-04',
          time: '14:30',
          place: '城东支行贵宾室',
          kind: 'regular',
          team: [],
          questions: [],
          documents: [],
          preparation: '',
          reconfirmed: false,
          outcome: null,
        },
      }),
      // This month's investment is opened (won on the 1st); the deposit target is still at zero.
      deal(origin, 2, { indicator: 'investment', amount: 5 * WAN, stage: 'won', expectedDate: '2026-12-01', closedAt: at('2026-12-01') }),
    ],
  };
}
const TARGETS = [
  { month: '2026-12', indicator: 'investment', value: 100 * WAN, updatedAt: 1 },
  { month: '2026-12', indicator: 'deposit', value: 100 * WAN, updatedAt: 1 },
];

const row = (page: Page, clientId: string) => page.locator(`[data-testid="call-item"][data-client-id="${clientId}"]`);

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(new Date(`${TODAY}T09:30:00`));
});

describe('today’s call list in week 1', () => {
  test('says first that the deposit target is not opened, then tomorrow’s meeting to reconfirm, which opens its card', async ({
    pacer,
  }) => {
    const page = await pacer.extensionWindow('book.html#calls');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    await seedBook(page, book(new URL(pacer.crmUrl).origin));
    await putRows(page, 'targets', TARGETS);
    await page.reload();
    const calls = page.getByTestId('call-list');
    await expect.poll(() => calls.getAttribute('data-ready')).toBe('true');

    // First, right under the list's heading and above every row: not opened yet, and which indicator.
    expect(await calls.evaluate((el) => [...el.children].map((c) => c.getAttribute('data-testid') ?? c.className).slice(0, 2))).toEqual([
      'book-table__head',
      'not-opened',
    ]);
    expect(
      await calls
        .locator('[data-testid="not-opened"], [data-testid="call-item"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-client-id') ?? e.getAttribute('data-testid'))),
    ).toEqual(['not-opened', MEETING, FOLLOW_UP, STICKY]);
    const notice = calls.getByTestId('not-opened');
    expect(await notice.getByTestId('not-opened-title').textContent()).toBe('还没开单：存款');
    expect(await notice.locator('p').first().textContent()).toBe('第一周先开单：从最熟悉、最积极的客户开始，不要等到月中着急。');
    // Whom to open the books with: the familiar, positive client the list calls for it.
    expect(await notice.getByTestId('not-opened-start').textContent()).toBe('从这几位开始：王建国');
    expect(await row(page, STICKY).getByTestId('call-reason').textContent()).toBe(
      '落后今日进度：熟悉 · 积极，粘性最高、成交最快（第 1 优先）',
    );

    // Tomorrow's meeting, above the follow-up due today: who, when and where, and to reconfirm it today.
    const meeting = row(page, MEETING);
    expect(await meeting.getAttribute('data-reason')).toBe('meeting');
    expect(await meeting.getByTestId('call-name').textContent()).toBe('陈明');
    expect(await meeting.getByTestId('meeting-summary').locator('> span').first().textContent()).toBe(
      '面谈 12月4日 14:30 · 城东支行贵宾室 · 常规面谈 · 未再次确认',
    );
    expect(await meeting.getByTestId('meeting-reminder').textContent()).toBe('明天面谈：请与客户再次确认时间地点');
    expect(await meeting.getAttribute('data-reminder')).toBe('reconfirm');
    // An appointment is not put off to tomorrow.
    expect(await meeting.getByTestId('call-snooze').count()).toBe(0);
    expect(await row(page, FOLLOW_UP).getByTestId('call-reason').textContent()).toBe('跟进计划今天到期');
    await pacer.screenshot(page, 'book-calls-week1');

    // The meeting's row opens that client's card; reconfirmed there, the list's reminder goes.
    await meeting.getByTestId('call-open').click();
    const card = page.getByTestId('book-card');
    await expect.poll(() => card.getByTestId('client-id').textContent()).toBe(MEETING);
    await unfold(page, 'pipeline-section');
    await card.getByTestId('deal-edit').click();
    await card.getByTestId('meeting-reconfirmed').check();
    await expect
      .poll(
        async () =>
          (await readStore<{ id: string; meeting?: { reconfirmed: boolean } }>(page, 'deals')).find((d) => d.id === 'd1')?.meeting,
      )
      .toMatchObject({ reconfirmed: true });
    await expect.poll(() => meeting.getAttribute('data-reminder')).toBe('');
    expect(await meeting.getByTestId('meeting-reminder').count()).toBe(0);
    await card.getByTestId('book-card-close').click();

    // The name in the notice opens the sticky client's card too.
    await notice.getByTestId('not-opened-client').click();
    await expect.poll(() => card.getByTestId('client-id').textContent()).toBe(STICKY);
    await page.close();
  });
});
