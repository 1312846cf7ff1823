import { useSignal } from '@preact/signals';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { type Checkpoints, CheckpointsSchema, checkpointsOf } from '@/lib/pacing/checkpoints';
import { indicatorName } from '@/lib/pacing/format';
import { data } from '@/platform/database';
import type { PacingSetup } from './use-pacing-config';

/**
 * The cumulative % due at the end of weeks 1–4: the default for amount indicators (60/80/100/100), and each
 * indicator's own (count indicators default to 50/75/90/100: week 4 is for the activity rate).
 */
export function CheckpointSettings(props: { setup: PacingSetup }) {
  const error = useSignal<string | null>(null);
  const { config, policy } = props.setup;
  const amountsLocked = policy.checkpoints !== undefined;
  const indicatorsLocked = policy.indicators !== undefined;

  /** The week's value changed in `values`, checked; null (with the reason shown) when it is not a valid plan. */
  function changed(values: Checkpoints, index: number, text: string): Checkpoints | null {
    const r = CheckpointsSchema.safeParse(values.map((v, i) => (i === index ? Number(text) : v)));
    if (r.success) return r.data;
    error.value = t('pacing.options.checkpoints.invalid');
    return null;
  }

  return (
    <section class="card" id="checkpoints" data-testid="checkpoint-settings">
      <h2>{t('pacing.options.checkpoints.title')}</h2>
      <p class="muted small">{t('pacing.options.checkpoints.help')}</p>
      <ErrorBanner message={error} />
      <table class="pacing-table">
        <thead>
          <tr>
            <th scope="col">{t('pacing.options.checkpoints.for')}</th>
            {[1, 2, 3, 4].map((n) => (
              <th key={n} scope="col">
                {t('pacing.options.checkpoints.week', { n })}
              </th>
            ))}
            <th scope="col">
              <span class="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <CheckpointRow
            label={t('pacing.options.checkpoints.amountDefault')}
            testId="checkpoints-default"
            values={config.checkpoints}
            locked={amountsLocked}
            onChange={(i, text) => {
              const next = changed(config.checkpoints, i, text);
              if (next) void runWrite(() => data.updatePacingConfig({ checkpoints: next }), error);
            }}
          />
          {config.indicators.map((ind) => {
            const values = checkpointsOf(ind, config.checkpoints);
            return (
              <CheckpointRow
                key={ind.id}
                label={indicatorName(ind, locale.value)}
                testId="checkpoints-indicator"
                indicatorId={ind.id}
                values={values}
                own={ind.checkpoints !== undefined}
                locked={indicatorsLocked}
                onChange={(i, text) => {
                  const next = changed(values, i, text);
                  if (next) void runWrite(() => data.setIndicatorCheckpoints(ind.id, next), error);
                }}
                onReset={() => void runWrite(() => data.setIndicatorCheckpoints(ind.id, null), error)}
              />
            );
          })}
        </tbody>
      </table>
      {(amountsLocked || indicatorsLocked) && <span class="badge">{t('pacing.options.managed')}</span>}
    </section>
  );
}

function CheckpointRow(props: {
  label: string;
  testId: string;
  indicatorId?: string;
  values: Checkpoints;
  own?: boolean;
  locked: boolean;
  onChange: (index: number, text: string) => void;
  onReset?: () => void;
}) {
  return (
    <tr data-testid={props.testId} data-indicator={props.indicatorId} data-own={props.own === undefined ? undefined : String(props.own)}>
      <th scope="row">{props.label}</th>
      {props.values.map((v, i) => (
        <td key={`${i}-${v}`}>
          <input
            class="input input--narrow"
            type="number"
            min={0}
            max={100}
            step={1}
            disabled={props.locked}
            data-testid="checkpoint-input"
            aria-label={`${props.label} · ${i + 1} · %`}
            defaultValue={String(v)}
            onChange={(e) => props.onChange(i, e.currentTarget.value)}
          />
        </td>
      ))}
      <td>
        {props.own && !props.locked && props.onReset && (
          <button type="button" class="link-button small" data-testid="checkpoints-reset" onClick={props.onReset}>
            {t('pacing.options.checkpoints.reset')}
          </button>
        )}
        {props.own === false && <span class="muted small">{t('pacing.options.checkpoints.byKind')}</span>}
      </td>
    </tr>
  );
}
