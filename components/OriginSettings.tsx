import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { originPatternFromInput } from '@/lib/origins';
import { listOrigins, requestOrigin, revokeOrigin, watchOrigins, type OriginEntry } from '@/platform/origins';
import { t } from './i18n';

/** Which CRM addresses Pacer may read; granting asks the browser, which shows its own prompt. */
export function OriginSettings() {
  const origins = useSignal<OriginEntry[] | null>(null);
  const input = useSignal('');
  const error = useSignal<string | null>(null);

  useEffect(() => {
    const refresh = () => void listOrigins().then((o) => (origins.value = o));
    refresh();
    return watchOrigins(refresh);
  }, []);

  async function add(e: Event) {
    e.preventDefault();
    const pattern = originPatternFromInput(input.value);
    if (!pattern) {
      error.value = t('options.origins.invalid', { input: input.value });
      return;
    }
    error.value = null;
    const granted = await requestOrigin(pattern);
    if (granted) input.value = '';
    else error.value = t('options.origins.denied');
  }

  return (
    <section class="card" data-testid="origin-settings">
      <h2>{t('options.origins.title')}</h2>
      <p class="muted">{t('options.origins.help')}</p>
      {origins.value && origins.value.length === 0 && <p class="muted">{t('options.origins.none')}</p>}
      <ul class="origin-list">
        {origins.value?.map((o) => (
          <li key={o.pattern} data-testid="origin">
            <code>{o.pattern}</code>
            {o.preset ? (
              <span class="badge">{t('options.origins.preset')}</span>
            ) : (
              <button type="button" class="link-button small" onClick={() => void revokeOrigin(o.pattern)}>
                {t('options.origins.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={add}>
        <input
          class="input"
          value={input.value}
          onInput={(e) => (input.value = (e.target as HTMLInputElement).value)}
          placeholder={t('options.origins.placeholder')}
          aria-label={t('options.origins.title')}
        />
        <button type="submit" class="button">{t('options.origins.add')}</button>
      </form>
      {error.value && <p class="error-banner" role="alert">{error.value}</p>}
    </section>
  );
}
