import { useSignal } from '@preact/signals';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { CheckpointsSchema } from '@/lib/pacing/targets';
import { data } from '@/platform/database';
import type { PacingSetup } from './use-pacing-config';

/** The cumulative % due at the end of weeks 1–4 (default 60/80/100/100). */
export function CheckpointSettings(props: { setup: PacingSetup }) {
  const error = useSignal<string | null>(null);
  const locked = props.setup.policy.checkpoints !== undefined;
  const values = props.setup.config.checkpoints;

  async function change(index: number, text: string) {
    const next = values.map((v, i) => (i === index ? Number(text) : v));
    const r = CheckpointsSchema.safeParse(next);
    if (!r.success) {
      error.value = t('pacing.options.checkpoints.invalid');
      return;
    }
    await runWrite(() => data.updatePacingConfig({ checkpoints: r.data }), error);
  }

  return (
    <section class="card" data-testid="checkpoint-settings">
      <h2>{t('pacing.options.checkpoints.title')}</h2>
      {locked && <span class="badge">{t('pacing.options.managed')}</span>}
      <ErrorBanner message={error} />
      <div class="row">
        {values.map((v, i) => (
          <label key={`${i}-${v}`} class="row small">
            {t('pacing.options.checkpoints.week', { n: i + 1 })}
            <input
              class="input input--narrow"
              type="number"
              min={0}
              max={100}
              step={1}
              disabled={locked}
              data-testid="checkpoint-input"
              defaultValue={String(v)}
              onChange={(e) => void change(i, e.currentTarget.value)}
            />
            %
          </label>
        ))}
      </div>
    </section>
  );
}
