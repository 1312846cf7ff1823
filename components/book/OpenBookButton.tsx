import { t } from '@/components/shared/i18n';
import { openBook } from '@/platform/pages';

/** The way into the book from the popup, the side panel and the options; `view` opens one of its views. */
export function OpenBookButton(props: { view?: string; label?: string; compact?: boolean; onOpened?: () => void }) {
  // Compact in the side panel's top bar, where a second line would push the card's first screen down.
  const label = props.label ?? (props.compact ? t('book.open.short') : t('book.open'));
  return (
    <button
      type="button"
      class={props.compact ? 'link-button small nowrap' : 'button'}
      title={props.compact ? t('book.open') : undefined}
      data-testid={`open-book${props.view ? `-${props.view}` : ''}`}
      onClick={() => {
        openBook(props.view);
        props.onOpened?.();
      }}
    >
      {label}
    </button>
  );
}
