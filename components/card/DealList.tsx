import type { Signal } from '@preact/signals';
import { locale, t } from '@/components/shared/i18n';
import { lazyComponent } from '@/components/shared/lazy';
import { toIsoDate } from '@/lib/calendar/dates';
import { formatDate } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/money';
import type { MeetingPlan } from '@/lib/meeting';
import type { Deal } from '@/lib/pipeline';
import { indicatorName } from './deal-indicators';
import type { OutcomeInput } from './MeetingOutcomeForm';
import { MeetingSummary } from './MeetingSummary';

type Changes = Partial<Omit<Deal, 'id'>>;

/** The client's deals; one at a time opens for inline adjustment. */
/**
 * A deal's editor (with the meeting plan and the outcome form) loads when the RM first edits or adds a deal: the
 * card's first frame does not need it. Its style sheet travels with it (deal-editor.css).
 */
const DealEditor = lazyComponent(() => import('./DealEditor').then((m) => m.DealEditor));

export function DealList(props: {
  deals: readonly Deal[];
  editing?: Signal<string | null>;
  onChange?: (id: string, c: Changes) => void;
  onOutcome?: (deal: Deal, r: OutcomeInput) => void;
  onMeeting?: (id: string, change: (stored: MeetingPlan) => MeetingPlan) => void;
  onDelete?: (deal: Deal) => void;
}) {
  const today = toIsoDate(new Date());
  if (!props.deals.length)
    return (
      <p class="muted" data-testid="deals-empty">
        {t('panel.pipeline.empty')}
      </p>
    );
  const editing = props.editing;
  return (
    <ul class="deal-list" data-testid="deal-list">
      {props.deals.map((deal) => (
        <li key={deal.id} class="deal" data-testid="deal" data-deal-id={deal.id}>
          <div class="deal__main">
            <span class="deal__indicator" data-testid="deal-indicator-label">
              {indicatorName(deal.indicator)}
            </span>
            {deal.amount > 0 && (
              <span class="deal__amount" data-testid="deal-amount-label">
                {formatMoney(deal.amount, locale.value)}
              </span>
            )}
            <span class={`chip chip--${deal.stage}`} data-testid="deal-stage">
              {t(`stage.${deal.stage}`)}
            </span>
          </div>
          <div class="deal__meta muted">
            {deal.stage === 'won' && deal.closedOn ? (
              <span data-testid="deal-won">
                {t('deal.wonRecorded', { date: formatDate(deal.closedOn, locale.value), amount: formatMoney(deal.amount, locale.value) })}
              </span>
            ) : (
              <>
                <span data-testid="deal-certainty-label">{t(`certainty.${deal.certainty}`)}</span>
                <span data-testid="deal-expected-label">
                  {t('panel.pipeline.expected', { date: formatDate(deal.expectedDate, locale.value) })}
                </span>
              </>
            )}
          </div>
          {deal.meeting && (deal.stage === 'meeting' || deal.meeting.outcome) && <MeetingSummary plan={deal.meeting} today={today} />}
          {deal.nextStep && <div class="deal__next small">{deal.nextStep}</div>}
          {editing &&
            props.onChange &&
            props.onDelete &&
            (editing.value === deal.id ? (
              <DealEditor
                deal={deal}
                onChange={(c) => props.onChange!(deal.id, c)}
                onOutcome={(r) => props.onOutcome?.(deal, r)}
                onMeeting={(change) => props.onMeeting?.(deal.id, change)}
                onDelete={() => props.onDelete!(deal)}
                onDone={() => (editing.value = null)}
              />
            ) : (
              <button type="button" class="link-button small" data-testid="deal-edit" onClick={() => (editing.value = deal.id)}>
                {t('deal.edit')}
              </button>
            ))}
        </li>
      ))}
    </ul>
  );
}
