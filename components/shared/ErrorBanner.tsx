import type { Signal } from '@preact/signals';
import { t } from './i18n';

/**
 * Something that went wrong, said in the RM's language: every page shows errors this one way. Given the page's
 * error signal (a write that failed), the banner stays until dismissed or until a later write succeeds; given a
 * text, it shows while the text is there.
 */
export function ErrorBanner(props: { message: Signal<string | null> | string | null; lines?: readonly string[]; testId?: string }) {
  const m = props.message;
  const owned = typeof m === 'string' || m === null ? null : m;
  const text = typeof m === 'string' || m === null ? m : m.value;
  if (!text) return null;
  return (
    <div class="error-banner" role="alert" data-testid={props.testId ?? 'error-banner'}>
      <span>{text}</span>
      {props.lines && props.lines.length > 0 && (
        <ul class="errors">
          {props.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {owned && (
        <button type="button" class="link-button" onClick={() => (owned.value = null)}>
          {t('common.close')}
        </button>
      )}
    </div>
  );
}
