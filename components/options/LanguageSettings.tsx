import { LOCALES, type LocalePreference } from '@/lib/i18n';
import { writeSettings } from '@/platform/settings';
import { localePreference, t } from '@/components/shared/i18n';

const CHOICES: readonly LocalePreference[] = ['auto', ...LOCALES];

export function LanguageSettings() {
  return (
    <section class="card">
      <h2>{t('options.language.title')}</h2>
      <select
        data-testid="language"
        value={localePreference.value}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value as LocalePreference;
          localePreference.value = value;
          void writeSettings({ locale: value });
        }}
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`options.language.${c}`)}
          </option>
        ))}
      </select>
    </section>
  );
}
