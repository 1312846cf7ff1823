/**
 * The client's emotional state (METHOD §3b): resistant, neutral or positive. Every tag is kept as a
 * timestamped event (history), and the current state is the latest event. The side panel's buttons and
 * the keyboard shortcut both go through one action, `tagSentiment` in lib/db/sentiment.ts.
 */
import * as z from 'zod/mini';
import { ClientIdSchema, OriginSchema } from './client/key';

export const SENTIMENTS = ['resistant', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Where a tag came from, shown on the card ("set by shortcut, 10:42") so an RM can trust or correct it. */
export const SENTIMENT_SOURCES = ['panel', 'shortcut', 'import'] as const;
export type SentimentSource = (typeof SENTIMENT_SOURCES)[number];

export const SentimentEventSchema = z.object({
  /** Auto-incremented by IndexedDB; absent before the event is stored. */
  seq: z.optional(z.int().check(z.positive())),
  origin: OriginSchema,
  clientId: ClientIdSchema,
  sentiment: z.enum(SENTIMENTS),
  source: z.enum(SENTIMENT_SOURCES),
  at: z.int().check(z.nonnegative()),
});
export type SentimentEvent = z.infer<typeof SentimentEventSchema>;
