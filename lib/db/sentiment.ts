/** The one action that tags a client's sentiment, whichever way the RM asked (panel button, shortcut). */
import type { ClientRef } from '../client/key';
import { parseEach } from '../parse-each';
import { type Sentiment, type SentimentEvent, SentimentEventSchema, type SentimentSource } from '../sentiment';
import { guardedWrite } from '../storage-errors';
import { bookScope, keepSummary } from './book';
import type { PacerDB } from './database';

export async function tagSentiment(
  db: PacerDB,
  client: ClientRef,
  sentiment: Sentiment,
  source: SentimentSource,
  now: number,
): Promise<SentimentEvent> {
  const event = SentimentEventSchema.parse({ origin: client.origin, clientId: client.clientId, sentiment, source, at: now });
  const seq = await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const added = await db.sentimentEvents.add(event);
      await keepSummary(db, client);
      return added;
    }),
  );
  return { ...event, seq: Number(seq) };
}

/** Removes one tag (the "undo" offered for a few seconds after tagging). */
export async function untagSentiment(db: PacerDB, seq: number): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const event = SentimentEventSchema.safeParse(await db.sentimentEvents.get(seq));
      await db.sentimentEvents.delete(seq);
      if (event.success) await keepSummary(db, event.data);
    }),
  );
}

export async function sentimentHistory(db: PacerDB, client: ClientRef): Promise<SentimentEvent[]> {
  const rows = await db.sentimentEvents
    .where('[origin+clientId+at]')
    .between([client.origin, client.clientId, -Infinity], [client.origin, client.clientId, Infinity])
    .toArray();
  return parseEach(SentimentEventSchema, rows).sort((a, b) => a.at - b.at || (a.seq ?? 0) - (b.seq ?? 0));
}

export async function currentSentiment(db: PacerDB, client: ClientRef): Promise<SentimentEvent | null> {
  const history = await sentimentHistory(db, client);
  return history[history.length - 1] ?? null;
}
