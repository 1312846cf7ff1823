/**
 * Pacer's keyboard commands (manifest `commands`, remappable at chrome://extensions/shortcuts) and the rules
 * around them, as plain data and functions the background wires up.
 */
import * as z from 'zod/mini';
import type { Sentiment } from './sentiment';

/** Chrome allows at most four suggested keys per extension: three tag sentiment, the fourth opens the side panel. */
export const SENTIMENT_COMMANDS = {
  'tag-resistant': 'resistant',
  'tag-neutral': 'neutral',
  'tag-positive': 'positive',
} as const satisfies Record<string, Sentiment>;
export type SentimentCommand = keyof typeof SENTIMENT_COMMANDS;
export const SENTIMENT_COMMAND_NAMES = Object.keys(SENTIMENT_COMMANDS) as [SentimentCommand, ...SentimentCommand[]];

/** Opens Pacer's side panel on the current tab (the browser runs it with the user gesture `sidePanel.open` needs). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/** Every command, as the options list them. */
export const COMMAND_NAMES = [...SENTIMENT_COMMAND_NAMES, OPEN_PANEL_COMMAND] as const;

export function isSentimentCommand(name: string): name is SentimentCommand {
  return Object.hasOwn(SENTIMENT_COMMANDS, name);
}

/** How long the confirmation (and its Undo) stays on the CRM page. */
export const UNDO_WINDOW_MS = 8_000;

/** The browser's own page for remapping extension shortcuts; Edge has its own scheme. */
export function shortcutSettingsUrl(userAgent: string): string {
  return /\bEdg\//.test(userAgent) ? 'edge://extensions/shortcuts' : 'chrome://extensions/shortcuts';
}

/** A tag the confirmation on the CRM page can still undo, kept in storage.session under a random token. */
export const PendingUndoSchema = z.object({ seq: z.int().check(z.positive()), tabId: z.int().check(z.nonnegative()), expires: z.number() });
export type PendingUndo = z.infer<typeof PendingUndoSchema>;

/** Undo is honoured only from the tab that was tagged, within the window, once. */
export function undoAllowed(pending: PendingUndo | null, senderTabId: number | undefined, now: number): boolean {
  return pending !== null && senderTabId === pending.tabId && now <= pending.expires;
}
