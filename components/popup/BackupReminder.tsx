import { t } from '@/components/shared/i18n';
import type { Reminder } from '@/lib/backup/reminder';
import { openOptions } from '@/platform/pages';

/** The book has not been backed up for a while (or ever): one profile reset would lose it. */
export function BackupReminder(props: { reminder: Reminder | null }) {
  const r = props.reminder;
  if (!r) return null;
  return (
    <p class="pacing-alert" role="status" data-testid="backup-reminder" data-kind={r.kind}>
      <span>{r.kind === 'never' ? t('reminder.never') : t('reminder.stale', { days: r.days })}</span>{' '}
      <button type="button" class="link-button small" onClick={() => openOptions('backup')} data-testid="backup-now">
        {t('reminder.backUp')}
      </button>
    </p>
  );
}
