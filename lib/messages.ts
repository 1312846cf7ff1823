/**
 * Every message between Pacer's contexts, in one typed map: its schema (parsed with zod where it arrives), who may
 * send it (checked against what the browser reports of the sender, never what the message claims) and what it is
 * answered with. The background dispatches each type to one handler (entrypoints/background/index.ts); every
 * sender goes through `send()` (platform/messaging.ts), or, in scripts that run inside a CRM page and must stay
 * tiny, posts a literal typed as `Message<…>`.
 */
import * as z from 'zod/mini';
import { ClientIdSchema, OriginSchema } from './client/key';
import type { SiteRule } from './client-id/rule-types';
import { RefusalSchema, StrategyKindSchema } from './client-id/tab-client';
import { SENTIMENT_COMMAND_NAMES } from './commands';

/**
 * The page's address as the page script sends it. Only the browser's own report of the sender's address is trusted
 * (its origin, its rules), so a longer one is cut rather than refused: refused, it left the page without its rules
 * and its tab "loading" for ever. The page script sends at most URL_MATCH_MAX characters.
 */
const url = z.pipe(
  z.string(),
  z.transform((s) => s.slice(0, 4096)),
);

/** Who may send a message: one of Pacer's own pages, or a script of Pacer's running in a tab (the CRM page). */
export type SenderKind = 'extension-page' | 'tab';

export const MESSAGES = {
  /** The CRM page's script says which client is on screen (or none, or still loading). */
  'page-client': {
    from: 'tab',
    schema: z.object({
      type: z.literal('page-client'),
      clientId: z.nullable(ClientIdSchema),
      via: z.nullable(z.string().check(z.maxLength(200))),
      url,
      /** Which site rule and strategy found it (absent from older senders). */
      rule: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
      strategy: z.optional(z.nullable(StrategyKindSchema)),
      /** The page navigated and still shows the previous screen: say nothing about the client yet. */
      loading: z.optional(z.boolean()),
      /** No client: what the page's rule found and refused, and why. */
      refused: z.optional(z.nullable(RefusalSchema)),
    }),
  },
  /** The CRM page's script asks which site rules apply to its page. */
  'get-rules': { from: 'tab', schema: z.object({ type: z.literal('get-rules'), url }) },
  /** Runs a keyboard command's handler for a tab, exactly as the shortcut would. */
  'run-command': {
    from: 'extension-page',
    schema: z.object({ type: z.literal('run-command'), command: z.enum(SENTIMENT_COMMAND_NAMES), tabId: z.int().check(z.nonnegative()) }),
  },
  /** The Undo button of the confirmation on the CRM page; the token names one pending tag. */
  'sentiment-undo': {
    from: 'tab',
    schema: z.object({ type: z.literal('sentiment-undo'), token: z.string().check(z.regex(/^[0-9a-f-]{36}$/)) }),
  },
  /** The address of a client's own screen in the CRM, when its rule has a template (lib/client-id/open-address.ts). */
  'crm-address': {
    from: 'extension-page',
    schema: z.object({ type: z.literal('crm-address'), origin: OriginSchema, clientId: ClientIdSchema }),
  },
  /** Opens that address in a new tab (the background makes it again: nothing a page says is opened). */
  'open-in-crm': {
    from: 'extension-page',
    schema: z.object({ type: z.literal('open-in-crm'), origin: OriginSchema, clientId: ClientIdSchema }),
  },
  /** A write to a table today's figures come from has committed (sent by the database layer, platform/database.ts,
   * never by the writer): the background recomputes and publishes the figures. */
  'figures-changed': { from: 'extension-page', schema: z.object({ type: z.literal('figures-changed') }) },
} as const satisfies Record<string, { from: SenderKind; schema: z.ZodMiniType }>;

export type MessageType = keyof typeof MESSAGES;
export type Message<T extends MessageType = MessageType> = { [K in T]: z.infer<(typeof MESSAGES)[K]['schema']> }[T];

/** What each message is answered with (nothing: void, as the handlers are the actions' own promises). */
export interface Replies {
  'page-client': { ok: boolean };
  /** The rules for the page's origin, and the zero-config labels (normalised): the page script does not carry them. */
  'get-rules': { rules: SiteRule[]; labels: string[] };
  // biome-ignore lint/suspicious/noConfusingVoidType: answered with nothing; the handler is the command's own promise
  'run-command': void;
  // biome-ignore lint/suspicious/noConfusingVoidType: answered with nothing
  'sentiment-undo': void;
  // biome-ignore lint/suspicious/noConfusingVoidType: answered with nothing
  'figures-changed': void;
  'crm-address': { url: string } | null;
  'open-in-crm': { ok: boolean };
}
export type Reply<T extends MessageType> = Replies[T];

const MessageSchema = z.discriminatedUnion(
  'type',
  Object.values(MESSAGES).map((m) => m.schema) as unknown as [
    (typeof MESSAGES)[MessageType]['schema'],
    ...(typeof MESSAGES)[MessageType]['schema'][],
  ],
);

export function parseMessage(value: unknown): Message | null {
  const r = MessageSchema.safeParse(value);
  return r.success ? (r.data as Message) : null;
}

/** What the browser reports of a message's sender (`runtime.MessageSender`), as far as Pacer checks it. */
export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

/** One of this very extension's pages (options, popup, panel, the tests through them); never a CRM page. */
export function isOwnExtensionPage(sender: Sender, ownId: string, ownBaseUrl: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
}

export function senderAllowed(type: MessageType, sender: Sender, ownId: string, ownBaseUrl: string): boolean {
  if (sender.id !== ownId) return false;
  return MESSAGES[type].from === 'extension-page' ? isOwnExtensionPage(sender, ownId, ownBaseUrl) : sender.tab?.id !== undefined;
}
