import { OpenBookButton } from '@/components/book/OpenBookButton';
import { ClientCard } from '@/components/card/ClientCard';
import { DatabaseNotice } from '@/components/shared/DatabaseNotice';
import { t } from '@/components/shared/i18n';
import { lazyComponent } from '@/components/shared/lazy';
import { PanelMessage } from '@/components/shared/PanelMessage';
import { openHelp, openOptions, popOutPanel } from '@/platform/pages';
import { detectionText, refusalLine } from './detection-text';
import { OpenClientById } from './OpenClientById';
import { useFollowedTab, usePinnedTitle } from './use-followed-tab';

/** The side panel: follows one tab and shows the client on its CRM screen, or says why there is none. */
// Teach mode's screen (and the rule-making code under it) loads after the card or the "no client" message it sits
// below: most openings of the panel never teach.
const TeachScreen = lazyComponent(() => import('./TeachScreen').then((m) => m.TeachScreen));

export function SidePanelApp(props: { boundTabId: number | null }) {
  const { tabId, client, closed } = useFollowedTab(props.boundTabId);
  const pinnedTitle = usePinnedTitle(props.boundTabId, client.value);

  function popOut() {
    if (tabId.value !== null) void popOutPanel(tabId.value);
  }

  const c = client.value;
  return (
    <div class="app" data-testid="sidepanel">
      <header class="topbar">
        <h1 class="brand">{t('app.name')}</h1>
        <OpenBookButton compact />
        {props.boundTabId === null ? (
          <button
            type="button"
            class="icon-button"
            title={t('panel.popOut')}
            aria-label={t('panel.popOut')}
            onClick={popOut}
            data-testid="pop-out"
          >
            ⧉
          </button>
        ) : (
          <span class="muted small pinned" title={pinnedTitle.value ?? ''}>
            {t('panel.boundTo', { tab: pinnedTitle.value ?? `#${props.boundTabId}` })}
          </span>
        )}
      </header>
      <DatabaseNotice />
      <main data-testid="panel-state" data-state={closed.value ? 'closed' : c === undefined ? 'loading' : c === null ? 'no-tab' : c.status}>
        {closed.value ? (
          <PanelMessage testId="state-closed" title={t('panel.state.tabClosed.title')} tone="muted" />
        ) : c === undefined || c?.status === 'loading' ? (
          <PanelMessage testId="state-loading" title={t('panel.state.loading.title')} tone="muted" />
        ) : c === null ? (
          <PanelMessage testId="state-no-tab" title={t('panel.state.noTab.title')} body={t('panel.state.noTab.body')}>
            <button type="button" class="button" onClick={() => openOptions('origins')}>
              {t('panel.openSettings')}
            </button>
            <OpenClientById origin={null} />
            <HelpLink />
          </PanelMessage>
        ) : c.status === 'none' ? (
          <PanelMessage testId="state-none" title={t('panel.state.none.title')} body={t('panel.state.none.body')}>
            {c.refused && (
              <p class="muted small" data-testid="why-none">
                {refusalLine(c.refused)}
              </p>
            )}
            {tabId.value !== null && <TeachScreen tabId={tabId.value} />}
            <OpenClientById key={c.origin} origin={c.origin} />
            <HelpLink />
          </PanelMessage>
        ) : (
          <>
            <ClientCard
              key={`${c.origin}|${c.clientId}`}
              client={{ origin: c.origin, clientId: c.clientId }}
              via={detectionText(c)}
              tabId={tabId.value ?? undefined}
            />
            {tabId.value !== null && <TeachScreen key={`teach|${c.clientId}`} tabId={tabId.value} compact />}
          </>
        )}
      </main>
    </div>
  );
}

/** Where an RM whose screen gave no client learns how Pacer reads one, and how to teach it. */
function HelpLink() {
  return (
    <button type="button" class="link-button small" data-testid="help-site-rules" onClick={() => openHelp('site-rules')}>
      {t('help.link.siteRules')}
    </button>
  );
}
