import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ClientRef } from '@/lib/client/key';
import { toIsoDate } from '@/lib/calendar/dates';
import { lastUsedIndicator } from '@/lib/db/clients';
import { pacerDb } from '@/lib/db/database';
import { addDeal, deleteDeal, updateDeal } from '@/lib/db/deals';
import { defaultIndicator } from '@/lib/pipeline';
import { newDeal, type Deal } from '@/lib/pipeline';
import { amountGapsToday, notifyPacingChanged } from '@/platform/pacing';
import { guarded, writeErrorText, type Write, type WriteOutcome } from '@/components/shared/write';
import { DealList } from './DealList';
import { indicatorName, loadDealIndicators } from './deal-indicators';
import { t } from '@/components/shared/i18n';

const UNDO_MS = 8000;

/** One click adds a deal with smart defaults, then the RM adjusts it inline; delete can be undone. */
export function PipelineSection(props: { client: ClientRef; deals: readonly Deal[] | undefined; onError: WriteOutcome }) {
  const busy = useSignal(false);
  useEffect(() => void loadDealIndicators(), []);
  const flash = useSignal<string | null>(null);
  const editing = useSignal<string | null>(null);
  const deleted = useSignal<Deal | null>(null);

  // Every deal write may change today's achievement or pipeline coverage: the badge follows at once.
  const run = async (write: Write<unknown>) => {
    await guarded(write, props.onError);
    notifyPacingChanged();
  };

  async function add() {
    if (busy.value) return; // a double click must not create two deals
    busy.value = true;
    try {
      const db = pacerDb();
      const now = Date.now();
      // Behind on an indicator this month? Default to the one furthest behind; else the last used.
      const [lastUsed, gaps] = await Promise.all([lastUsedIndicator(db), amountGapsToday(db).catch(() => null)]);
      const indicator = defaultIndicator({ lastUsed, gaps });
      const deal = await addDeal(db, newDeal({ id: crypto.randomUUID(), ...props.client, today: toIsoDate(new Date(now)), now, indicator }));
      props.onError(null);
      editing.value = deal.id;
      flash.value = t('deal.addedWith', { indicator: indicatorName(indicator) });
      setTimeout(() => (flash.value = null), 4000);
    } catch (e) {
      props.onError(writeErrorText(e));
    } finally {
      busy.value = false;
    }
  }

  async function remove(deal: Deal) {
    await run(async () => {
      const gone = await deleteDeal(pacerDb(), deal.id);
      deleted.value = gone;
      editing.value = null;
      setTimeout(() => {
        if (deleted.value?.id === deal.id) deleted.value = null;
      }, UNDO_MS);
    });
  }

  const list = props.deals;
  return (
    <section class="section" aria-labelledby="pipeline-title">
      <div class="section__head">
        <h3 id="pipeline-title">{t('panel.pipeline.title')}</h3>
        {list && list.length > 0 && <span class="muted">{t('panel.pipeline.count', { n: list.length })}</span>}
      </div>
      <button type="button" class="button button--primary" data-testid="add-to-pipeline" disabled={busy.value} onClick={add}>
        {t('panel.pipeline.add')}
      </button>
      {flash.value && <p class="flash" role="status" data-testid="pipeline-flash">{flash.value}</p>}
      {deleted.value && (
        <div class="offer" role="status" data-testid="deal-undo-bar">
          <span>{t('deal.deleted')}</span>
          <button
            type="button"
            class="button button--small"
            data-testid="deal-undo"
            onClick={() => {
              const d = deleted.value;
              deleted.value = null;
              if (d) void run(() => addDeal(pacerDb(), d));
            }}
          >
            {t('common.undo')}
          </button>
        </div>
      )}
      {list ? (
        <DealList deals={list} editing={editing} onChange={(id, c) => void run(() => updateDeal(pacerDb(), id, c, Date.now()))} onDelete={(d) => void remove(d)} />
      ) : (
        <p class="muted">{t('common.loading')}</p>
      )}
    </section>
  );
}
