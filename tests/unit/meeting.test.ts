/** Meeting plans on deals: reminders, upcoming meetings, the outcome recorded in one transaction, default stages. */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { recentContacts } from '@/lib/db/clients';
import { PacerDB } from '@/lib/db/database';
import { addDeal, dealsForClient, meetingsBetween, recordMeetingOutcome, updateMeeting } from '@/lib/db/deals';
import {
  defaultStage,
  emptyMeetingPlan,
  type MeetingPlan,
  MeetingPlanSchema,
  meetingContact,
  meetingReminder,
  outcomeNote,
  upcomingMeetings,
} from '@/lib/meeting';
import { type Deal, DealSchema, newDeal } from '@/lib/pipeline';

const origin = 'http://127.0.0.1:8808';
const client = { origin, clientId: '8800000001' };
const names: string[] = [];
function fresh() {
  const name = `pacer-meeting-${Math.random()}`;
  names.push(name);
  return new PacerDB(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const plan = (over: Partial<MeetingPlan> = {}): MeetingPlan => ({ ...emptyMeetingPlan('2026-12-03'), ...over });
const deal = (id: string, over: Partial<Deal> = {}): Deal => ({
  ...newDeal({ id, ...client, today: '2026-12-01', now: 1 }),
  stage: 'meeting',
  meeting: plan(),
  ...over,
});
const headings = { learnt: '了解到：', objections: '异议：', nextStep: '下一步：' };

describe('a meeting plan', () => {
  it('has defaults for every field, and older deals without one still parse', () => {
    expect(emptyMeetingPlan(null)).toEqual({
      objective: '',
      date: null,
      time: null,
      place: '',
      kind: 'regular',
      team: [],
      questions: [],
      documents: [],
      preparation: '',
      reconfirmed: false,
      outcome: null,
    });
    const { meeting: _, ...older } = deal('old');
    expect(DealSchema.safeParse(older).success).toBe(true);
    expect(MeetingPlanSchema.safeParse({ time: '25:00' }).success).toBe(false);
    expect(MeetingPlanSchema.safeParse({ questions: Array.from({ length: 21 }, () => ({ question: 'q', answer: 'a' })) }).success).toBe(
      false,
    );
  });

  it('reminds the day before until reconfirmed, and on the day', () => {
    expect(meetingReminder(plan(), '2026-12-02')).toBe('reconfirm');
    expect(meetingReminder(plan({ reconfirmed: true }), '2026-12-02')).toBeNull();
    expect(meetingReminder(plan({ reconfirmed: true }), '2026-12-03')).toBe('today');
    expect(meetingReminder(plan(), '2026-12-01')).toBeNull();
    expect(meetingReminder(plan({ outcome: { learnt: 'x', objections: '', nextStep: '', recordedAt: 1 } }), '2026-12-03')).toBeNull();
    expect(meetingReminder(plan({ date: null }), '2026-12-02')).toBeNull();
  });

  it('lists meetings still to hold, soonest first', () => {
    const deals = [
      deal('later', { meeting: plan({ date: '2026-12-04', time: '09:00' }) }),
      deal('afternoon', { meeting: plan({ date: '2026-12-03', time: '15:00' }) }),
      deal('morning', { meeting: plan({ date: '2026-12-03', time: '09:30' }) }),
      deal('past', { meeting: plan({ date: '2026-11-30' }) }),
      deal('held', { meeting: plan({ outcome: { learnt: 'x', objections: '', nextStep: '', recordedAt: 1 } }) }),
      deal('moved-on', { stage: 'met' }),
    ];
    expect(upcomingMeetings(deals, '2026-12-01').map((d) => d.id)).toEqual(['morning', 'afternoon', 'later']);
  });

  it('goes into the log as a visit, or as an event the client came to; the note keeps only what was written', () => {
    expect(meetingContact('regular')).toEqual({ channel: 'visit', purpose: 'routine' });
    expect(meetingContact('salon')).toEqual({ channel: 'event', purpose: 'eventInvite' });
    expect(outcomeNote({ learnt: ' 孩子明年出国 ', objections: '', nextStep: '下周发方案' }, headings)).toBe(
      '了解到：孩子明年出国\n下一步：下周发方案',
    );
  });

  it('a new deal starts at "intent expressed" for a positive client, else as an invitation', () => {
    expect(defaultStage('positive')).toBe('met');
    expect(defaultStage('neutral')).toBe('invited');
    expect(defaultStage(null)).toBe('invited');
  });
});

describe('recording the outcome', () => {
  it('moves the deal, keeps the record on it, and logs the contact, in one transaction', async () => {
    const db = fresh();
    await addDeal(db, deal('d1', { nextStep: '约面谈' }));
    const entry = await recordMeetingOutcome(db, 'd1', {
      outcome: { learnt: '有 50 万下月到期', objections: '担心波动', nextStep: '周五发两套方案', recordedAt: 5 },
      stage: 'met',
      certainty: 'committed',
      heldOn: '2026-12-03',
      headings,
    });
    expect(entry).toMatchObject({
      date: '2026-12-03',
      channel: 'visit',
      note: '了解到：有 50 万下月到期\n异议：担心波动\n下一步：周五发两套方案',
    });
    const [d] = await dealsForClient(db, client);
    expect(d).toMatchObject({ stage: 'met', certainty: 'committed', nextStep: '周五发两套方案', updatedAt: 5, closedAt: null });
    expect(d?.meeting?.outcome?.learnt).toBe('有 50 万下月到期');
    expect((await recentContacts(db, client)).map((c) => c.note)).toEqual([entry?.note]);
    expect(await meetingsBetween(db, '2026-12-01', '2026-12-05')).toEqual([]);
    db.close();
  });

  it('writes nothing when the deal was deleted meanwhile, or when its row is damaged', async () => {
    const db = fresh();
    const r = {
      outcome: { learnt: 'x', objections: '', nextStep: '', recordedAt: 5 },
      stage: 'met' as const,
      certainty: 'thinking' as const,
      heldOn: '2026-12-03',
      headings,
    };
    expect(await recordMeetingOutcome(db, 'gone', r)).toBeNull();
    await db.deals.put({ ...deal('bad'), amount: -1 } as never);
    await expect(recordMeetingOutcome(db, 'bad', r)).rejects.toMatchObject({ messageKey: 'error.damagedRow' });
    expect(await recentContacts(db, client)).toEqual([]);
    db.close();
  });

  it('meetingsBetween reads today’s and tomorrow’s meetings across clients', async () => {
    const db = fresh();
    await addDeal(db, deal('a', { meeting: plan({ date: '2026-12-02' }) }));
    await addDeal(db, deal('b', { clientId: '8800000002', meeting: plan({ date: '2026-12-01', time: '10:00' }) }));
    await addDeal(db, deal('c', { meeting: plan({ date: '2026-12-09' }) }));
    expect((await meetingsBetween(db, '2026-12-01', '2026-12-02')).map((d) => d.id)).toEqual(['b', 'a']);
    db.close();
  });

  it('two fields of a plan saved at once keep each other (each change applies to the stored plan)', async () => {
    const db = fresh();
    await addDeal(db, deal('p', { meeting: undefined }));
    await Promise.all([
      updateMeeting(db, 'p', (m) => ({ ...m, objective: '介绍两款稳健产品' }), 2),
      updateMeeting(db, 'p', (m) => ({ ...m, date: '2026-12-03' }), 3),
      updateMeeting(db, 'p', (m) => ({ ...m, team: [...m.team, 'branchHead'] }), 4),
    ]);
    expect((await dealsForClient(db, client))[0]?.meeting).toMatchObject({
      objective: '介绍两款稳健产品',
      date: '2026-12-03',
      team: ['branchHead'],
    });
    db.close();
  });
});
