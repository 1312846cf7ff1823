/**
 * Every message between Pacer's contexts, in one typed map, parsed with zod where it arrives.
 * The content script runs inside a hostile page, so nothing it sends is trusted beyond this schema.
 */
import { z } from 'zod';
import { ClientIdSchema } from './client-key';

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

export const MessageSchema = z.discriminatedUnion('type', [PageClientMessage, PingMessage, GetRulesMessage]);
export type Message = z.infer<typeof MessageSchema>;
export type PageClient = z.infer<typeof PageClientMessage>;

export function parseMessage(value: unknown): Message | null {
  const r = MessageSchema.safeParse(value);
  return r.success ? r.data : null;
}
