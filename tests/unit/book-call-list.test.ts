/** Today's call list ordering rules (lib/book/call-list.ts), on summaries built for each rule. */
import { describe, expect, it } from 'vitest';
import { type CallListInputs, callList, clientKey, MEETING_DAYS_AHEAD, rhythmStep, STICKY_CELLS } from '@/lib/book/call-list';
import type { ClientSummary } from '@/lib/book/summary';
import { BUILTIN_CALENDAR } from '@/lib/calendar/cn-holidays';
import { MeetingPlanSchema } from '@/lib/meeting';
import { notOpenedIndicators } from '@/lib/pacing/figures';
import { pacingSnapshot } from '@/lib/pacing/snapshot';
import { DEFAULT_INDICATORS, DEFAULT_PACING_CONFIG } from '@/lib/pacing/targets';
import { type Deal, newDeal } from '@/lib/pipeline';
import { clientNo, ORIGIN, summaryOf } from './support/book-summary';

const origin = ORIGIN;
const TODAY = '2026-11-18';
const cid = clientNo;
const s = summaryOf;
const placed = (band: 'high' | 'mid' | 'low', sentiment: 'positive' | 'neutral' | 'resistant', score: number) => ({
  band,
  sentiment,
  score,
  cell: `${band}.${sentiment}` as const,
});
function inputs(patch: Partial<CallListInputs>): CallListInputs {
  return {
    today: TODAY,
    weekEnd: '2026-11-20',
    weekIndex: 3,
    behind: true,
    notOpened: [],
    meetings: [],
    due: [],
    dealsDue: [],
    dealsNextMonth: [],
    dealClients: new Map(),
    newClients: [],
    sticky: [],
    review: [],
    snoozed: new Set(),
    ...patch,
  };
}
const ids = (xs: readonly { client: { clientId: string } }[]) => xs.map((x) => Number(x.client.clientId.slice(-2)));
/** A deal at "meeting set" with its plan. */
function meeting(n: number, plan: Record<string, unknown>, stage: Deal['stage'] = 'meeting'): Deal {
  return { ...newDeal({ id: `m${n}`, origin, clientId: cid(n), today: TODAY, now: 1 }), stage, meeting: MeetingPlanSchema.parse(plan) };
}
const clients = (...xs: ClientSummary[]) => new Map(xs.map((x) => [clientKey(x), x]));
const [investment, , deposit] = DEFAULT_INDICATORS as [(typeof DEFAULT_INDICATORS)[number], unknown, (typeof DEFAULT_INDICATORS)[number]];

