import type { Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import { PANEL_KEYS } from '@/lib/panel-keys';

/** The panel's keys, shown with `?` and closed with Esc, `?` or its button; focus returns where it was. */
export function KeyHelp(props: { open: Signal<boolean> }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!props.open.value) return;
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => before?.focus?.();
  }, [props.open.value]);
  if (!props.open.value) return null;
  return (
    <div
      class="key-help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="key-help-title"
      tabIndex={-1}
      ref={dialog}
      data-testid="key-help"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.open.value = false;
        }
      }}
    >
      <h2 id="key-help-title">{t('keys.title')}</h2>
      <dl class="key-help__list">
        {Object.entries(PANEL_KEYS).map(([key, action]) => (
          <div key={key} class="key-help__row">
            <dt>
              <kbd>{key.toUpperCase()}</kbd>
            </dt>
            <dd>{t(`keys.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <p class="muted small">{t('keys.browser')}</p>
      <button type="button" class="button button--small" data-testid="key-help-close" onClick={() => (props.open.value = false)}>
        {t('common.close')}
      </button>
    </div>
  );
}
