import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { Select } from '@/components/shared/Select';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { runWrite } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import { firstOfMonth, lastOfMonth, monthOf, shiftMonth } from '@/lib/calendar/working-days';
import { formatDate } from '@/lib/format/date';
import { entryDigits, formatValue, indicatorName } from '@/lib/pacing/format';
import { type ManualAchievement, parseDecimalToUnits, unitsToDecimal } from '@/lib/pacing/targets';
import { data } from '@/platform/database';
import type { PacingSetup } from './use-pacing-config';

/** Business closed outside the pipeline: add, edit, delete (with undo) for last and this month. */
export function AchievementSettings(props: { setup: PacingSetup }) {
  const today = toIsoDate(new Date());
  const indicators = props.setup.config.indicators;
  const error = useSignal<string | null>(null);
  const editing = useSignal<string | null>(null);
  const date = useSignal(today);
  const indicator = useSignal(indicators[0]?.id ?? '');
  const value = useSignal('');
  const note = useSignal('');
  const deleted = useSignal<ManualAchievement | null>(null);
  const from = firstOfMonth(shiftMonth(monthOf(today), -1));
  const list = useLiveQuery(() => data.achievementsBetween(from, lastOfMonth(monthOf(today))), [from]);
  const byId = new Map(indicators.map((i) => [i.id, i]));

  async function submit(e: Event) {
    e.preventDefault();
    const ind = byId.get(indicator.value);
    const units = ind ? parseDecimalToUnits(value.value, entryDigits(ind, locale.value)) : null;
    if (!ind || !units) {
      error.value = t('pacing.options.invalidNumber', { input: value.value });
      return;
    }
    const entry: ManualAchievement = {
      id: editing.value ?? crypto.randomUUID(),
      date: date.value,
      indicator: ind.id,
      value: units,
      note: note.value.trim().slice(0, 200),
      createdAt: Date.now(),
    };
    if ((await runWrite(() => data.putAchievement(entry), error)).ok) {
      editing.value = null;
      value.value = '';
      note.value = '';
    }
  }
  function edit(a: ManualAchievement) {
    const ind = byId.get(a.indicator);
    editing.value = a.id;
    date.value = a.date;
    indicator.value = a.indicator;
    value.value = ind ? unitsToDecimal(a.value, entryDigits(ind, locale.value)) : String(a.value);
    note.value = a.note;
  }
  async function remove(a: ManualAchievement) {
    const removed = await runWrite(() => data.deleteAchievement(a.id), error);
    if (removed.ok) deleted.value = removed.value;
  }

  return (
    <section class="card" id="achievements" data-testid="achievement-settings">
      <h2>{t('pacing.options.achievements.title')}</h2>
      <p class="muted">{t('pacing.options.achievements.help')}</p>
      <ErrorBanner message={error} />
      {deleted.value && (
        <div class="row small" role="status" data-testid="achievement-deleted">
          <span>{t('pacing.options.achievements.deleted', { date: formatDate(deleted.value.date, locale.value) })}</span>
          <button
            type="button"
            class="link-button"
            data-testid="achievement-undo"
            onClick={() => {
              const back = deleted.value;
              deleted.value = null;
              if (back) void runWrite(() => data.putAchievement(back), error);
            }}
          >
            {t('common.undo')}
          </button>
        </div>
      )}
      <form class="row" onSubmit={submit}>
        <BoundInput
          bind={date}
          class="input input--narrow"
          type="date"
          testId="achievement-date"
          aria-label={t('pacing.options.achievements.date')}
        />
        <Select
          testId="achievement-indicator"
          ariaLabel={t('pacing.options.achievements.indicator')}
          value={indicator.value}
          choices={indicators.map((i) => ({
            value: i.id,
            label: `${indicatorName(i, locale.value)} (${t(i.kind === 'amount' ? 'pacing.options.unit.amount' : 'pacing.options.unit.count')})`,
          }))}
          onChange={(id) => (indicator.value = id)}
        />
        <BoundInput
          bind={value}
          class="input input--narrow"
          inputMode="decimal"
          testId="achievement-value"
          placeholder={t('pacing.options.achievements.value')}
          aria-label={t('pacing.options.achievements.value')}
        />
        <BoundInput
          bind={note}
          testId="achievement-note"
          placeholder={t('pacing.options.achievements.note')}
          aria-label={t('pacing.options.achievements.note')}
        />
        <button type="submit" class="button" data-testid="achievement-add">
          {editing.value ? t('common.save') : t('pacing.options.add')}
        </button>
      </form>
      {list.value.value?.length === 0 && <p class="muted">{t('pacing.options.achievements.empty')}</p>}
      <ul class="origin-list">
        {list.value.value?.map((a) => {
          const ind = byId.get(a.indicator);
          return (
            <li key={a.id} data-testid="achievement" data-id={a.id}>
              <span>
                {formatDate(a.date, locale.value)} · {ind ? indicatorName(ind, locale.value) : a.indicator} ·{' '}
                <span data-testid="achievement-amount">{ind ? formatValue(ind, a.value, locale.value) : a.value}</span>
                {a.note && <span class="muted"> · {a.note}</span>}
              </span>
              <span class="row">
                <button type="button" class="link-button small" data-testid="achievement-edit" onClick={() => edit(a)}>
                  {t('pacing.options.edit')}
                </button>
                <button type="button" class="link-button small" data-testid="achievement-delete" onClick={() => void remove(a)}>
                  {t('common.delete')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
