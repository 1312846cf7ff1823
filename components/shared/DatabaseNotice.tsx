import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { type DatabaseStatus, databaseStatus } from '@/platform/database';
import { ErrorBanner } from './ErrorBanner';
import { t } from './i18n';

/**
 * Says, on the pages that write, when the database cannot be written: a newer Pacer wrote it (it is open read-only)
 * or it cannot be opened at all, and what to do. Nothing when all is well.
 */
export function DatabaseNotice() {
  const status = useSignal<DatabaseStatus | null>(null);
  useEffect(() => {
    void databaseStatus().then((s) => (status.value = s));
  }, []);
  const text = status.value === 'newer' ? t('error.newerDatabase') : status.value === 'unavailable' ? t('error.databaseUnavailable') : null;
  return <ErrorBanner message={text} testId="database-notice" />;
}
