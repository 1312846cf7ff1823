import { useSignal } from '@preact/signals';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { Select } from '@/components/shared/Select';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { runWrite } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import { monthOf, shiftMonth } from '@/lib/calendar/working-days';
import { entryDigits, indicatorName } from '@/lib/pacing/format';
import { type Indicator, parseDecimalToUnits, targetsForMonth, unitsToDecimal } from '@/lib/pacing/targets';
import { data } from '@/platform/database';
import type { PacingSetup } from './use-pacing-config';

/** This and next month's target per indicator; a target the bank's policy sets is shown, not editable. */
export function TargetSettings(props: { setup: PacingSetup }) {
  const thisMonth = monthOf(toIsoDate(new Date()));
  const month = useSignal(thisMonth);
  const error = useSignal<string | null>(null);
  const own = useLiveQuery(() => data.targetsForMonths([month.value]), [month.value]);
  if (!own.value.value) return null;
  const targets = targetsForMonth(month.value, own.value.value, props.setup.policy);
  const months = [thisMonth, shiftMonth(thisMonth, 1)];

  async function change(indicator: Indicator, input: HTMLInputElement) {
    const text = input.value.trim();
    const value = text === '' ? null : parseDecimalToUnits(text, entryDigits(indicator, locale.value));
    if (text !== '' && value === null) {
      error.value = t('pacing.options.invalidNumber', { input: text });
      return;
    }
    await runWrite(() => data.setTarget(month.value, indicator.id, value, Date.now()), error);
  }

  return (
    <section class="card" id="targets" data-testid="target-settings">
      <h2>{t('pacing.options.targets.title')}</h2>
      <p class="muted">{t('pacing.options.targets.help')}</p>
      <ErrorBanner message={error} />
      <div class="row">
        <Select
          testId="target-month"
          ariaLabel={t('pacing.options.targets.month')}
          value={month.value}
          choices={months.map((m, i) => ({
            value: m,
            label: t(i === 0 ? 'pacing.options.targets.thisMonth' : 'pacing.options.targets.nextMonth', { month: m }),
          }))}
          onChange={(m) => (month.value = m)}
        />
      </div>
      <table class="pacing-table">
        <tbody>
          {props.setup.config.indicators.map((ind) => {
            const tgt = targets.get(ind.id);
            const digits = entryDigits(ind, locale.value);
            return (
              <tr key={`${month.value}-${ind.id}`} data-testid="target-row" data-indicator={ind.id}>
                <td>{indicatorName(ind, locale.value)}</td>
                <td>
                  {tgt?.managed ? (
                    <span data-testid="target-managed">
                      {unitsToDecimal(tgt.value, digits)} <span class="badge">{t('pacing.options.managed')}</span>
                    </span>
                  ) : (
                    <input
                      class="input"
                      inputMode="decimal"
                      data-testid="target-input"
                      aria-label={indicatorName(ind, locale.value)}
                      defaultValue={tgt ? unitsToDecimal(tgt.value, digits) : ''}
                      onChange={(e) => void change(ind, e.currentTarget)}
                    />
                  )}
                </td>
                <td class="muted small">{t(ind.kind === 'amount' ? 'pacing.options.unit.amount' : 'pacing.options.unit.count')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
