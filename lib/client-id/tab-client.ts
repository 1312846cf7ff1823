/**
 * What the background knows about each tab's CRM page: the client on screen, or why there is none.
 * Kept in `storage.session` so it survives the MV3 service worker being stopped, and read by the side panel.
 */
import { z } from 'zod';
import { ClientIdSchema, OriginSchema } from '../client/key';

export const TabClientSchema = z.discriminatedUnion('status', [
  /** A CRM page is loading; the previous client must not be shown meanwhile. */
  z.object({ status: z.literal('loading'), origin: OriginSchema, at: z.number() }),
  /** A CRM page with no single client on it (a list, a dashboard). */
  z.object({ status: z.literal('none'), origin: OriginSchema, url: z.string().max(4096), at: z.number() }),
  z.object({
    status: z.literal('found'),
    origin: OriginSchema,
    url: z.string().max(4096),
    clientId: ClientIdSchema,
    /** How the ID was found, shown to the RM so a wrong configuration is visible at a glance. */
    via: z.string().max(200),
    /** The site rule's name (absent: zero-config) and the strategy that read the ID. */
    rule: z.string().max(100).nullable().optional(),
    strategy: z.enum(['url', 'selector', 'label', 'heuristic']).nullable().optional(),
    at: z.number(),
  }),
]);
export type TabClient = z.infer<typeof TabClientSchema>;
export type TabClientStrategy = 'url' | 'selector' | 'label' | 'heuristic';

const PREFIX = 'tab:';

export function tabKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

export function tabIdFromKey(key: string): number | null {
  if (!key.startsWith(PREFIX)) return null;
  const n = Number(key.slice(PREFIX.length));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** Parses what storage holds; anything malformed reads as "unknown" rather than as a wrong client. */
export function parseTabClient(value: unknown): TabClient | null {
  const r = TabClientSchema.safeParse(value);
  return r.success ? r.data : null;
}

export interface SenderFacts {
  /** The extension id the message claims to come from, and ours. */
  senderId: string | undefined;
  ownId: string;
  tabId: number | undefined;
  frameId: number | undefined;
  /** The sending document's URL as the browser reports it (not as the page claims). */
  url: string | undefined;
}

/**
 * Decides what a content script's report means for its tab, or null to ignore it. The browser-reported
 * sender is trusted over the message: only our own script, in a tab's top frame, on a granted origin.
 */
export function tabClientFromReport(
  report: { clientId: string | null; via: string | null; rule?: string | null; strategy?: TabClientStrategy | null; loading?: boolean },
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
          at: now,
        };
  const parsed = TabClientSchema.safeParse(value);
  return parsed.success ? { tabId: sender.tabId, value: parsed.data } : null;
}
