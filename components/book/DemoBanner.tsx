import { useSignal } from '@preact/signals';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { runWrite } from '@/components/shared/write';
import { bookData } from '@/platform/book-database';

/** While the demo book (scripts/demo.sh) is loaded: says so on every view, and takes it out in one click. */
export function DemoBanner() {
  const marker = useLiveQuery(() => bookData.demoBook(), []);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const m = marker.value.value;
  if (!m) return <ErrorBanner message={error} testId="demo-error" />;
  const remove = async () => {
    busy.value = true;
    await runWrite(() => bookData.removeDemoBook(), error);
    busy.value = false;
  };
  return (
    <>
      <div class="book-demo" role="note" data-testid="demo-banner">
        <span>{t('book.demo.notice', { n: m.clients })}</span>
        <button type="button" class="button" data-testid="demo-remove" disabled={busy.value} onClick={remove}>
          {t('book.demo.remove')}
        </button>
      </div>
      <ErrorBanner message={error} testId="demo-error" />
    </>
  );
}
