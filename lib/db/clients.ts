/**
 * Reading and writing client records and their contact log. A record is only created by a write (the first
 * thing the RM records); reading an unknown client returns null and stores nothing.
 */

import type { IsoDate } from '../calendar/dates';
import { type ContactEntry, ContactEntrySchema } from '../client/contact';
import type { ClientRef } from '../client/key';
import { type ClientRecord, ClientRecordSchema, emptyRecord } from '../client/record';
import { parseEach } from '../parse-each';
import { guardedWrite } from '../storage-errors';
import { bookScope, keepSummary } from './book';
import type { PacerDB } from './database';
import { modifyRow } from './rows';

export async function readClient(db: PacerDB, client: ClientRef): Promise<ClientRecord | null> {
  const row = await db.clients.get([client.origin, client.clientId]);
  if (!row) return null;
  const r = ClientRecordSchema.safeParse(row);
  return r.success ? r.data : null;
}

/**
 * Applies `change` to the client's record (created on first use) in one transaction, so two panels editing
 * different fields never overwrite each other. A stored record that does not parse is never replaced: the write
 * is refused (StorageWriteError 'error.damagedRow') rather than computed from an empty record.
 */
export async function updateClient(
  db: PacerDB,
  client: ClientRef,
  change: (current: ClientRecord) => ClientRecord,
  now: number,
): Promise<ClientRecord> {
  return guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const next = await modifyRow(db.clients, [client.origin, client.clientId], ClientRecordSchema, (stored) => ({
        ...change(stored ?? emptyRecord(client, now)),
        origin: client.origin,
        clientId: client.clientId,
        updatedAt: now,
      }));
      await keepSummary(db, client);
      return next!;
    }),
  );
}

export async function addContact(db: PacerDB, entry: ContactEntry): Promise<ContactEntry> {
  const valid = ContactEntrySchema.parse(entry);
  const seq = await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const added = await db.contacts.add(valid);
      await keepSummary(db, valid);
      return added;
    }),
  );
  return { ...valid, seq: Number(seq) };
}

/** The client's most recent contacts, newest first (an index range: fast however long the whole log is). */
export async function recentContacts(db: PacerDB, client: ClientRef, limit = 5): Promise<ContactEntry[]> {
  const rows = await db.contacts
    .where('[origin+clientId+date]')
    .between([client.origin, client.clientId, ''], [client.origin, client.clientId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
  return parseEach(ContactEntrySchema, rows);
}

/**
 * The dates of the client's latest contacts, newest first: enough for the contact rhythm (lib/client/contact-rhythm.ts)
 * read from the index alone, without loading the entries.
 */
export async function recentContactDates(db: PacerDB, client: ClientRef, limit = 40): Promise<IsoDate[]> {
  const keys = await db.contacts
    .where('[origin+clientId+date]')
    .between([client.origin, client.clientId, ''], [client.origin, client.clientId, '\uffff'])
    .reverse()
    .limit(limit)
    .keys();
  return keys.flatMap((k) => (Array.isArray(k) && typeof k[2] === 'string' ? [k[2]] : []));
}

/** The indicator of the most recently touched deal: "the last used" default for a new one. */
export async function lastUsedIndicator(db: PacerDB): Promise<string | null> {
  const last = await db.deals.orderBy('updatedAt').last();
  return typeof last?.indicator === 'string' ? last.indicator : null;
}

/** The CRM origins Pacer holds records for: where "open a client by number" can look when no CRM tab is open. */
export async function knownOrigins(db: PacerDB): Promise<string[]> {
  const origins = new Set<string>();
  await db.clients.orderBy(':id').eachPrimaryKey((key) => {
    if (Array.isArray(key) && typeof key[0] === 'string') origins.add(key[0]);
  });
  return [...origins].sort();
}
