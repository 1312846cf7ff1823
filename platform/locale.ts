/** The RM's language in a context without a page of its own (the background's badge and CRM-page toasts). */
import { type Locale, pickLocale } from '@/lib/i18n';
import { settings } from './storage';

export async function currentLocale(): Promise<Locale> {
  const chosen = await settings.get().catch(() => ({ locale: 'auto' as const }));
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages, chosen.locale);
}
