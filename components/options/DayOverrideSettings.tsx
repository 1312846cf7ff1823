import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { Select } from '@/components/shared/Select';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { runWrite } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import { formatDate } from '@/lib/format/date';
import { data } from '@/platform/database';

/** The RM's own days off (leave) and extra working days, on top of the official calendar. */
export function DayOverrideSettings() {
  const error = useSignal<string | null>(null);
  const date = useSignal(toIsoDate(new Date()));
  const kind = useSignal<'off' | 'on'>('off');
  const list = useLiveQuery(() => data.listDayOverrides(), []);

  return (
    <section class="card" id="days" data-testid="day-settings">
      <h2>{t('pacing.options.days.title')}</h2>
      <p class="muted">{t('pacing.options.days.help')}</p>
      <ErrorBanner message={error} />
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) void runWrite(() => data.setDayOverride(date.value, kind.value), error);
        }}
      >
        <BoundInput bind={date} class="input input--narrow" type="date" testId="day-date" aria-label={t('pacing.options.days.date')} />
        <Select
          testId="day-kind"
          ariaLabel={t('pacing.options.days.kind')}
          value={kind.value}
          choices={[
            { value: 'off', label: t('pacing.options.days.off') },
            { value: 'on', label: t('pacing.options.days.on') },
          ]}
          onChange={(k) => (kind.value = k)}
        />
        <button type="submit" class="button" data-testid="day-add">
          {t('pacing.options.add')}
        </button>
      </form>
      <ul class="origin-list">
        {list.value.value?.map((o) => (
          <li key={o.date} data-testid="day-override" data-date={o.date}>
            <span>
              {formatDate(o.date, locale.value)} · {t(o.kind === 'off' ? 'pacing.options.days.off' : 'pacing.options.days.on')}
            </span>
            <button type="button" class="link-button small" onClick={() => void runWrite(() => data.setDayOverride(o.date, null), error)}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
