/**
 * What the background knows about each tab's CRM page: the client on screen, or why there is none.
 * Kept in `storage.session` so it survives the MV3 service worker being stopped, and read by the side panel.
 */
import * as z from 'zod/mini';
import { ClientIdSchema, OriginSchema } from '../client/key';
import { type Refusal, STRATEGY_KINDS, type StrategyKind, URL_MATCH_MAX } from './rule-types';

const at = z.number();
/** A page's address as kept here: see pageAddress. */
const url = z.string().check(z.maxLength(4096));

/**
 * The page's address as the tab's state keeps it: what it is compared with (a tab's navigation, onTabLoading), not
 * a link. An address of up to URL_MATCH_MAX characters is kept as it is; a longer one (some CRMs carry their whole
 * state in it, and the browser allows 2 MB) as its first characters and a digest of the whole, so two long
 * addresses that differ only near the end still differ.
 */
export function pageAddress(address: string): string {
  if (address.length <= URL_MATCH_MAX) return address;
  return `${address.slice(0, URL_MATCH_MAX - 32)}…#${digest(address)}:${address.length}`;
}

/** Two 32-bit FNV-1a hashes with different multipliers: no security, only telling addresses apart. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export const StrategyKindSchema = z.enum(STRATEGY_KINDS);

const text = (max: number) => z.string().check(z.maxLength(max));
/** What the page's rule found and refused (rule-types.ts `Refusal`), as a page reports it. */
export const RefusalSchema = z.object({
  value: text(64),
  reason: z.enum(['shape', 'pattern', 'several', 'order']),
  other: z.optional(text(64)),
  rule: text(100),
  strategy: z.enum(['url', 'selector', 'label']),
  pattern: z.optional(text(500)),
});

export const TabClientSchema = z.discriminatedUnion('status', [
  /** A CRM page is loading; the previous client must not be shown meanwhile. */
  z.object({ status: z.literal('loading'), origin: OriginSchema, at }),
  /** A CRM page with no single client on it (a list, a dashboard). */
  z.object({ status: z.literal('none'), origin: OriginSchema, url, at, refused: z.optional(RefusalSchema) }),
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
    /** The rule was one of Pacer's built-in presets (lib/client-id/presets/): "why this ID" says so. */
    preset: z.optional(z.boolean()),
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
  report: {
    clientId: string | null;
    via: string | null;
    rule?: string | null;
    strategy?: StrategyKind | null;
    loading?: boolean;
    refused?: Refusal | null;
  },
  sender: SenderFacts,
  isGranted: (url: string) => boolean,
  now: number,
  /** Whether the rule of this name, on this page, is a built-in preset (not a rule of the bank's or the RM's). */
  isPreset: (rule: string) => boolean = () => false,
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
  const url = pageAddress(sender.url);
  const value: TabClient = report.loading
    ? { status: 'loading', origin, at: now }
    : report.clientId === null
      ? { status: 'none', origin, url, at: now, ...(report.refused ? { refused: report.refused } : {}) }
      : {
          status: 'found',
          origin,
          url,
          clientId: report.clientId,
          via: report.via ?? '',
          ...(report.strategy ? { rule: report.rule ?? null, strategy: report.strategy } : {}),
          ...(report.rule && isPreset(report.rule) ? { preset: true } : {}),
          ...(sender.documentId ? { documentId: sender.documentId } : {}),
          at: now,
        };
  const parsed = TabClientSchema.safeParse(value);
  return parsed.success ? { tabId: sender.tabId, value: parsed.data } : null;
}
