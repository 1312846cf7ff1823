/**
 * Today's call list (今日联系): who to contact today and why, in the method's order, one reason each. First, when
 * an indicator is still at zero past the month's first working days, the list says so, as the popup does, and
 * names the stickiest clients on it to open the books with (METHOD §1: never sit at zero). Then a client is listed
 * once, under the first reason that applies:
 *  0. a meeting still to hold from today to MEETING_DAYS_AHEAD days on, in time order (METHOD §2: the meetings are
 *     where deals come from; the day before, one not yet reconfirmed says to reconfirm it today). A meeting stays
 *     listed when the client was contacted today or put off: it is an appointment, not a call to make;
 *  1. a follow-up due today or overdue by up to a month (oldest first; older ones: the board's overdue filter);
 *  2. a deal expected this week, or past its date this month (committed first, then by date);
 *  3. a new client inside the first-week/first-month rhythm (METHOD §5: a call within the hour of opening, a
 *     visit within 3 days, scenario service through the first month);
 *  4. when behind today's pacing gap, or an indicator is not opened yet: the stickiest clients of the "work this
 *     week" cells (familiar × positive first, by the grid's rank, highest familiarity first), never a resistant
 *     client or one sitting on losses;
 *  5. a familiar client not contacted for a month or more (the quarterly review; never contacted comes first);
 *  6. in weeks 3–4, clients whose deals are expected next month (they build next month's reservation).
 * Apart from meetings, nobody contacted today, and nobody snoozed, is listed.
 */
import { addDays, type IsoDate } from '../calendar/dates';
import type { ClientRef } from '../client/key';
import { allCells, cellStrategy } from '../grid';
import { type MeetingPlan, type MeetingReminder, meetingReminder, upcomingMeetings } from '../meeting';
import type { Indicator } from '../pacing/indicator';
import { CERTAINTIES, type Certainty, type Deal } from '../pipeline';
import { type ClientSummary, daysBetween, type PlacedCell } from './summary';

/** Sticky clients are offered only this many at once: a day has a limited number of calls. */
export const STICKY_LIMIT = 10;
export const REVIEW_LIMIT = 10;
/** A familiar client is due a review after this many days without contact (METHOD §3a: every 1–3 months). */
export const REVIEW_AFTER_DAYS = 30;
/** A client just called is not offered again as a sticky client before this many days. */
export const STICKY_REST_DAYS = 7;
export const FIRST_MONTH_DAYS = 30;
/** Past-due open deals older than this are the pipeline board's to clean up, not today's calls. */
export const DEAL_LOOKBACK_DAYS = 30;
/** Follow-ups missed longer ago than this are the board's overdue filter's, not today's calls. */
export const FOLLOW_UP_LOOKBACK_DAYS = 30;
/** Meetings are listed from today to this many days on: the coming week's, the span a meeting is prepared in. */
export const MEETING_DAYS_AHEAD = 6;
/** The not-opened notice names this many clients to start with: the first calls, not a second list. */
export const OPENING_STARTERS = 3;
/** The cells worked first when behind target: the grid's "work this week" cells, in its rank order. */
export const STICKY_CELLS: readonly PlacedCell[] = allCells()
  .filter((c) => c.priority === 'thisWeek')
  .sort((a, b) => a.rank - b.rank)
  .map((c) => `${c.band}.${c.sentiment}` as const);

type DealRef = Pick<Deal, 'id' | 'indicator' | 'amount' | 'certainty' | 'expectedDate' | 'stage'>;

export type CallReason =
  | { kind: 'meeting'; deal: DealRef; meeting: MeetingPlan; reminder: MeetingReminder }
  | { kind: 'followUp'; due: IsoDate; overdueDays: number }
  | { kind: 'deal'; deal: DealRef; pastDue: boolean }
  | { kind: 'newClient'; step: 'callNow' | 'visit' | 'firstMonth'; openedOn: IsoDate; days: number }
  /** `opening`: listed because an indicator is not opened yet while the RM is not behind (last month's surplus). */
  | { kind: 'sticky'; cell: PlacedCell; rank: number; why: 'behind' | 'opening' }
  | { kind: 'review'; lastContact: IsoDate | ''; days: number | null }
  | { kind: 'reservation'; deal: DealRef };

export interface CallItem {
  client: ClientRef;
  summary: ClientSummary;
  reason: CallReason;
}

