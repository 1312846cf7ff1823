import { useSignal } from '@preact/signals';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { Select } from '@/components/shared/Select';
import { runWrite } from '@/components/shared/write';
import { type Indicator, IndicatorSchema } from '@/lib/pacing/targets';
import { data } from '@/platform/database';
import type { PacingSetup } from './use-pacing-config';

/** Which indicators the bank measures, each with a Chinese and an English name and a kind (amount or count). */
export function IndicatorSettings(props: { setup: PacingSetup }) {
  const error = useSignal<string | null>(null);
  const locked = props.setup.policy.indicators !== undefined;
  const list = props.setup.config.indicators;

  async function write(next: Indicator[]) {
    if (!next.every((i) => IndicatorSchema.safeParse(i).success) || next.length === 0) {
      error.value = t('pacing.options.indicators.invalid');
      return;
    }
    await runWrite(() => data.updatePacingConfig({ indicators: next }), error);
  }
  const update = (index: number, patch: Partial<Indicator>) => write(list.map((ind, i) => (i === index ? { ...ind, ...patch } : ind)));
  function add() {
    let n = list.length + 1;
    while (list.some((i) => i.id === `custom-${n}`)) n++;
    void write([...list, { id: `custom-${n}`, kind: 'amount', zh: `${t('pacing.options.indicators.title')} ${n}`, en: `Indicator ${n}` }]);
  }

  return (
    <section class="card" id="indicators" data-testid="indicator-settings">
      <h2>{t('pacing.options.indicators.title')}</h2>
      {locked && <span class="badge">{t('pacing.options.managed')}</span>}
      <ErrorBanner message={error} />
      <table class="pacing-table">
        <thead>
          <tr>
            <th>{t('pacing.options.indicators.zh')}</th>
            <th>{t('pacing.options.indicators.en')}</th>
            <th>{t('pacing.options.indicators.kind')}</th>
            <th>
              <span class="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((ind, i) => (
            <tr key={`${ind.id}-${ind.zh}-${ind.en}-${ind.kind}`} data-testid="indicator-row" data-indicator={ind.id}>
              <td>
                <input
                  class="input"
                  disabled={locked}
                  defaultValue={ind.zh}
                  aria-label={t('pacing.options.indicators.zh')}
                  onChange={(e) => void update(i, { zh: e.currentTarget.value.trim() })}
                />
              </td>
              <td>
                <input
                  class="input"
                  disabled={locked}
                  defaultValue={ind.en}
                  aria-label={t('pacing.options.indicators.en')}
                  onChange={(e) => void update(i, { en: e.currentTarget.value.trim() })}
                />
              </td>
              <td>
                <Select
                  disabled={locked}
                  ariaLabel={t('pacing.options.indicators.kind')}
                  value={ind.kind}
                  choices={[
                    { value: 'amount', label: t('pacing.options.indicators.kind.amount') },
                    { value: 'count', label: t('pacing.options.indicators.kind.count') },
                  ]}
                  onChange={(kind) => void update(i, { kind })}
                />
              </td>
              <td>
                {!locked && list.length > 1 && (
                  <button type="button" class="link-button small" onClick={() => void write(list.filter((_, j) => j !== i))}>
                    {t('common.delete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (
        <div class="row">
          <button type="button" class="button" onClick={add}>
            {t('pacing.options.indicators.add')}
          </button>
        </div>
      )}
    </section>
  );
}
