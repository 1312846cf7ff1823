/**
 * What the background knows about each tab's CRM page: the client on screen, or why there is none.
 * Kept in `storage.session` so it survives the MV3 service worker being stopped, and read by the side panel.
 */
import * as z from 'zod/mini';
import { ClientIdSchema, OriginSchema } from '../client/key';
import { STRATEGY_KINDS, type StrategyKind } from './rule-types';

const at = z.number();
const url = z.string().check(z.maxLength(4096));

export const StrategyKindSchema = z.enum(STRATEGY_KINDS);

export const TabClientSchema = z.discriminatedUnion('status', [
  /** A CRM page is loading; the previous client must not be shown meanwhile. */
  z.object({ status: z.literal('loading'), origin: OriginSchema, at }),
  /** A CRM page with no single client on it (a list, a dashboard). */
  z.object({ status: z.literal('none'), origin: OriginSchema, url, at }),
  z.object({
    status: z.literal('found'),
    origin: OriginSchema,
    url,
    clientId: ClientIdSchema,
    /** How the ID was found, shown to the RM so a wrong configuration is visible at a glance. */
    via: z.string().check(z.maxLength(200)),
    /** The site rule's name (absent: zero-config) and the strategy that read the ID. */
    rule: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
    strategy: z.optional(z.nullable(StrategyKindSchema)),
    /** The document the client was read in (the browser's id): what a shortcut's confirmation is shown in. */
    documentId: z.optional(z.string().check(z.maxLength(64))),
    at,
  }),
]);
export type TabClient = z.infer<typeof TabClientSchema>;

export interface SenderFacts {
  /** The extension id the message claims to come from, and ours. */
  senderId: string | undefined;
  ownId: string;
  tabId: number | undefined;
  frameId: number | undefined;
  /** The sending document's URL as the browser reports it (not as the page claims). */
  url: string | undefined;
  /** The sending document's id, as the browser reports it. */
  documentId?: string | undefined;
}

/**
 * Decides what a content script's report means for its tab, or null to ignore it. The browser-reported
 * sender is trusted over the message: only our own script, in a tab's top frame, on a granted origin.
 */
export function tabClientFromReport(
  report: { clientId: string | null; via: string | null; rule?: string | null; strategy?: StrategyKind | null; loading?: boolean },
  sender: SenderFacts,
  isGranted: (url: string) => boolean,
  now: number,
): { tabId: number; value: TabClient } | null {
  if (sender.senderId !== sender.ownId) return null;
  if (sender.tabId === undefined || sender.tabId < 0 || sender.frameId !== 0 || !sender.url) return null;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return null;
  }
  if (!isGranted(sender.url)) return null;
  const url = sender.url;
  const value: TabClient = report.loading
    ? { status: 'loading', origin, at: now }
    : report.clientId === null
      ? { status: 'none', origin, url, at: now }
      : {
          status: 'found',
          origin,
          url,
          clientId: report.clientId,
          via: report.via ?? '',
          ...(report.strategy ? { rule: report.rule ?? null, strategy: report.strategy } : {}),
          ...(sender.documentId ? { documentId: sender.documentId } : {}),
          at: now,
        };
  const parsed = TabClientSchema.safeParse(value);
  return parsed.success ? { tabId: sender.tabId, value: parsed.data } : null;
}
