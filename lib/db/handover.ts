/**
 * Handing clients over, on the database: the chosen clients with what goes with them, and a handover file taken
 * into the successor's book in one transaction. The successor's evidence starts at "just handed over, never
 * contacted": their contact log stays empty and their familiarity has only that signal; the previous RM's
 * notes, rung, familiarity, log and closed deals are kept on the record as theirs (`handover`). Open deals move
 * into the successor's pipeline. Importing the same file again adds nothing (`fileId`).
 */

import { ContactEntrySchema } from '../client/contact';
import { type ClientRecord, ClientRecordSchema, emptyRecord, MAX_HANDOVER_CONTACTS, MAX_MEMORY_POINTS } from '../client/record';
import { effectiveScore } from '../familiarity';
import { closedDeal, type HandoverClient, type HandoverFile } from '../handover/file';
import { mergeProfile, type ProfilePatch } from '../import/rows';
import { parseEach } from '../parse-each';
import { type Deal, DealSchema } from '../pipeline';
import { type Sentiment, SentimentEventSchema } from '../sentiment';
import { guardedWrite } from '../storage-errors';
import { bookScope, keepSummaries } from './book';
import type { PacerDB } from './database';
import { keepUnknown } from './rows';

const key = (origin: string, clientId: string) => `${origin} ${clientId}`;

/** The clients `pick` chooses (given each one's current sentiment), as a handover file carries them. */
export async function handoverClients(
  db: PacerDB,
  pick: (c: ClientRecord, sentiment: Sentiment | null) => boolean,
): Promise<HandoverClient[]> {
  return db.transaction('r', [db.clients, db.contacts, db.deals, db.sentimentEvents], async () => {
    const sentiments = new Map<string, Sentiment>();
    for (const e of parseEach(SentimentEventSchema, await db.sentimentEvents.orderBy('at').toArray()))
      sentiments.set(key(e.origin, e.clientId), e.sentiment);
    const chosen = parseEach(ClientRecordSchema, await db.clients.toArray()).filter((c) =>
      pick(c, sentiments.get(key(c.origin, c.clientId)) ?? null),
    );
    const out: HandoverClient[] = [];
    for (const c of chosen) {
      const contacts = parseEach(
        ContactEntrySchema,
        await db.contacts
          .where('[origin+clientId+date]')
          .between([c.origin, c.clientId, ''], [c.origin, c.clientId, '\uffff'])
          .reverse()
          .limit(MAX_HANDOVER_CONTACTS)
          .toArray(),
      );
      const deals = parseEach(DealSchema, await db.deals.where('[origin+clientId]').equals([c.origin, c.clientId]).toArray());
      out.push({
        origin: c.origin,
        clientId: c.clientId,
        profile: c.profile,
        memoryPoints: c.memoryPoints,
        resistance: c.resistance,
        rung: c.rung,
        familiarity: effectiveScore(c.familiarity)?.score ?? null,
        contacts: contacts.map(({ date, channel, purpose, note }) => ({ date, channel, purpose, note })),
        deals: deals.slice(0, 100),
      });
    }
    return out;
  });
}

export interface HandoverOutcome {
  added: number;
  /** Clients the receiver already had: only their empty fields were filled. */
  existing: number;
  /** Clients this file brought before: nothing done. */
  already: number;
  deals: number;
}

const isOpen = (d: Deal) => d.stage !== 'won' && d.stage !== 'lost';
/** The receiver's copy of an open deal: one id per file and deal, so a second import finds it. */
const dealId = (fileId: string, id: string) => `ho-${fileId.slice(0, 24)}-${id}`.slice(0, 64);

function facts(c: HandoverClient): ProfilePatch {
  const { name, gender, age, birthDate, openedOn, assets, assetsOn, products } = c.profile;
  return { name, gender, age, birthDate, openedOn, assets, assetsOn, products };
}

async function plan(db: PacerDB, file: HandoverFile, now: number) {
  const stored: unknown[] = await db.clients.bulkGet(file.clients.map((c) => [c.origin, c.clientId] as [string, string]));
  const outcome: HandoverOutcome = { added: 0, existing: 0, already: 0, deals: 0 };
  const puts: unknown[] = [];
  const deals: Deal[] = [];
  const note = (c: HandoverClient) => ({
    fileId: file.fileId,
    from: file.from,
    branch: file.branch,
    at: file.createdAt,
    rung: c.rung,
    familiarity: c.familiarity,
    communication: c.profile.communication,
    followUp: c.profile.followUp,
    contacts: c.contacts,
    deals: c.deals.filter((d) => !isOpen(d)).map(closedDeal),
  });
  file.clients.forEach((c, i) => {
    const raw = stored[i];
    const parsed = raw === undefined ? null : ClientRecordSchema.safeParse(raw);
    if (parsed && !parsed.success) return; // a damaged record is never computed over
    const mine = parsed?.data ?? null;
    if (mine?.handover?.fileId === file.fileId) {
      outcome.already++;
      return;
    }
    let next: ClientRecord;
    if (!mine) {
      const empty = emptyRecord(c, now);
      next = {
        ...empty,
        familiarity: { signals: ['handedOver'], override: null },
        resistance: c.resistance,
        profile: { ...c.profile, communication: '', followUp: '' },
        memoryPoints: c.memoryPoints,
        handover: note(c),
      };
      outcome.added++;
    } else {
      const merged = mergeProfile(mine.profile, facts(c));
      const memory = [...new Set([...mine.memoryPoints, ...c.memoryPoints])].slice(0, MAX_MEMORY_POINTS);
      next = { ...mine, profile: merged.profile, memoryPoints: memory, handover: mine.handover ?? note(c), updatedAt: now };
      outcome.existing++;
    }
    puts.push(raw === undefined ? ClientRecordSchema.parse(next) : keepUnknown(raw, ClientRecordSchema.parse(next)));
    for (const d of c.deals.filter(isOpen)) deals.push({ ...d, id: dealId(file.fileId, d.id), createdAt: now, updatedAt: now });
  });
  const have = new Set((await db.deals.bulkGet(deals.map((d) => d.id))).flatMap((d) => (d ? [d.id] : [])));
  const newDeals = deals.filter((d) => !have.has(d.id));
  outcome.deals = newDeals.length;
  return { outcome, puts, deals: newDeals };
}

export function previewHandover(db: PacerDB, file: HandoverFile, now: number): Promise<HandoverOutcome> {
  return db.transaction('r', [db.clients, db.deals], async () => (await plan(db, file, now)).outcome);
}

export function applyHandover(db: PacerDB, file: HandoverFile, now: number): Promise<HandoverOutcome> {
  return guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const { outcome, puts, deals } = await plan(db, file, now);
      if (puts.length) await db.clients.bulkPut(puts as ClientRecord[]);
      if (deals.length) await db.deals.bulkAdd(deals);
      // The book's summaries of the clients taken in (and of their deals), in the same transaction.
      await keepSummaries(db, puts as ClientRecord[], deals);
      return outcome;
    }),
  );
}
