import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BoundInput } from '@/components/shared/BoundInput';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { DORMANT_AFTER_MONTHS } from '@/lib/client/contact-rhythm';
import { readSettings, updateSettings } from '@/platform/settings';

/** When the card suggests, from the contact log, that a client has gone dormant. */
export function RhythmSettings() {
  const months = useSignal('');
  const error = useSignal<string | null>(null);
  const saved = useSignal(false);
  useEffect(() => {
    void readSettings().then((s) => (months.value = String(s.dormantAfterMonths)));
  }, []);

  async function save(e: Event) {
    e.preventDefault();
    const n = Number(months.value);
    if (!Number.isInteger(n) || n < DORMANT_AFTER_MONTHS.min || n > DORMANT_AFTER_MONTHS.max) {
      error.value = t('options.rhythm.invalid', DORMANT_AFTER_MONTHS);
      saved.value = false;
      return;
    }
    saved.value = (await runWrite(() => updateSettings((s) => ({ ...s, dormantAfterMonths: n })), error)).ok;
  }

  return (
    <section class="card" id="rhythm" data-testid="rhythm-settings">
      <h2>{t('options.rhythm.title')}</h2>
      <p class="muted">{t('options.rhythm.help')}</p>
      <ErrorBanner message={error} />
      <form class="row" onSubmit={save} onInput={() => (saved.value = false)}>
        <Field label={t('options.rhythm.dormantAfter')} narrow>
          <BoundInput
            bind={months}
            type="number"
            min={DORMANT_AFTER_MONTHS.min}
            max={DORMANT_AFTER_MONTHS.max}
            step={1}
            class="input input--narrow"
            testId="dormant-months"
          />
        </Field>
        <button type="submit" class="button" data-testid="rhythm-save">
          {t('common.save')}
        </button>
      </form>
      {saved.value && (
        <p class="flash" role="status" data-testid="rhythm-saved">
          {t('options.rhythm.saved')}
        </p>
      )}
    </section>
  );
}
