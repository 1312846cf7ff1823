/** The UI language as a signal: components re-render when the RM changes it in the options. */
import { computed, signal } from '@preact/signals';
import { type Locale, type LocalePreference, type MessageKey, type Params, pickLocale, translate } from '@/lib/i18n';

export const localePreference = signal<LocalePreference>('auto');

export const locale = computed<Locale>(() =>
  pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages, localePreference.value),
);

export function t(key: MessageKey, params?: Params): string {
  return translate(locale.value, key, params);
}
