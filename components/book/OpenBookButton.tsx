import { t } from '@/components/shared/i18n';
import { openBook } from '@/platform/pages';

/** The way into the book from the popup, the side panel and the options; `view` opens one of its views. */
export function OpenBookButton(props: { view?: string; label?: string; compact?: boolean; onOpened?: () => void }) {
  const label = props.label ?? t('book.open');
  return (
    <button
      type="button"
      class={props.compact ? 'link-button small' : 'button'}
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
