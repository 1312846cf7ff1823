import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { MAX_CALENDAR_FILE_BYTES, parseCalendarFile } from '@/lib/calendar/calendar-file';
import { CN_HOLIDAYS } from '@/lib/calendar/cn-holidays';
import { resolveCalendar } from '@/lib/calendar/holiday-calendar';
import { data } from '@/platform/database';
import type { PacingSetup } from './use-pacing-config';

/**
 * The official working-day calendar per year: where each year's data comes from, whether it is confirmed, and the
 * way to import a year's holidays and 调休 before a new Pacer ships them.
 */
export function CalendarSettings(props: { setup: PacingSetup }) {
  const error = useSignal<string | null>(null);
  const problems = useSignal<string[]>([]);
  const notice = useSignal<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const policyYears = props.setup.policy.calendar ?? [];
  const own = props.setup.own.calendar;
  const calendar = resolveCalendar({ policy: policyYears, own, builtin: CN_HOLIDAYS });

  async function importFile(e: JSX.TargetedEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    notice.value = null;
    if (file.size > MAX_CALENDAR_FILE_BYTES) {
      problems.value = [t('calendar.error.tooLarge')];
      return;
    }
    const r = parseCalendarFile(await file.text(), locale.value);
    if (!r.ok) {
      problems.value = r.errors;
      return;
    }
    problems.value = [];
    const written = await runWrite(() => data.importCalendarYears(r.years), error);
    if (written.ok) notice.value = t('calendar.imported', { years: r.years.map((y) => y.year).join('、') });
  }

  return (
    <section class="card" id="calendar" data-testid="calendar-settings">
      <h2>{t('calendar.title')}</h2>
      <p class="muted">{t('calendar.help')}</p>
      <ErrorBanner message={error} />
      <ErrorBanner message={problems.value.length ? t('calendar.importFailed') : null} lines={problems.value} testId="calendar-problems" />
      <ul class="origin-list">
        {[...calendar.years.values()].map((y) => {
          const inForce = y.source === 'policy' ? policyYears : y.source === 'own' ? own : CN_HOLIDAYS;
          const yearData = inForce.find((x) => x.year === y.year);
          const shadowed = y.source !== 'own' && own.some((o) => o.year === y.year);
          return (
            <li key={y.year} data-testid="calendar-year" data-year={y.year} data-source={y.source} data-provisional={String(y.provisional)}>
              <span>
                <strong>{t('calendar.yearLine', { year: y.year })}</strong> · {t(`calendar.source.${y.source}`)} ·{' '}
                <span class={y.provisional ? 'badge warn' : undefined}>
                  {t(y.provisional ? 'calendar.provisional' : 'calendar.confirmed')}
                </span>{' '}
                · <span class="muted">{t('calendar.days', { off: yearData?.off.length ?? 0, on: yearData?.on.length ?? 0 })}</span>
                {shadowed && (
                  <span class="muted small" data-testid="calendar-shadowed">
                    {' '}
                    · {t('calendar.shadowed', { year: y.year })}
                  </span>
                )}
              </span>
              {own.some((o) => o.year === y.year) && (
                <button
                  type="button"
                  class="link-button small"
                  data-testid="calendar-remove"
                  onClick={() => void runWrite(() => data.importCalendarYears([], [y.year]), error)}
                >
                  {t('calendar.removeOwn', { year: y.year })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div class="row">
        <button type="button" class="button" onClick={() => fileInput.current?.click()} data-testid="calendar-import-button">
          {t('calendar.import')}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={importFile} data-testid="calendar-import" />
      </div>
      {notice.value && (
        <p class="flash" role="status" data-testid="calendar-imported">
          {notice.value}
        </p>
      )}
    </section>
  );
}
