import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { DatabaseStatus } from '@/platform/database';
import { ErrorBanner } from './ErrorBanner';
import { t } from './i18n';

/**
 * Says, on the pages that write, when the database cannot be written: a newer Pacer wrote it (it is open read-only)
 * or it cannot be opened at all, and what to do. Nothing when all is well.
 */
export function DatabaseNotice() {
  const status = useSignal<DatabaseStatus | null>(null);
  useEffect(() => {
    // Loaded here rather than imported: a page whose first frame needs no database (the options) keeps Dexie out of
    // the files it loads before it; on a page that has the database already, this import costs nothing.
    void import('@/platform/database')
      .then((m) => m.databaseStatus())
      .then(
        (s) => (status.value = s),
        () => (status.value = 'unavailable'),
      );
  }, []);
  const text = status.value === 'newer' ? t('error.newerDatabase') : status.value === 'unavailable' ? t('error.databaseUnavailable') : null;
  return <ErrorBanner message={text} testId="database-notice" />;
}
