import type { Signal } from '@preact/signals';
import { TodayCallsButton } from '@/components/book/TodayCallsButton';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { PanelMessage } from '@/components/shared/PanelMessage';
import type { Reminder } from '@/lib/backup/reminder';
import { notOpenedIndicators, type PacingSnapshot } from '@/lib/pacing/figures';
import { monthLabel } from '@/lib/pacing/format';
import type { Deal } from '@/lib/pipeline';
import { openOptions, openSidePanelInThisWindow } from '@/platform/pages';
import { BackupReminder } from './BackupReminder';
import { MeetingReminders } from './MeetingReminders';
import { NotOpenedAlert } from './NotOpenedAlert';
import { PacingIndicatorCard } from './PacingIndicatorCard';
import './popup.css';

/** What the popup shows: today's figures (first from the cache, then from the database), or that they failed. */
export interface PopupState {
  figures: Signal<PacingSnapshot | null>;
  /** The figures on screen come from the database (not only from the last computed copy). */
  fromDatabase: Signal<boolean>;
  failed: Signal<boolean>;
  /** Today's and tomorrow's meetings, once the database has loaded. */
  meetings: Signal<Deal[] | null>;
  /** The backup reminder, once the database has loaded (absent: not asked). */
  backupReminder?: Signal<Reminder | null>;
}

/**
 * The action popup: today's pacing gap per indicator against the month's front-loaded plan, and the way into the
 * panel. It only renders: the figures are read and followed by the popup's entrypoint.
 */
export function PopupApp(props: { state: PopupState }) {
  const snapshot = props.state.figures.value;
  async function openPanel() {
    await openSidePanelInThisWindow();
    window.close();
  }
  return (
    <div class="popup app" data-testid="popup" data-figures={props.state.fromDatabase.value ? 'database' : snapshot ? 'cache' : 'none'}>
      <header class="topbar">
        <h1 class="brand">{t('app.name')}</h1>
        <button type="button" class="link-button small" onClick={() => openOptions()}>
          {t('popup.openSettings')}
        </button>
      </header>
      <main>
        <ErrorBanner message={props.state.failed.value ? t('pacing.popup.readFailed') : null} testId="figures-failed" />
        {!snapshot ? (
          !props.state.failed.value && <p class="muted">{t('common.loading')}</p>
        ) : snapshot.indicators.length === 0 ? (
          <PanelMessage testId="pacing-empty" title={t('pacing.popup.noTargets.title')} body={t('pacing.popup.noTargets.body')}>
            <button type="button" class="button button--primary" onClick={() => openOptions('targets')} data-testid="set-targets">
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
            {snapshot.unconfirmedYears.length > 0 && (
              <p class="muted small" data-testid="calendar-unconfirmed">
                {t('calendar.unconfirmed', { years: snapshot.unconfirmedYears.join('、') })}
              </p>
            )}
            <NotOpenedAlert indicators={notOpenedIndicators(snapshot.indicators)} />
            {snapshot.indicators.map((f) => (
              <PacingIndicatorCard key={f.indicator.id} figures={f} />
            ))}
          </>
        )}
        <MeetingReminders meetings={props.state.meetings.value} />
        <BackupReminder reminder={props.state.backupReminder?.value ?? null} />
        <TodayCallsButton />
        <button type="button" class="button" onClick={openPanel} data-testid="open-panel">
          {t('popup.openPanel')}
        </button>
      </main>
    </div>
  );
}
