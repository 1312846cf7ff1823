import { useSignal } from '@preact/signals';
import type { ClientRef } from '@/lib/client-key';
import { toIsoDate } from '@/lib/dates';
import { pacerDb } from '@/lib/db/database';
import { addDeal, dealsForClient } from '@/lib/db/deals';
import { StorageWriteError } from '@/lib/db/errors';
import { newDeal } from '@/lib/pipeline';
import { DealList } from './DealList';
import { ErrorBanner } from './ErrorBanner';
import { useLiveQuery } from './hooks/use-live-query';
import { t } from './i18n';

/** The client on screen: who, how Pacer knows, and their pipeline. */
export function ClientCard(props: { client: ClientRef; via: string }) {
  const { origin, clientId } = props.client;
  const deals = useLiveQuery(() => dealsForClient(pacerDb(), { origin, clientId }), [origin, clientId]);
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const flash = useSignal<string | null>(null);

  async function add() {
    if (busy.value) return; // a double click must not create two deals
    busy.value = true;
    error.value = null;
    try {
      const now = Date.now();
      await addDeal(pacerDb(), newDeal({ id: crypto.randomUUID(), origin, clientId, today: toIsoDate(new Date(now)), now }));
      flash.value = t('panel.pipeline.added');
      setTimeout(() => (flash.value = null), 2000);
    } catch (e) {
      error.value = t(e instanceof StorageWriteError ? e.messageKey : 'error.storage');
    } finally {
      busy.value = false;
    }
  }

  const list = deals.value.value;
  return (
    <article class="client-card" data-testid="client-card">
      <header class="client-card__head">
        <div class="client-card__label">{t('panel.client.label')}</div>
        <div class="client-card__id" data-testid="client-id">{clientId}</div>
        <div class="client-card__via muted" data-testid="client-via">{t('panel.client.via', { via: props.via })}</div>
      </header>
      <ErrorBanner message={error} />
      <section class="section">
        <div class="section__head">
          <h3>{t('panel.pipeline.title')}</h3>
          {list && list.length > 0 && <span class="muted">{t('panel.pipeline.count', { n: list.length })}</span>}
        </div>
        <button type="button" class="button button--primary" data-testid="add-to-pipeline" disabled={busy.value} onClick={add}>
          {t('panel.pipeline.add')}
        </button>
        {flash.value && <p class="flash" role="status">{flash.value}</p>}
        {list ? <DealList deals={list} /> : <p class="muted">{t('common.loading')}</p>}
      </section>
    </article>
  );
}
