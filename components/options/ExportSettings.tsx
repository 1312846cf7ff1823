import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { indicatorName, loadDealIndicators } from '@/components/card/deal-indicators';
import { downloadFile } from '@/components/shared/download';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { type CsvFile, exportBookCsv, exportPipelineCsv } from '@/platform/export';

/** The book and the pipeline as CSV files Excel opens as they are. */
export function ExportSettings() {
  const error = useSignal<string | null>(null);
  const done = useSignal<string | null>(null);
  useEffect(() => void loadDealIndicators(), []);

  async function run(make: () => Promise<CsvFile>) {
    done.value = null;
    const r = await runWrite(make, error);
    if (!r.ok) return;
    downloadFile([r.value.text], r.value.fileName, 'text/csv;charset=utf-8');
    done.value = t('export.done', { file: r.value.fileName, n: r.value.rows });
  }

  return (
    <section class="card" id="export" data-testid="export-settings">
      <h2>{t('export.title')}</h2>
      <p class="muted">{t('export.help')}</p>
      <ErrorBanner message={error} testId="export-error" />
      <div class="row">
        <button type="button" class="button" onClick={() => void run(() => exportBookCsv(locale.value))} data-testid="export-book">
          {t('export.book')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => void run(() => exportPipelineCsv(locale.value, indicatorName))}
          data-testid="export-pipeline"
        >
          {t('export.pipeline')}
        </button>
      </div>
      {done.value && (
        <p class="flash" role="status" data-testid="export-done">
          {done.value}
        </p>
      )}
    </section>
  );
}
