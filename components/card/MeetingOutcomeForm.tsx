import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import type { MeetingOutcome } from '@/lib/meeting';
import { CERTAINTIES, type Certainty, DEAL_STAGES, type Deal, type DealStage } from '@/lib/pipeline';

export interface OutcomeInput {
  outcome: MeetingOutcome;
  stage: DealStage;
  certainty: Certainty;
}

/** After the meeting: what was learnt, the objections, the next step; and where the deal stands now. */
export function MeetingOutcomeForm(props: { deal: Deal; onSave: (r: OutcomeInput) => void; onCancel: () => void }) {
  const learnt = useSignal('');
  const objections = useSignal('');
  const nextStep = useSignal('');
  const stage = useSignal<DealStage>('met');
  const certainty = useSignal<Certainty>(props.deal.certainty);
  const empty = useSignal(false);

  function save(e: Event) {
    e.preventDefault();
    empty.value = !learnt.value.trim() && !objections.value.trim() && !nextStep.value.trim();
    if (empty.value) return;
    props.onSave({
      outcome: { learnt: learnt.value, objections: objections.value, nextStep: nextStep.value, recordedAt: Date.now() },
      stage: stage.value,
      certainty: certainty.value,
    });
  }

  return (
    <form class="meeting-outcome" data-testid="meeting-outcome" onSubmit={save}>
      <strong>{t('meeting.outcome.title')}</strong>
      <Field label={t('meeting.outcome.learnt')}>
        <BoundInput bind={learnt} maxLength={1000} testId="outcome-learnt" />
      </Field>
      <Field label={t('meeting.outcome.objections')}>
        <BoundInput bind={objections} maxLength={1000} testId="outcome-objections" />
      </Field>
      <Field label={t('meeting.outcome.nextStep')}>
        <BoundInput bind={nextStep} maxLength={500} testId="outcome-next-step" />
      </Field>
      <div class="field-row">
        <SelectField
          label={t('meeting.outcome.stage')}
          testId="outcome-stage"
          value={stage.value}
          choices={DEAL_STAGES.filter((s) => s !== 'won').map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          onChange={(s) => (stage.value = s)}
        />
        <SelectField
          label={t('meeting.outcome.certainty')}
          testId="outcome-certainty"
          value={certainty.value}
          choices={CERTAINTIES.map((c) => ({ value: c, label: t(`certainty.${c}`) }))}
          onChange={(c) => (certainty.value = c)}
        />
      </div>
      {empty.value && (
        <p class="script__flag" role="alert">
          {t('meeting.outcome.empty')}
        </p>
      )}
      <div class="row">
        <button type="submit" class="button button--primary button--small" data-testid="outcome-save">
          {t('meeting.outcome.save')}
        </button>
        <button type="button" class="button button--small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