describe('today’s call list', () => {
  it('follow-ups first (longest overdue first), then this week’s deals committed first, then new clients', () => {
    const c = [s(1, { nextFollowUp: TODAY }), s(2, { nextFollowUp: '2026-11-10' }), s(3), s(4), s(5, { openedOn: TODAY })];
    const deal = (n: number, certainty: 'committed' | 'thinking', expectedDate: string) => ({
      ...newDeal({ id: `d${n}`, origin, clientId: cid(n), today: TODAY, now: 1 }),
      certainty,
      expectedDate,
    });
    const list = callList(
      inputs({
        due: [c[0]!, c[1]!],
        dealsDue: [deal(3, 'thinking', '2026-11-19'), deal(4, 'committed', '2026-11-20')],
        dealClients: new Map([c[2]!, c[3]!].map((x) => [clientKey(x), x])),
        newClients: [c[4]!],
      }),
    ).items;
    expect(ids(list)).toEqual([2, 1, 4, 3, 5]);
    expect(list.map((x) => x.reason.kind)).toEqual(['followUp', 'followUp', 'deal', 'deal', 'newClient']);
    expect(list[0]!.reason).toEqual({ kind: 'followUp', due: '2026-11-10', overdueDays: 8 });
  });

  it('behind plan: sticky clients by the grid’s rank and familiarity, never resistant, sitting on losses or just called', () => {
    const sticky = [
      s(1, { ...placed('mid', 'positive', 5) }),
      s(2, { ...placed('high', 'neutral', 9) }),
      s(3, { ...placed('high', 'positive', 6) }),
      s(4, { ...placed('high', 'positive', 8) }),
      s(5, { ...placed('high', 'positive', 9), sittingOnLosses: true }),
      s(6, { ...placed('high', 'positive', 9), lastContact: '2026-11-15' }),
      s(7, { ...placed('high', 'resistant', 9) }),
    ];
    expect(STICKY_CELLS).toEqual(['high.positive', 'high.neutral', 'mid.positive']);
    expect(ids(callList(inputs({ sticky })).items)).toEqual([4, 3, 2, 1]);
    expect(callList(inputs({ sticky, behind: false }))).toEqual({ notOpened: null, items: [] });
  });

  it('reviews familiar clients a month or more without contact, never-contacted first; reservation only in weeks 3–4', () => {
    const review = [
      s(1, { ...placed('high', 'neutral', 7), lastContact: '2026-09-01' }),
      s(2, { ...placed('high', 'neutral', 7), lastContact: '' }),
      s(3, { ...placed('high', 'neutral', 7), lastContact: '2026-11-01' }),
    ];
    const next = { ...newDeal({ id: 'n', origin, clientId: cid(9), today: TODAY, now: 1 }), expectedDate: '2026-12-03' };
    const client9 = s(9);
    const base = { review, dealsNextMonth: [next], dealClients: new Map([[clientKey(client9), client9]]), behind: false };
    const list = callList(inputs(base)).items;
    expect(ids(list)).toEqual([2, 1, 9]);
    expect(list[1]!.reason).toEqual({ kind: 'review', lastContact: '2026-09-01', days: 78 });
    expect(ids(callList(inputs({ ...base, weekIndex: 2 })).items)).toEqual([2, 1]);
  });

  it('one line per client, nobody contacted today, nobody snoozed', () => {
    const a = s(1, { nextFollowUp: '2026-11-17', ...placed('high', 'positive', 9) });
    const b = s(2, { nextFollowUp: TODAY, lastContact: TODAY });
    const c = s(3, { nextFollowUp: TODAY });
    const list = callList(inputs({ due: [a, b, c], sticky: [a], snoozed: new Set([clientKey(c)]) })).items;
    expect(ids(list)).toEqual([1]);
  });

  it('new clients: a call the day they open, a visit within three days, weekly contact through the first month', () => {
    expect(rhythmStep({ openedOn: TODAY, lastContact: '', lastVisit: '' }, TODAY)).toBe('callNow');
    expect(rhythmStep({ openedOn: TODAY, lastContact: TODAY, lastVisit: '' }, TODAY)).toBe('visit');
    expect(rhythmStep({ openedOn: '2026-11-15', lastContact: '2026-11-15', lastVisit: '' }, TODAY)).toBe('visit');
    expect(rhythmStep({ openedOn: '2026-11-14', lastContact: '2026-11-14', lastVisit: '' }, TODAY)).toBeNull();
    expect(rhythmStep({ openedOn: '2026-11-01', lastContact: '2026-11-05', lastVisit: '2026-11-02' }, TODAY)).toBe('firstMonth');
    expect(rhythmStep({ openedOn: '2026-10-01', lastContact: '', lastVisit: '' }, TODAY)).toBeNull();
  });

  it('meetings first, today’s before tomorrow’s and in time order; the day before, one not reconfirmed says so', () => {
    const c = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => s(n));
    c[2] = s(3, { lastContact: TODAY }); // called this morning: the meeting still stands
    c[1] = s(2, { nextFollowUp: TODAY }); // also due a follow-up: one line, the meeting's
    const list = callList(
      inputs({
        meetings: [
          meeting(1, { date: '2026-11-19', time: '09:00', place: '城东支行' }),
          meeting(2, { date: TODAY, time: '15:00' }),
          meeting(3, { date: TODAY, time: '10:00', reconfirmed: true }),
          meeting(4, { date: '2026-11-20', time: '09:00' }),
          meeting(5, { date: '2026-11-19', time: '11:00', reconfirmed: true }),
          meeting(6, { date: '2026-11-25', time: '09:00' }), // past the coming week
          meeting(7, { date: TODAY, outcome: { learnt: '已谈', objections: '', nextStep: '', recordedAt: 1 } }),
          meeting(8, { date: '2026-11-17' }), // yesterday's
          meeting(9, { date: '2026-11-19' }, 'met'), // moved on: no meeting set any more
        ],
        dealClients: clients(...c),
        due: [c[1]!, s(10, { nextFollowUp: TODAY })],
        snoozed: new Set([clientKey(c[3]!)]),
        behind: false,
      }),
    ).items;
    expect(MEETING_DAYS_AHEAD).toBe(6);
    expect(list.map((x) => [Number(x.client.clientId.slice(-2)), x.reason.kind, x.reason.kind === 'meeting' && x.reason.reminder])).toEqual(
      [
        [3, 'meeting', 'today'],
        [2, 'meeting', 'today'],
        [1, 'meeting', 'reconfirm'],
        [5, 'meeting', null],
        [4, 'meeting', null],
        [10, 'followUp', false],
      ],
    );
    const first = list[2]!.reason;
    expect(first.kind === 'meeting' && [first.deal.id, first.meeting.date, first.meeting.time, first.meeting.place]).toEqual([
      'm1',
      '2026-11-19',
      '09:00',
      '城东支行',
    ]);
    // The day before is tomorrow's calendar date, as on the card and in the popup: on a Friday, Saturday's meeting.
    const friday = callList(
      inputs({
        today: '2026-11-20',
        meetings: [meeting(1, { date: '2026-11-21', time: '10:00' }), meeting(2, { date: '2026-11-23', time: '10:00' })],
        dealClients: clients(c[0]!, c[1]!),
        behind: false,
      }),
    ).items;
    expect(friday.map((x) => x.reason.kind === 'meeting' && x.reason.reminder)).toEqual(['reconfirm', null]);
  });

  it('an indicator still at zero is said first, with the stickiest clients on the list to open the books with', () => {
    const sticky = [
      s(1, { ...placed('mid', 'positive', 5) }),
      s(2, { ...placed('high', 'neutral', 9) }),
      s(3, { ...placed('high', 'positive', 6) }),
      s(4, { ...placed('high', 'positive', 8) }),
      s(5, { ...placed('high', 'resistant', 9) }),
    ];
    const due = [s(9, { nextFollowUp: TODAY })];
    const behind = callList(inputs({ sticky, due, notOpened: [deposit] }));
    expect(behind.notOpened?.indicators).toEqual([deposit]);
    expect(ids(behind.notOpened!.startWith)).toEqual([4, 3, 2]);
    expect(ids(behind.items)).toEqual([9, 4, 3, 2, 1]);
    expect(behind.items.map((x) => x.reason.kind === 'sticky' && x.reason.why)).toEqual([false, 'behind', 'behind', 'behind', 'behind']);

    // Not behind (last month's surplus covers today's plan) but nothing of this month's own yet: still the sticky ones.
    const covered = callList(inputs({ sticky, notOpened: [investment, deposit], behind: false }));
    expect(covered.notOpened?.indicators.map((i) => i.id)).toEqual(['investment', 'deposit']);
    expect(covered.items.map((x) => x.reason.kind === 'sticky' && x.reason.why)).toEqual(['opening', 'opening', 'opening', 'opening']);

    // Nothing at zero: no notice.
    expect(callList(inputs({ sticky, due })).notOpened).toBeNull();
    // At zero with nobody sticky to call: the notice alone says it.
    expect(callList(inputs({ due, notOpened: [deposit] })).notOpened).toEqual({ indicators: [deposit], startWith: [] });
  });

  it('the notice holds when today’s figures say so, as in the popup: from the third working day, until the first business', () => {
    const WAN = 1_000_000;
    const targets = [
      { month: '2026-12', indicator: 'investment', value: 100 * WAN, updatedAt: 1 },
      { month: '2026-12', indicator: 'deposit', value: 100 * WAN, updatedAt: 1 },
    ];
    const wonOn = (indicator: string, date: string): Deal => ({
      ...newDeal({ id: `w-${indicator}`, origin, clientId: cid(1), today: date, now: 1, indicator }),
      amount: 5 * WAN,
      stage: 'won',
      closedAt: new Date(`${date}T10:00:00`).getTime(),
    });
    const notice = (today: string, wonDeals: Deal[]) => {
      const snapshot = pacingSnapshot({
        today,
        config: DEFAULT_PACING_CONFIG,
        policy: {},
        targets,
        manual: [],
        wonDeals,
        openDeals: [],
        overrides: new Map(),
        calendar: BUILTIN_CALENDAR,
      });
      return (
        callList(inputs({ today, notOpened: notOpenedIndicators(snapshot.indicators) })).notOpened?.indicators.map((i) => i.id) ?? null
      );
    };
    const investmentWon = [wonOn('investment', '2026-12-01')];
    expect(notice('2026-12-02', investmentWon)).toBeNull(); // the month's second working day: too early to say
    expect(notice('2026-12-03', investmentWon)).toEqual(['deposit']);
    expect(notice('2026-12-03', [...investmentWon, wonOn('deposit', '2026-12-02')])).toBeNull(); // every indicator has a figure
    // Past week 1 the popup still says it until the first business: so does the list.
    expect(notice('2026-12-15', investmentWon)).toEqual(['deposit']);
  });
});
