import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { DraftText } from '@/components/shared/DraftText';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { toIsoDate } from '@/lib/calendar/dates';
import { fenToYuanInput, parseYuan } from '@/lib/format/money';
import { emptyMeetingPlan, type MeetingPlan } from '@/lib/meeting';
import { CERTAINTIES, DEAL_STAGES, type Deal } from '@/lib/pipeline';
import { dealIndicators, indicatorName } from './deal-indicators';
import { MeetingOutcomeForm, type OutcomeInput } from './MeetingOutcomeForm';
import { MeetingPlanEditor } from './MeetingPlanEditor';
import './deal-editor.css';

type Changes = Partial<Omit<Deal, 'id'>>;

/** Adjusting a deal inline: every field saves as soon as it changes. "Won" asks for the date and amount. */
export function DealEditor(props: {
  deal: Deal;
  onChange: (c: Changes) => void;
  onOutcome: (r: OutcomeInput) => void;
  onMeeting: (change: (stored: MeetingPlan) => MeetingPlan) => void;
  onDelete: () => void;
  onDone: () => void;
}) {
  const d = props.deal;
  const amountText = useSignal(d.amount ? fenToYuanInput(d.amount) : '');
  const amountError = useSignal(false);
  const winning = useSignal(false);
  const wonOn = useSignal(toIsoDate(new Date()));
  const wonAmount = useSignal(d.amount ? fenToYuanInput(d.amount) : '');
  const wonError = useSignal(false);
  const recording = useSignal(false);
  const configured = dealIndicators.value.map((i) => i.id);
  const indicators = configured.includes(d.indicator) ? configured : [...configured, d.indicator];

  function saveAmount() {
    const fen = amountText.value.trim() === '' ? 0 : parseYuan(amountText.value);
    amountError.value = fen === null;
    if (fen !== null && fen !== d.amount) props.onChange({ amount: fen });
  }

  function confirmWon(e: Event) {
    e.preventDefault();
    const fen = parseYuan(wonAmount.value);
    wonError.value = !fen;
    if (!fen) return;
    props.onChange({ stage: 'won', amount: fen, closedOn: wonOn.value, closedAt: Date.now() });
    winning.value = false;
    props.onDone();
  }

  return (
    <div class="deal-editor" data-testid="deal-editor">
      <div class="field-row">
        <SelectField
          label={t('deal.indicator')}
          testId="deal-indicator"
          value={d.indicator}
          choices={indicators.map((i) => ({ value: i, label: indicatorName(i) }))}
          onChange={(indicator) => props.onChange({ indicator })}
        />
        <Field label={t('deal.amount')}>
          <BoundInput
            bind={amountText}
            inputMode="decimal"
            testId="deal-amount"
            aria-invalid={amountError.value}
            onBlur={saveAmount}
            onKeyDown={(e) => e.key === 'Enter' && saveAmount()}
          />
        </Field>
      </div>
      <div class="field-row">
        <SelectField
          label={t('deal.certainty')}
          testId="deal-certainty"
          value={d.certainty}
          choices={CERTAINTIES.map((c) => ({ value: c, label: t(`certainty.${c}`) }))}
          onChange={(certainty) => props.onChange({ certainty })}
        />
        <SelectField
          label={t('deal.stage')}
          testId="deal-stage-select"
          value={d.stage}
          choices={DEAL_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          onChange={(stage) => {
            if (stage === 'won') winning.value = true;
            else props.onChange({ stage, closedAt: stage === 'lost' ? Date.now() : null, closedOn: null });
          }}
        />
      </div>
      <div class="field-row">
        <Field label={t('deal.expected')}>
          <input
            type="date"
            class="input"
            data-testid="deal-expected"
            value={d.expectedDate}
            onChange={(e) => e.currentTarget.value && props.onChange({ expectedDate: e.currentTarget.value })}
          />
        </Field>
      </div>
      <Field label={t('deal.nextStep')}>
        <DraftText testId="deal-next-step" maxLength={500} value={d.nextStep} onCommit={(nextStep) => props.onChange({ nextStep })} />
      </Field>
      {d.stage === 'meeting' && <MeetingPlanEditor plan={d.meeting ?? emptyMeetingPlan(null)} onChange={props.onMeeting} />}
      {recording.value && (
        <MeetingOutcomeForm
          deal={d}
          onCancel={() => (recording.value = false)}
          onSave={(r) => {
            recording.value = false;
            props.onOutcome(r);
          }}
        />
      )}
      {winning.value ? (
        <form class="won-form" data-testid="won-form" onSubmit={confirmWon}>
          <div class="field-row">
            <Field label={t('deal.wonOn')}>
              <BoundInput bind={wonOn} type="date" testId="won-date" />
            </Field>
            <Field label={t('deal.wonAmount')}>
              <BoundInput bind={wonAmount} inputMode="decimal" testId="won-amount" aria-invalid={wonError.value} />
            </Field>
          </div>
          {wonError.value && <p class="script__flag">{t('deal.amountNeeded')}</p>}
          <div class="row">
            <button type="submit" class="button button--primary button--small" data-testid="won-confirm">
              {t('deal.confirmWon')}
            </button>
            <button type="button" class="button button--small" onClick={() => (winning.value = false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="row">
          {d.stage === 'meeting' && !recording.value && (
            <button type="button" class="button button--small" data-testid="meeting-record" onClick={() => (recording.value = true)}>
              {t('meeting.record')}
            </button>
          )}
          {d.stage !== 'won' && (
            <button type="button" class="button button--small" data-testid="deal-mark-won" onClick={() => (winning.value = true)}>
              {t('deal.markWon')}
            </button>
          )}
          <button type="button" class="button button--small button--danger" data-testid="deal-delete" onClick={props.onDelete}>
            {t('common.delete')}
          </button>
          <span class="script__spacer" />
          <button type="button" class="button button--small" data-testid="deal-done" onClick={props.onDone}>
            {t('deal.done')}
          </button>
        </div>
      )}
    </div>
  );
}
