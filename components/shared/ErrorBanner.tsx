import type { Signal } from '@preact/signals';
import { t } from './i18n';

/** A write that failed, said in the RM's language; the banner stays until dismissed. */
export function ErrorBanner(props: { message: Signal<string | null> }) {
  if (!props.message.value) return null;
  return (
    <div class="error-banner" role="alert" data-testid="error-banner">
      <span>{props.message.value}</span>
      <button type="button" class="link-button" onClick={() => (props.message.value = null)}>
        {t('common.close')}
      </button>
    </div>
  );
}
