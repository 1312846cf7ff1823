/** What the CSV exports read: every client record and deal that parses, and each client's current sentiment. */
import { type ClientRecord, ClientRecordSchema } from '../client/record';
import { parseEach } from '../parse-each';
import { type Deal, DealSchema } from '../pipeline';
import { type Sentiment, SentimentEventSchema } from '../sentiment';
import type { PacerDB } from './database';

export interface BookRows {
  clients: ClientRecord[];
  /** Keyed `${origin} ${clientId}`: the latest tag of each client. */
  sentiments: Map<string, Sentiment>;
  deals: Deal[];
}

export async function readBookRows(db: PacerDB): Promise<BookRows> {
  return db.transaction('r', [db.clients, db.sentimentEvents, db.deals], async () => {
    const clients = parseEach(ClientRecordSchema, await db.clients.toArray());
    const sentiments = new Map<string, Sentiment>();
    // In time order: a later tag replaces an earlier one.
    for (const e of parseEach(SentimentEventSchema, await db.sentimentEvents.orderBy('at').toArray()))
      sentiments.set(`${e.origin} ${e.clientId}`, e.sentiment);
    const deals = parseEach(DealSchema, await db.deals.toArray()).sort((a, b) => a.expectedDate.localeCompare(b.expectedDate));
    return { clients, sentiments, deals };
  });
}
