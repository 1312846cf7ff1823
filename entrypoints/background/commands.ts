/**
 * Keyboard commands (sentiment tagging) and the pacing badge (redrawn on changes, at start, and on a new day).
 * A shortcut, and the `run-command` message that extension pages (and the end-to-end tests) send, run the very
 * same handler: find the tab's client, call the one sentiment action, confirm on the CRM page with Undo.
 */
import { browser } from 'wxt/browser';
import { isOwnExtensionPage, isSentimentCommand, SENTIMENT_COMMANDS, UNDO_WINDOW_MS, undoAllowed, type PendingUndo } from '@/lib/commands';
import { pacerDb } from '@/lib/db/database';
import { tagSentiment, untagSentiment } from '@/lib/db/sentiment';
import { translate } from '@/lib/i18n';
import { parseMessage } from '@/lib/messages';
import { urlMatchesPattern } from '@/lib/origins';
import { grantedOrigins } from '@/platform/content-scripts';
import { currentLocale, flashBadge, refreshBadge, refreshBadgeIfStale } from '@/platform/pacing';
import { showToastInTab } from '@/platform/page-toast';
import { readTabClient } from '@/platform/tab-clients';
import { z } from 'zod';

const PendingUndoSchema = z.object({ seq: z.number().int().positive(), tabId: z.number().int().nonnegative(), expires: z.number() });
const undoKey = (token: string) => `undo:${token}`;

export async function runCommand(command: string, tabId: number | undefined): Promise<void> {
  if (!isSentimentCommand(command) || tabId === undefined) return;
  const db = pacerDb();
  const locale = await currentLocale();
  const client = await readTabClient(tabId);
  if (client?.status !== 'found') {
    const shown = await showToastInTab(tabId, { text: translate(locale, 'shortcut.toast.noClient'), tone: 'warn', undo: null, durationMs: 4_000 });
    if (!shown) await flashBadge(db, '?', '#a05a00', 3_000);
    return;
  }
  const sentiment = SENTIMENT_COMMANDS[command];
  const event = await tagSentiment(db, { origin: client.origin, clientId: client.clientId }, sentiment, 'shortcut', Date.now());
  const token = crypto.randomUUID();
  const pending: PendingUndo = { seq: event.seq!, tabId, expires: Date.now() + UNDO_WINDOW_MS };
  await browser.storage.session.set({ [undoKey(token)]: pending });
  const shown = await showToastInTab(tabId, {
    text: translate(locale, 'shortcut.toast.tagged', { client: client.clientId, sentiment: translate(locale, `shortcut.sentiment.${sentiment}`) }),
    tone: 'ok',
    undo: { label: translate(locale, 'common.undo'), token, doneText: translate(locale, 'shortcut.toast.undone') },
    durationMs: UNDO_WINDOW_MS,
  });
  if (!shown) await flashBadge(db, '✓', '#1e7d4f', 3_000);
}

async function undo(token: string, senderTabId: number | undefined): Promise<void> {
  const key = undoKey(token);
  const got = await browser.storage.session.get(key);
  const parsed = PendingUndoSchema.safeParse(got[key]);
  const pending = parsed.success ? parsed.data : null;
  if (!undoAllowed(pending, senderTabId, Date.now())) return;
  await browser.storage.session.remove(key);
  await untagSentiment(pacerDb(), pending!.seq);
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));

  // Fire-and-forget: the senders need no answer (the confirmation and the stored event are the result).
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    const ownPage = isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (message.type === 'run-command' && ownPage) void runCommand(message.command, message.tabId);
    if (message.type === 'sentiment-undo' && sender.id === browser.runtime.id) void undo(message.token, sender.tab?.id);
    if (message.type === 'pacing-changed' && ownPage) void refreshBadge(pacerDb());
    return undefined;
  });

  browser.runtime.onStartup.addListener(() => void refreshBadge(pacerDb()));
  // The badge is today's gap, and a browser left open overnight would show yesterday's: the first CRM screen
  // the RM opens on a new day redraws it (Pacer's own pages draw their own figures).
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    const url = tab.url ?? change.url;
    if (change.status !== 'loading' || !url) return;
    void grantedOrigins().then((origins) => {
      if (origins.some((p) => urlMatchesPattern(url, p))) return refreshBadgeIfStale(pacerDb());
    });
  });
  browser.runtime.onInstalled.addListener(() => void refreshBadge(pacerDb()));
}
