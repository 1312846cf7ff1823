/**
 * The client's pipeline actions, shared by the first screen's "add to pipeline" and the pipeline section below:
 * one click adds a deal with smart defaults (its stage from what the RM recorded) and opens it for adjusting; a
 * delete can be undone; a meeting's outcome goes into the contact log.
 */
import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import { runWrite, type WriteError } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import type { ClientRef } from '@/lib/client/key';
import { defaultStage, type MeetingPlan } from '@/lib/meeting';
import { type Deal, defaultIndicator, newDeal } from '@/lib/pipeline';
import type { Sentiment } from '@/lib/sentiment';
import type { ContactPurpose } from '@/lib/trust-ladder';
import { data } from '@/platform/database';
import { amountGapsToday } from '@/platform/figures';
import { indicatorName, loadDealIndicators } from './deal-indicators';
import type { OutcomeInput } from './MeetingOutcomeForm';

const UNDO_MS = 8000;

export interface Pipeline {
  busy: Signal<boolean>;
  flash: Signal<string | null>;
  editing: Signal<string | null>;
  deleted: Signal<Deal | null>;
  add(): Promise<void>;
  change(id: string, c: Partial<Omit<Deal, 'id'>>): void;
  changeMeeting(id: string, change: (stored: MeetingPlan) => MeetingPlan): void;
  recordOutcome(deal: Deal, r: OutcomeInput): Promise<void>;
  remove(deal: Deal): Promise<void>;
  undoDelete(): void;
}

export function usePipeline(
  client: ClientRef,
  sentiment: Sentiment | null,
  error: WriteError,
  onContactLogged: (purpose: ContactPurpose) => void,
): Pipeline {
  const busy = useSignal(false);
  const flash = useSignal<string | null>(null);
  const editing = useSignal<string | null>(null);
  const deleted = useSignal<Deal | null>(null);
  useEffect(() => void loadDealIndicators(), []);

  return {
    busy,
    flash,
    editing,
    deleted,
    async add() {
      if (busy.value) return; // a double click must not create two deals
      busy.value = true;
      const added = await runWrite(async () => {
        const now = Date.now();
        // Behind on an indicator this month? Default to the one furthest behind; else the last used.
        const [lastUsed, gaps] = await Promise.all([data.lastUsedIndicator(), amountGapsToday().catch(() => null)]);
        const indicator = defaultIndicator({ lastUsed, gaps });
        const stage = defaultStage(sentiment);
        return data.addDeal(newDeal({ id: crypto.randomUUID(), ...client, today: toIsoDate(new Date(now)), now, indicator, stage }));
      }, error);
      busy.value = false;
      if (!added.ok) return;
      editing.value = added.value.id;
      const id = added.value.id;
      // The new deal opens below the first screen: bring its editor into view.
      setTimeout(() => document.querySelector(`[data-deal-id="${id}"]`)?.scrollIntoView({ block: 'nearest' }), 0);
      flash.value = `${t('deal.addedWith', { indicator: indicatorName(added.value.indicator) })}${
        added.value.stage === 'met' ? ` ${t('deal.stageBecause.positive')}` : ''
      }`;
      setTimeout(() => (flash.value = null), 4000);
    },
    change: (id, c) => void runWrite(() => data.updateDeal(id, c, Date.now()), error),
    changeMeeting: (id, change) => void runWrite(() => data.updateMeeting(id, change, Date.now()), error),
    async recordOutcome(deal, r) {
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
        error,
      );
      if (written.ok && written.value) onContactLogged(written.value.purpose);
    },
    async remove(deal) {
      await runWrite(async () => {
        deleted.value = await data.deleteDeal(deal.id);
        editing.value = null;
        setTimeout(() => {
          if (deleted.value?.id === deal.id) deleted.value = null;
        }, UNDO_MS);
      }, error);
    },
    undoDelete() {
      const d = deleted.value;
      deleted.value = null;
      if (d) void runWrite(() => data.addDeal(d), error);
    },
  };
}
