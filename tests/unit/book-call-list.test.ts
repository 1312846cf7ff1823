/** Today's call list ordering rules (lib/book/call-list.ts), on summaries built for each rule. */
import { describe, expect, it } from 'vitest';
import { type CallListInputs, callList, clientKey, rhythmStep, STICKY_CELLS } from '@/lib/book/call-list';
import { type ClientSummary, summarise } from '@/lib/book/summary';
import { emptyRecord } from '@/lib/client/record';
import { newDeal } from '@/lib/pipeline';

const origin = 'http://127.0.0.1:8808';
const TODAY = '2026-11-18';
const cid = (n: number) => `88${String(n).padStart(8, '0')}`;
function s(n: number, patch: Partial<ClientSummary> = {}): ClientSummary {
  const clientId = cid(n);
  const base = summarise({
    client: { origin, clientId },
    record: emptyRecord({ origin, clientId }, 1),
    sentiments: [],
    contacts: [],
    contactCount: 0,
    deals: [],
    demo: false,
  })!;
  return { ...base, ...patch };
}
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
const ids = (xs: { client: { clientId: string } }[]) => xs.map((x) => Number(x.client.clientId.slice(-2)));

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
    );
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
    expect(ids(callList(inputs({ sticky })))).toEqual([4, 3, 2, 1]);
    expect(callList(inputs({ sticky, behind: false }))).toEqual([]);
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
    const list = callList(inputs(base));
    expect(ids(list)).toEqual([2, 1, 9]);
    expect(list[1]!.reason).toEqual({ kind: 'review', lastContact: '2026-09-01', days: 78 });
    expect(ids(callList(inputs({ ...base, weekIndex: 2 })))).toEqual([2, 1]);
  });

  it('one line per client, nobody contacted today, nobody snoozed', () => {
    const a = s(1, { nextFollowUp: '2026-11-17', ...placed('high', 'positive', 9) });
    const b = s(2, { nextFollowUp: TODAY, lastContact: TODAY });
    const c = s(3, { nextFollowUp: TODAY });
    const list = callList(inputs({ due: [a, b, c], sticky: [a], snoozed: new Set([clientKey(c)]) }));
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
});
