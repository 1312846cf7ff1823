/**
 * Keyboard commands (sentiment tagging). A shortcut, and the `run-command` message that Pacer's pages (and the
 * end-to-end tests, since headless Chromium cannot press shortcuts) send, run the very same handler: find the tab's
 * client, call the one sentiment action, confirm on the CRM page with Undo.
 */
import { isSentimentCommand, type PendingUndo, SENTIMENT_COMMANDS, UNDO_WINDOW_MS, undoAllowed } from '@/lib/commands';
import { tagSentiment, untagSentiment } from '@/lib/db/sentiment';
import { translate } from '@/lib/i18n';
import { flashBadge } from '@/platform/badge';
import { pacerDb } from '@/platform/database';
import { refreshFigures } from '@/platform/figures';
import { currentLocale } from '@/platform/locale';
import { showToastInTab } from '@/platform/page-scripts';
import { pendingUndo, tabClient } from '@/platform/storage';

export async function runCommand(command: string, tabId: number | undefined): Promise<void> {
  if (!isSentimentCommand(command) || tabId === undefined) return;
  const locale = await currentLocale();
  const client = await tabClient(tabId).get();
  if (client?.status !== 'found') {
    const shown = await showToastInTab(tabId, {
      text: translate(locale, 'shortcut.toast.noClient'),
      tone: 'warn',
      undo: null,
      durationMs: 4_000,
    });
    if (!shown) await flashBadge('?', '#a05a00', 3_000, refreshFigures);
    return;
  }
  const sentiment = SENTIMENT_COMMANDS[command];
  const event = await tagSentiment(pacerDb(), { origin: client.origin, clientId: client.clientId }, sentiment, 'shortcut', Date.now());
  const token = crypto.randomUUID();
  const pending: PendingUndo = { seq: event.seq!, tabId, expires: Date.now() + UNDO_WINDOW_MS };
  await pendingUndo(token).set(pending);
  const shown = await showToastInTab(
    tabId,
    {
      text: translate(locale, 'shortcut.toast.tagged', {
        client: client.clientId,
        sentiment: translate(locale, `shortcut.sentiment.${sentiment}`),
      }),
      tone: 'ok',
      undo: { label: translate(locale, 'common.undo'), token, doneText: translate(locale, 'shortcut.toast.undone') },
      durationMs: UNDO_WINDOW_MS,
    },
    client.documentId,
  );
  if (!shown) await flashBadge('✓', '#1e7d4f', 3_000, refreshFigures);
}

/** Undo from the confirmation: honoured once, from the tab that was tagged, within the window. */
export async function undoTag(token: string, senderTabId: number | undefined): Promise<void> {
  const item = pendingUndo(token);
  const pending = await item.get();
  if (!pending || !undoAllowed(pending, senderTabId, Date.now())) return;
  await item.remove();
  await untagSentiment(pacerDb(), pending.seq);
}