/** Said first when an indicator is still at zero: which ones, and the clients on the list to open the books with. */
export interface NotOpenedNotice {
  /** Today's figures' not-opened indicators (lib/pacing/figures.ts notOpenedIndicators), as the popup says them. */
  indicators: readonly Indicator[];
  /** The first OPENING_STARTERS sticky clients on the list (familiar × positive first): the likeliest to say yes. */
  startWith: readonly CallItem[];
}

export interface CallList {
  /** First on the list, when it holds. */
  notOpened: NotOpenedNotice | null;
  items: CallItem[];
}

export interface CallListInputs {
  today: IsoDate;
  /** The pacing week's last day (the Friday, or the month's end). */
  weekEnd: IsoDate;
  /** 1-based pacing week of today. */
  weekIndex: number;
  /** Behind today's plan on at least one indicator. */
  behind: boolean;
  /** Indicators still at zero past the month's first working days (today's figures' `notOpened`). */
  notOpened: readonly Indicator[];
  /** Deals at "meeting set" whose meeting is from today to MEETING_DAYS_AHEAD days on. */
  meetings: readonly Deal[];
  /** Clients whose next follow-up is on or before today. */
  due: readonly ClientSummary[];
  /** Open deals expected from DEAL_LOOKBACK_DAYS ago to this week's end. */
  dealsDue: readonly Deal[];
  /** Open deals expected next month (only read in weeks 3–4). */
  dealsNextMonth: readonly Deal[];
  /** Summaries of the clients the deals (and meetings) are for. */
  dealClients: ReadonlyMap<string, ClientSummary>;
  /** Clients who opened their account in the last FIRST_MONTH_DAYS days. */
  newClients: readonly ClientSummary[];
  /** Candidates from STICKY_CELLS, stickiest first per cell. */
  sticky: readonly ClientSummary[];
  /** Familiar clients by last contact, oldest first. */
  review: readonly ClientSummary[];
  /** Clients snoozed past today. */
  snoozed: ReadonlySet<string>;
}

export const clientKey = (c: ClientRef) => `${c.origin}\u0000${c.clientId}`;
const certaintyOrder = (c: Certainty) => CERTAINTIES.indexOf(c);

