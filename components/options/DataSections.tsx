import '@/lib/i18n/late';
import { BackupSettings } from './BackupSettings';
import { ExportSettings } from './ExportSettings';
import { HandoverSettings } from './HandoverSettings';
import { ImportSettings } from './ImportSettings';

/**
 * The RM's data in and out (issue 14): import a client list, CSV export, handover, backup and restore. Loaded
 * after the rest of the options page (it carries the .xlsx reader and the backup's checks), which it never delays.
 */
export function DataSections() {
  return (
    <>
      <ImportSettings />
      <ExportSettings />
      <HandoverSettings />
      <BackupSettings />
    </>
  );
}
