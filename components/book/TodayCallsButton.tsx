import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import { toIsoDate } from '@/lib/calendar/dates';
import { openBook } from '@/platform/pages';

/**
 * The popup's way into today's call list, with how many are on it. The count needs the database, which the popup's
 * first frame must not wait for: it is loaded after that frame, as the figures are.
 */
export function TodayCallsButton() {
  const count = useSignal<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const timer = setTimeout(() => {
      void import('@/platform/call-list')
        .then(({ todayCalls }) => todayCalls(toIsoDate(new Date())))
        .then((list) => {
          if (!stopped) count.value = list.items.length;
        })
        .catch(() => undefined);
    }, 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return (
    <button
      type="button"
      class="button"
      data-testid="open-calls"
      data-count={count.value ?? ''}
      onClick={() => {
        openBook('calls');
        window.close();
      }}
    >
      {count.value === null ? t('book.calls.popupNone') : t('book.calls.popup', { n: count.value })}
    </button>
  );
}