export function callList(inputs: CallListInputs): CallList {
  const { today } = inputs;
  const out: CallItem[] = [];
  const listed = new Set<string>();
  const add = (s: ClientSummary | undefined, reason: CallReason) => {
    if (!s) return;
    const key = clientKey(s);
    if (listed.has(key)) return;
    if (reason.kind !== 'meeting' && (inputs.snoozed.has(key) || s.lastContact === today)) return;
    listed.add(key);
    out.push({ client: { origin: s.origin, clientId: s.clientId }, summary: s, reason });
  };

  // 0. The coming days' meetings, in time order (a client with two: the sooner).
  const lastMeetingDay = addDays(today, MEETING_DAYS_AHEAD);
  for (const d of upcomingMeetings(inputs.meetings, today).filter((d) => d.meeting!.date! <= lastMeetingDay))
    add(inputs.dealClients.get(clientKey(d)), {
      kind: 'meeting',
      deal: d,
      meeting: d.meeting!,
      reminder: meetingReminder(d.meeting, today),
    });

  // 1. Follow-ups due, the longest overdue first.
  const missedSince = addDays(today, -FOLLOW_UP_LOOKBACK_DAYS);
  for (const s of [...inputs.due]
    .filter((s) => s.nextFollowUp !== null && s.nextFollowUp <= today && s.nextFollowUp >= missedSince)
    .sort(byFollowUp))
    add(s, { kind: 'followUp', due: s.nextFollowUp!, overdueDays: daysBetween(s.nextFollowUp!, today) });

  // 2. Deals expected this week (or past their date), committed first.
  const lookback = addDays(today, -DEAL_LOOKBACK_DAYS);
  const deals = inputs.dealsDue.filter((d) => d.expectedDate >= lookback && d.expectedDate <= inputs.weekEnd).sort(byDeal);
  for (const d of deals) add(inputs.dealClients.get(clientKey(d)), { kind: 'deal', deal: d, pastDue: d.expectedDate < today });

  // 3. New clients in their first week and month.
  const fresh = inputs.newClients
    .filter((s) => s.openedOn !== null && s.openedOn <= today && daysBetween(s.openedOn, today) <= FIRST_MONTH_DAYS)
    .map((s) => ({ s, step: rhythmStep(s, today) }))
    .filter((x): x is { s: ClientSummary; step: 'callNow' | 'visit' | 'firstMonth' } => x.step !== null)
    .sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step) || b.s.openedOn!.localeCompare(a.s.openedOn!));
  for (const { s, step } of fresh) add(s, { kind: 'newClient', step, openedOn: s.openedOn!, days: daysBetween(s.openedOn!, today) });

  // 4. Behind plan or not opened: the stickiest open clients, never a resistant one or one sitting on losses.
  if (inputs.behind || inputs.notOpened.length > 0) {
    const rested = addDays(today, -STICKY_REST_DAYS);
    let n = 0;
    const sticky = inputs.sticky
      .filter((s) => s.cell !== 'unplaced' && STICKY_CELLS.includes(s.cell) && isSalesCallable(s) && !(s.lastContact > rested))
      .sort((a, b) => rankOf(a) - rankOf(b) || (b.score ?? 0) - (a.score ?? 0) || a.lastContact.localeCompare(b.lastContact));
    for (const s of sticky) {
      if (n >= STICKY_LIMIT) break;
      const before = out.length;
      add(s, { kind: 'sticky', cell: s.cell as PlacedCell, rank: rankOf(s), why: inputs.behind ? 'behind' : 'opening' });
      if (out.length > before) n++;
    }
  }

  // 5. Familiar clients due their review.
  const reviewBy = addDays(today, -REVIEW_AFTER_DAYS);
  let reviews = 0;
  for (const s of [...inputs.review]
    .filter((s) => s.band === 'high' && s.lastContact <= reviewBy)
    .sort((a, b) => a.lastContact.localeCompare(b.lastContact))) {
    if (reviews >= REVIEW_LIMIT) break;
    const before = out.length;
    add(s, { kind: 'review', lastContact: s.lastContact, days: s.lastContact ? daysBetween(s.lastContact, today) : null });
    if (out.length > before) reviews++;
  }

  // 6. Weeks 3–4: next month's deals build the reservation.
  if (inputs.weekIndex >= 3)
    for (const d of [...inputs.dealsNextMonth].sort(byDeal)) add(inputs.dealClients.get(clientKey(d)), { kind: 'reservation', deal: d });

  const notOpened = inputs.notOpened.length
    ? { indicators: inputs.notOpened, startWith: out.filter((x) => x.reason.kind === 'sticky').slice(0, OPENING_STARTERS) }
    : null;
  return { notOpened, items: out };
}

const STEPS = ['callNow', 'visit', 'firstMonth'] as const;

/** Where a new client stands in the first-week/first-month rhythm today; null when nothing is due. */
export function rhythmStep(
  s: Pick<ClientSummary, 'openedOn' | 'lastContact' | 'lastVisit'>,
  today: IsoDate,
): (typeof STEPS)[number] | null {
  if (!s.openedOn) return null;
  const days = daysBetween(s.openedOn, today);
  if (days < 0 || days > FIRST_MONTH_DAYS) return null;
  const contacted = s.lastContact !== '' && s.lastContact >= s.openedOn;
  const visited = s.lastVisit !== '' && s.lastVisit >= s.openedOn;
  if (!contacted && days === 0) return 'callNow';
  if (!visited && days <= 3) return 'visit';
  // Scenario service through the first month: in touch at least weekly.
  if (!contacted || daysBetween(s.lastContact, today) >= 7) return 'firstMonth';
  return null;
}

/** A sales call fits: not resisting, not sitting on losses (METHOD §3a: those calls breed bad calls). */
export function isSalesCallable(s: Pick<ClientSummary, 'sentiment' | 'sittingOnLosses'>): boolean {
  return s.sentiment !== 'resistant' && !s.sittingOnLosses;
}

function rankOf(s: ClientSummary): number {
  if (!s.band || !s.sentiment) return 10;
  return cellStrategy(s.band, s.sentiment).rank;
}

function byFollowUp(a: ClientSummary, b: ClientSummary): number {
  return (a.nextFollowUp ?? '').localeCompare(b.nextFollowUp ?? '') || a.clientId.localeCompare(b.clientId);
}

function byDeal(a: Deal, b: Deal): number {
  return certaintyOrder(a.certainty) - certaintyOrder(b.certainty) || a.expectedDate.localeCompare(b.expectedDate) || b.amount - a.amount;
}
