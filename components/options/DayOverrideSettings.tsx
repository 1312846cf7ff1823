import { useSignal } from '@preact/signals';
import { toIsoDate } from '@/lib/calendar/dates';
import { pacerDb } from '@/lib/db/database';
import { listDayOverrides, setDayOverride } from '@/lib/db/pacing';
import { formatDate } from '@/lib/format/date';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { locale, t } from '@/components/shared/i18n';
import { save } from '@/components/shared/save';

/** The RM's own days off (leave) and extra working days, on top of the official calendar. */
export function DayOverrideSettings() {
  const error = useSignal<string | null>(null);
  const date = useSignal(toIsoDate(new Date()));
  const kind = useSignal<'off' | 'on'>('off');
  const list = useLiveQuery(() => listDayOverrides(pacerDb()), []);

  return (
    <section class="card" data-testid="day-settings">
      <h2>{t('pacing.options.days.title')}</h2>
      <p class="muted">{t('pacing.options.days.help')}</p>
      <ErrorBanner message={error} />
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) void save(error, () => setDayOverride(pacerDb(), date.value, kind.value));
        }}
      >
        <input class="input input--narrow" type="date" data-testid="day-date" value={date.value} onInput={(e) => (date.value = (e.target as HTMLInputElement).value)} />
        <select data-testid="day-kind" value={kind.value} onChange={(e) => (kind.value = (e.target as HTMLSelectElement).value === 'on' ? 'on' : 'off')}>
          <option value="off">{t('pacing.options.days.off')}</option>
          <option value="on">{t('pacing.options.days.on')}</option>
        </select>
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
            <button type="button" class="link-button small" onClick={() => void save(error, () => setDayOverride(pacerDb(), o.date, null))}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
