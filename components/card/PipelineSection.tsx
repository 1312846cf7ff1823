import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import { runWrite, type WriteError } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import type { ClientRef } from '@/lib/client/key';
import { defaultStage } from '@/lib/meeting';
import { type Deal, defaultIndicator, newDeal } from '@/lib/pipeline';
import type { Sentiment } from '@/lib/sentiment';
import type { ContactPurpose } from '@/lib/trust-ladder';
import { data } from '@/platform/database';
import { amountGapsToday } from '@/platform/figures';
import { DealList } from './DealList';
import { indicatorName, loadDealIndicators } from './deal-indicators';
import type { OutcomeInput } from './MeetingOutcomeForm';

const UNDO_MS = 8000;

/**
 * One click adds a deal with smart defaults (its stage from what the RM recorded), then the RM adjusts it inline;
 * a meeting is planned on the deal and its outcome goes into the contact log; delete can be undone.
 */
export function PipelineSection(props: {
  client: ClientRef;
  deals: readonly Deal[] | undefined;
  sentiment: Sentiment | null;
  error: WriteError;
  /** A meeting's outcome was logged as a contact of this purpose (the ladder may offer a rung). */
  onContactLogged?: (purpose: ContactPurpose) => void;
}) {
  const busy = useSignal(false);
  useEffect(() => void loadDealIndicators(), []);
  const flash = useSignal<string | null>(null);
  const editing = useSignal<string | null>(null);
  const deleted = useSignal<Deal | null>(null);

  async function add() {
    if (busy.value) return; // a double click must not create two deals
    busy.value = true;
    const added = await runWrite(async () => {
      const now = Date.now();
      // Behind on an indicator this month? Default to the one furthest behind; else the last used.
      const [lastUsed, gaps] = await Promise.all([data.lastUsedIndicator(), amountGapsToday().catch(() => null)]);
      const indicator = defaultIndicator({ lastUsed, gaps });
      const stage = defaultStage(props.sentiment);
      return data.addDeal(newDeal({ id: crypto.randomUUID(), ...props.client, today: toIsoDate(new Date(now)), now, indicator, stage }));
    }, props.error);
    busy.value = false;
    if (!added.ok) return;
    editing.value = added.value.id;
    flash.value = `${t('deal.addedWith', { indicator: indicatorName(added.value.indicator) })}${
      added.value.stage === 'met' ? ` ${t('deal.stageBecause.positive')}` : ''
    }`;
    setTimeout(() => (flash.value = null), 4000);
  }

  async function remove(deal: Deal) {
    await runWrite(async () => {
      deleted.value = await data.deleteDeal(deal.id);
      editing.value = null;
      setTimeout(() => {
        if (deleted.value?.id === deal.id) deleted.value = null;
      }, UNDO_MS);
    }, props.error);
  }

  async function recordOutcome(deal: Deal, r: OutcomeInput) {
    const today = toIsoDate(new Date(r.outcome.recordedAt));
    const planned = deal.meeting?.date;
    const written = await runWrite(
      () =>
        data.recordMeetingOutcome(deal.id, {
          ...r,
          // Held on its day; a record written ahead of a meeting's day counts today (the log holds no future).
          heldOn: planned && planned <= today ? planned : today,
          headings: {
            learnt: t('meeting.heading.learnt'),
            objections: t('meeting.heading.objections'),
            nextStep: t('meeting.heading.nextStep'),
          },
        }),
      props.error,
    );
    if (written.ok && written.value) props.onContactLogged?.(written.value.purpose);
  }

  function undoDelete() {
    const d = deleted.value;
    deleted.value = null;
    if (d) void runWrite(() => data.addDeal(d), props.error);
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
      {flash.value && (
        <p class="flash" role="status" data-testid="pipeline-flash">
          {flash.value}
        </p>
      )}
      {deleted.value && (
        <div class="offer" role="status" data-testid="deal-undo-bar">
          <span>{t('deal.deleted')}</span>
          <button type="button" class="button button--small" data-testid="deal-undo" onClick={undoDelete}>
            {t('common.undo')}
          </button>
        </div>
      )}
      {list ? (
        <DealList
          deals={list}
          editing={editing}
          onChange={(id, c) => void runWrite(() => data.updateDeal(id, c, Date.now()), props.error)}
          onOutcome={(deal, r) => void recordOutcome(deal, r)}
          onMeeting={(id, change) => void runWrite(() => data.updateMeeting(id, change, Date.now()), props.error)}
          onDelete={(d) => void remove(d)}
        />
      ) : (
        <p class="muted">{t('common.loading')}</p>
      )}
    </section>
  );
}
