import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { toIsoDate } from '@/lib/dates';
import { pacerDb } from '@/lib/db/database';
import { loadPacingInputs } from '@/lib/db/pacing';
import { pacingSnapshot, type PacingInputs } from '@/lib/pacing-snapshot';
import { monthLabel } from '@/lib/pacing-format';
import type { PacingPolicy } from '@/lib/targets';
import { livePacingPolicy, showGapOnBadge } from '@/platform/pacing';
import { useLiveQuery } from './hooks/use-live-query';
import { locale, t } from './i18n';
import { PacingIndicatorCard } from './PacingIndicatorCard';
import { PanelMessage } from './PanelMessage';
import './pacing.css';

/** The action popup: today's pacing gap per indicator against the month's front-loaded plan, and the way into the panel. */
export function PopupApp(props: { initialPolicy: PacingPolicy; initialInputs?: PacingInputs }) {
  const policy = useSignal<PacingPolicy>(props.initialPolicy);
  useEffect(() => {
    // The page started from the cached policy; the live read replaces it whenever it answers.
    livePacingPolicy((r) => {
      if (JSON.stringify(r.policy) !== JSON.stringify(policy.value)) policy.value = r.policy;
    });
  }, []);
  // Local date: "today" is the RM's calendar day wherever the machine's clock is set (docs/pacing.md).
  const today = toIsoDate(new Date());
  // Figures already read for this day and policy are shown in the first frame; the live query takes over after.
  const initial = props.initialInputs?.today === today && props.initialInputs.policy === props.initialPolicy ? props.initialInputs : undefined;
  const inputs = useLiveQuery(() => loadPacingInputs(pacerDb(), today, policy.value), [policy.value, today], initial);
  const snapshot = inputs.value.value ? pacingSnapshot(inputs.value.value) : undefined;

  useEffect(() => {
    if (snapshot) void showGapOnBadge(snapshot, locale.value).catch(() => undefined);
  }, [snapshot?.indicators.map((f) => f.gap).join(','), locale.value]);

  async function openPanel() {
    // sidePanel.open needs this click's user gesture, so it is called before anything else is awaited.
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
    window.close();
  }
  return (
    <div class="popup app" data-testid="popup">
      <header class="topbar">
        <span class="brand">{t('app.name')}</span>
        <button type="button" class="link-button small" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popup.openSettings')}
        </button>
      </header>
      <main>
        {!snapshot ? (
          <p class="muted">{t('common.loading')}</p>
        ) : snapshot.indicators.length === 0 ? (
          <PanelMessage testId="pacing-empty" title={t('pacing.popup.noTargets.title')} body={t('pacing.popup.noTargets.body')}>
            <button type="button" class="button button--primary" onClick={() => browser.runtime.openOptionsPage()} data-testid="set-targets">
              {t('pacing.popup.setTargets')}
            </button>
          </PanelMessage>
        ) : (
          <>
            <div class="pacing-head" data-testid="pacing-header">
              <span>
                {t('pacing.popup.header', {
                  month: monthLabel(snapshot.month, locale.value),
                  week: snapshot.weekIndex,
                  weeks: snapshot.weekCount,
                  left: snapshot.workingDaysLeft,
                })}
              </span>
              {!snapshot.isWorkingDay && <span data-testid="day-off">{t('pacing.popup.dayOff')}</span>}
            </div>
            {snapshot.indicators.map((f) => (
              <PacingIndicatorCard key={f.indicator.id} figures={f} />
            ))}
          </>
        )}
        <button type="button" class="button" onClick={openPanel} data-testid="open-panel">
          {t('popup.openPanel')}
        </button>
      </main>
    </div>
  );
}
