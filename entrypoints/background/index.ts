/**
 * The service worker's composition root: one listener per browser event and one handler per message type, all
 * registered synchronously at start. Chrome stops the worker whenever it is idle, so nothing lives in its memory
 * that storage does not also hold (per-tab clients are in storage.session).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { OPEN_PANEL_COMMAND } from '@/lib/commands';
import { syncContentScripts } from '@/platform/content-scripts';
import { onFiguresChanged } from '@/platform/database';
import { refreshFigures, refreshFiguresIfStale } from '@/platform/figures';
import { listen } from '@/platform/messaging';
import { openSidePanelForTab } from '@/platform/pages';
import { isCrmUrl } from '@/platform/permissions';
import { watchManagedPolicy } from '@/platform/policy';
import { runCommand, undoTag } from './commands';
import { crmAddress, openInCrm } from './crm-address';
import { forgetManagedRules, onPageClient, onTabLoading, onTabRemoved, preloadManagedRules, rulesForSender } from './tab-clients';

export default defineBackground({
  type: 'module',
  main() {
    preloadManagedRules();
    // The worker's own writes (none today but the sentiment tag, which the figures do not read) refresh directly.
    onFiguresChanged(() => void refreshFigures());

    listen({
      'page-client': (message, sender) => onPageClient(message, sender),
      'get-rules': (_message, sender) => rulesForSender(sender),
      'run-command': (message) => runCommand(message.command, message.tabId),
      'sentiment-undo': (message, sender) => undoTag(message.token, sender.tab?.id),
      'figures-changed': () => refreshFigures(),
      'crm-address': async ({ origin, clientId }) => {
        const url = await crmAddress({ origin, clientId });
        return url ? { url } : null;
      },
      'open-in-crm': ({ origin, clientId }) => openInCrm({ origin, clientId }),
    });

    // Registration starts at once, from the policy as last read (platform/content-scripts.ts), and is a queue:
    // these events often fire together.
    browser.runtime.onInstalled.addListener(async () => {
      void refreshFigures();
      await syncContentScripts({ injectAll: true });
    });
    browser.runtime.onStartup.addListener(async () => {
      void refreshFigures();
      await syncContentScripts();
    });
    browser.permissions.onAdded.addListener(() => syncContentScripts());
    browser.permissions.onRemoved.addListener(() => syncContentScripts());
    // The policy may change the allowed CRM origins, the site rules and the pacing targets; the live policy
    // answering with something else than the copy last read counts as a change (platform/policy.ts).
    watchManagedPolicy(() => {
      forgetManagedRules();
      void syncContentScripts();
      void refreshFigures();
    });

    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      const url = tab.url ?? change.url;
      if (change.status !== 'loading' || !url) return;
      void isCrmUrl(url).then(async (crm) => {
        // Forget the tab's client until its page says who is on screen: the previous client is never shown over a new page.
        await onTabLoading(tabId, url, crm);
        // The badge is today's gap, and a browser left open overnight would show yesterday's: the first CRM screen
        // the RM opens on a new day redraws it (Pacer's own pages draw their own figures).
        if (crm) await refreshFiguresIfStale();
      });
    });
    browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId));
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === OPEN_PANEL_COMMAND) openSidePanelForTab(tab);
      else void runCommand(command, tab?.id);
    });
  },
});
