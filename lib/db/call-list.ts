/**
 * What today's call list is computed from (lib/book/call-list.ts orders it), read with indexes only: the coming
 * days' meetings, the follow-ups due, open deals expected by the week's end, new clients, the stickiest clients of
 * the "work this week" cells and the familiar clients longest without contact — each a range of an index, none a
 * scan of the book or the log — and today's figures, for whether the RM is behind and which indicators are at zero.
 */
import {
  type CallListInputs,
  clientKey,
  DEAL_LOOKBACK_DAYS,
  FIRST_MONTH_DAYS,
  FOLLOW_UP_LOOKBACK_DAYS,
  MEETING_DAYS_AHEAD,
  REVIEW_AFTER_DAYS,
  REVIEW_LIMIT,
  STICKY_CELLS,
  STICKY_LIMIT,
} from '../book/call-list';
import { type ClientSummary, ClientSummarySchema } from '../book/summary';
import { addDays, type IsoDate } from '../calendar/dates';
import { lastOfMonth, monthOf, shiftMonth, workingDaysOfMonth } from '../calendar/working-days';
import { notOpenedIndicators } from '../pacing/figures';
import { planMonth } from '../pacing/plan';
import { pacingSnapshot } from '../pacing/snapshot';
import type { PacingPolicy } from '../pacing/targets';
import { parseEach } from '../parse-each';
import { DealSchema } from '../pipeline';
import { guardedWrite } from '../storage-errors';
import type { PacerDB } from './database';
import { meetingsBetween } from './deals';
import { loadPacingInputs } from './pacing';

const OPEN_STAGES = ['invited', 'meeting', 'met'] as const;
/** Sticky candidates read per cell: enough to fill the list after those just called or not callable are passed over. */
const STICKY_READ = STICKY_LIMIT * 4;

async function openDealsExpected(db: PacerDB, from: IsoDate, to: IsoDate) {
  const rows = await Promise.all(
    OPEN_STAGES.map((s) => db.deals.where('[stage+expectedDate]').between([s, from], [s, to], true, true).toArray()),
  );
  return parseEach(DealSchema, rows.flat());
}

export async function callListInputs(db: PacerDB, today: IsoDate, policy: PacingPolicy): Promise<CallListInputs> {
  const pacing = await loadPacingInputs(db, today, policy);
  const snapshot = pacingSnapshot(pacing);
  const plan = planMonth(0, workingDaysOfMonth(monthOf(today), pacing.overrides), pacing.config.checkpoints);
  const week = plan.weeks[snapshot.weekIndex - 1];
  const weekEnd = week?.[week.length - 1] ?? today;
  const nextMonth = shiftMonth(monthOf(today), 1);
  const summaries = (rows: unknown[]) => parseEach(ClientSummarySchema, rows);
  const minKey = -Infinity;
  const maxKey = Number.POSITIVE_INFINITY;
  const [meetings, due, dealsDue, dealsNextMonth, newClients, sticky, review, snoozes] = await Promise.all([
    meetingsBetween(db, today, addDays(today, MEETING_DAYS_AHEAD)),
    db.clientSummaries.where('nextFollowUp').between(addDays(today, -FOLLOW_UP_LOOKBACK_DAYS), today, true, true).toArray().then(summaries),
    openDealsExpected(db, addDays(today, -DEAL_LOOKBACK_DAYS), weekEnd),
    snapshot.weekIndex >= 3 ? openDealsExpected(db, `${nextMonth}-01`, lastOfMonth(nextMonth)) : Promise.resolve([]),
    db.clientSummaries.where('openedOn').between(addDays(today, -FIRST_MONTH_DAYS), today, true, true).toArray().then(summaries),
    Promise.all(
      STICKY_CELLS.map((cell) =>
        db.clientSummaries.where('[cell+score]').between([cell, minKey], [cell, maxKey]).reverse().limit(STICKY_READ).toArray(),
      ),
    ).then((r) => summaries(r.flat())),
    db.clientSummaries
      .where('[band+lastContact]')
      .between(['high', ''], ['high', addDays(today, -REVIEW_AFTER_DAYS)], true, true)
      .limit(REVIEW_LIMIT * 3)
      .toArray()
      .then(summaries),
    db.bookSnoozes.where('until').above(today).toArray(),
  ]);
  const dealKeys = [
    ...new Map(
      [...meetings, ...dealsDue, ...dealsNextMonth].map((d) => [clientKey(d), [d.origin, d.clientId] as [string, string]]),
    ).values(),
  ];
  const dealClients = new Map<string, ClientSummary>();
  for (const s of summaries(await db.clientSummaries.bulkGet(dealKeys))) dealClients.set(clientKey(s), s);
  return {
    today,
    weekEnd,
    weekIndex: snapshot.weekIndex,
    behind: snapshot.indicators.some((f) => f.gap > 0),
    notOpened: notOpenedIndicators(snapshot.indicators),
    meetings,
    due,
    dealsDue,
    dealsNextMonth,
    dealClients,
    newClients,
    sticky,
    review,
    snoozed: new Set(snoozes.map((s) => clientKey(s))),
  };
}

/** Keeps the client off today's list until `until` (tomorrow, for "later"). */
export async function snoozeClient(db: PacerDB, client: { origin: string; clientId: string }, until: IsoDate): Promise<void> {
  await guardedWrite(() => db.bookSnoozes.put({ origin: client.origin, clientId: client.clientId, until }));
}
