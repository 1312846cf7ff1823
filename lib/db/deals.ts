/** Reading and writing pipeline deals. Reads are parsed with zod: a damaged row is skipped, never shown wrong. */

import type { IsoDate } from '../calendar/dates';
import { type ContactEntry, ContactEntrySchema } from '../client/contact';
import type { ClientRef } from '../client/key';
import {
  emptyMeetingPlan,
  type MeetingOutcome,
  type MeetingPlan,
  meetingContact,
  outcomeNote,
  upcomingMeetings,
  withOutcome,
} from '../meeting';
import { parseEach } from '../parse-each';
import { type Certainty, type Deal, DealSchema, type DealStage } from '../pipeline';
import { guardedWrite } from '../storage-errors';
import { bookScope, keepSummary } from './book';
import type { PacerDB } from './database';
import { modifyRow } from './rows';

export async function dealsForClient(db: PacerDB, client: ClientRef): Promise<Deal[]> {
  const rows = await db.deals.where('[origin+clientId]').equals([client.origin, client.clientId]).toArray();
  return parseEach(DealSchema, rows).sort((a, b) => b.createdAt - a.createdAt);
}

export async function addDeal(db: PacerDB, deal: Deal): Promise<Deal> {
  const valid = DealSchema.parse(deal);
  await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      await db.deals.add(valid);
      await keepSummary(db, valid);
    }),
  );
  return valid;
}

/** Changes some fields of a deal; one deleted meanwhile (by another view) stays deleted, a damaged one is refused. */
export async function updateDeal(db: PacerDB, id: string, changes: Partial<Omit<Deal, 'id'>>, now: number): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const next = await modifyRow(db.deals, id, DealSchema, (deal) => deal && { ...deal, ...changes, updatedAt: now });
      if (next) await keepSummary(db, next);
    }),
  );
}

/**
 * Changes a deal's meeting plan as stored at that moment (an empty plan when it has none): fields saved one after
 * another, faster than the card re-renders, each keep the others.
 */
export async function updateMeeting(db: PacerDB, id: string, change: (plan: MeetingPlan) => MeetingPlan, now: number): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', db.deals, () =>
      modifyRow(
        db.deals,
        id,
        DealSchema,
        (deal) => deal && { ...deal, meeting: change(deal.meeting ?? emptyMeetingPlan(null)), updatedAt: now },
      ),
    ),
  );
}

export async function deleteDeal(db: PacerDB, id: string): Promise<Deal | null> {
  return guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const current = DealSchema.safeParse(await db.deals.get(id));
      await db.deals.delete(id);
      if (current.success) await keepSummary(db, current.data);
      return current.success ? current.data : null;
    }),
  );
}

export interface OutcomeRecord {
  outcome: MeetingOutcome;
  stage: DealStage;
  certainty: Certainty;
  /** The day the meeting was held (its planned date, or today when it had none). */
  heldOn: IsoDate;
  /** The headings the log entry's text uses, in the RM's language. */
  headings: Record<'learnt' | 'objections' | 'nextStep', string>;
}

/**
 * Records how a meeting went, in one transaction: the record on the deal with the stage and certainty the RM chose,
 * and an entry in the client's contact log. Both or neither: a log entry without its deal's record (or the other way
 * round) would tell two stories. Returns the log entry, for the ladder's offer.
 */
export async function recordMeetingOutcome(db: PacerDB, dealId: string, r: OutcomeRecord): Promise<ContactEntry | null> {
  return guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const deal = await modifyRow(db.deals, dealId, DealSchema, (d) =>
        d ? { ...d, ...withOutcome(d, r.outcome, r.stage, r.certainty), updatedAt: r.outcome.recordedAt } : null,
      );
      if (!deal) return null;
      const kind = deal.meeting?.kind ?? 'regular';
      const entry = ContactEntrySchema.parse({
        origin: deal.origin,
        clientId: deal.clientId,
        date: r.heldOn,
        ...meetingContact(kind),
        note: outcomeNote(r.outcome, r.headings),
        nextFollowUp: null,
        at: r.outcome.recordedAt,
      });
      const seq = await db.contacts.add(entry);
      await keepSummary(db, deal);
      return { ...entry, seq: Number(seq) };
    }),
  );
}

/** Meetings still to hold from `from` to `to` (inclusive), soonest first: read through the stage index only. */
export async function meetingsBetween(db: PacerDB, from: IsoDate, to: IsoDate): Promise<Deal[]> {
  const rows = await db.deals.where('stage').equals('meeting').toArray();
  return upcomingMeetings(parseEach(DealSchema, rows), from).filter((d) => d.meeting!.date! <= to);
}
