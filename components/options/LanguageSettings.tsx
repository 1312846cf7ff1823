import { useSignal } from '@preact/signals';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { localePreference, t } from '@/components/shared/i18n';
import { Select } from '@/components/shared/Select';
import { runWrite } from '@/components/shared/write';
import { LOCALES, type LocalePreference } from '@/lib/i18n';
import { updateSettings } from '@/platform/settings';

const CHOICES: readonly LocalePreference[] = ['auto', ...LOCALES];

/** The UI language: the browser's, or one the RM picks; every open page follows at once. */
export function LanguageSettings() {
  const error = useSignal<string | null>(null);
  function choose(locale: LocalePreference) {
    localePreference.value = locale;
    void runWrite(() => updateSettings((s) => ({ ...s, locale })), error);
  }
  return (
    <section class="card" id="language">
      <h2>{t('options.language.title')}</h2>
      <ErrorBanner message={error} />
      <Select
        testId="language"
        ariaLabel={t('options.language.title')}
        value={localePreference.value}
        choices={CHOICES.map((c) => ({ value: c, label: t(`options.language.${c}`) }))}
        onChange={choose}
      />
    </section>
  );
}
