import { useSignal } from '@preact/signals';
import { downloadFile } from '@/components/shared/download';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import type { ClientRef } from '@/lib/client/key';

/**
 * Hands this one client over from their card (issue 14 §3): the same handover file the options page makes for a
 * cell or a list of numbers (platform/handover.ts), loaded on the click so the side panel does not carry it.
 */
export function HandoverExport(props: { client: ClientRef }) {
  const error = useSignal<string | null>(null);
  const done = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function run() {
    done.value = null;
    busy.value = true;
    const { origin, clientId } = props.client;
    const r = await runWrite(async () => (await import('@/platform/handover')).exportHandover({ kind: 'client', origin, clientId }), error);
    busy.value = false;
    if (!r.ok || r.value.clients === 0) return;
    downloadFile([r.value.text], r.value.fileName, 'application/json');
    done.value = t('card.handover.exported', { file: r.value.fileName });
  }

  return (
    <div class="row">
      <ErrorBanner message={error} testId="card-handover-error" />
      <button type="button" class="button" disabled={busy.value} onClick={() => void run()} data-testid="card-handover-export">
        {t('card.handover.export')}
      </button>
      {done.value && (
        <p class="small muted" role="status" data-testid="card-handover-exported">
          {done.value}
        </p>
      )}
    </div>
  );
}
