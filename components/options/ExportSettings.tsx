import { useSignal } from '@preact/signals';
import { downloadFile } from '@/components/shared/download';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { DEFAULT_INDICATORS, type Indicator } from '@/lib/pacing/targets';
import { type CsvFile, exportBookCsv, exportPipelineCsv } from '@/platform/export';
import { amountIndicators } from '@/platform/figures';

/** An indicator's name in the RM's language, from the configured ones (an id no longer configured: itself). */
const namer = (configured: readonly Indicator[]) => (id: string) => {
  const found = configured.find((i) => i.id === id) ?? DEFAULT_INDICATORS.find((i) => i.id === id);
  return found ? (locale.value === 'en' ? found.en : found.zh) : id;
};

/** The book and the pipeline as CSV files Excel opens as they are. */
export function ExportSettings() {
  const error = useSignal<string | null>(null);
  const done = useSignal<string | null>(null);

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
          onClick={() =>
            void run(async () => exportPipelineCsv(locale.value, namer(await amountIndicators().catch((): Indicator[] => []))))
          }
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
