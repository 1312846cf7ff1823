/**
 * Every message between Pacer's contexts, in one typed map, parsed with zod where it arrives.
 * The content script runs inside a hostile page, so nothing it sends is trusted beyond this schema.
 */
import { z } from 'zod';
import { ClientIdSchema } from './client/key';

export const PageClientMessage = z.object({
  type: z.literal('page-client'),
  clientId: ClientIdSchema.nullable(),
  via: z.string().max(200).nullable(),
  url: z.string().max(4096),
  /** Which site rule and strategy found it (absent from older senders). */
  rule: z.string().max(100).nullable().optional(),
  strategy: z.enum(['url', 'selector', 'label', 'heuristic']).nullable().optional(),
  /** The page navigated and still shows the previous screen: say nothing about the client yet. */
  loading: z.boolean().optional(),
});

/** The content script asks which site rules apply to its page; answered with `SiteRule[]`. */
export const GetRulesMessage = z.object({ type: z.literal('get-rules'), url: z.string().max(4096) });

export const PingMessage = z.object({ type: z.literal('ping') });

/** Runs a keyboard command's handler for a tab, exactly as the shortcut would (extension pages only). */
export const RunCommandMessage = z.object({
  type: z.literal('run-command'),
  command: z.enum(['tag-resistant', 'tag-neutral', 'tag-positive']),
  tabId: z.number().int().nonnegative(),
});
/** The Undo button of the confirmation on the CRM page; the token names one pending tag. */
export const SentimentUndoMessage = z.object({ type: z.literal('sentiment-undo'), token: z.string().regex(/^[0-9a-f-]{36}$/) });
/** Targets, achievements or calendar marks changed: the background recomputes the badge. */
export const PacingChangedMessage = z.object({ type: z.literal('pacing-changed') });

export const MessageSchema = z.discriminatedUnion('type', [
  PageClientMessage,
  PingMessage,
  RunCommandMessage,
  SentimentUndoMessage,
  PacingChangedMessage,
  GetRulesMessage,
]);
export type Message = z.infer<typeof MessageSchema>;
export type PageClient = z.infer<typeof PageClientMessage>;

export function parseMessage(value: unknown): Message | null {
  const r = MessageSchema.safeParse(value);
  return r.success ? r.data : null;
}
