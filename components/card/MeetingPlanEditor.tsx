import { DraftText } from '@/components/shared/DraftText';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { MAX_MEETING_QUESTIONS, MEETING_DOCUMENTS, MEETING_KINDS, type MeetingPlan, TEAM_ROLES } from '@/lib/meeting';

/**
 * Preparing a meeting (METHOD §2): every field saves as soon as it changes, like the rest of the deal. Each change
 * is applied to the plan as stored, not as shown: two fields saved in quick succession keep each other.
 */
export function MeetingPlanEditor(props: { plan: MeetingPlan; onChange: (change: (stored: MeetingPlan) => MeetingPlan) => void }) {
  const p = props.plan;
  const update = (change: (stored: MeetingPlan) => Partial<MeetingPlan>) => props.onChange((stored) => ({ ...stored, ...change(stored) }));
  const set = (patch: Partial<MeetingPlan>) => update(() => patch);
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  return (
    <fieldset class="meeting-plan" data-testid="meeting-plan">
      <legend>{t('meeting.title')}</legend>
      <Field label={t('meeting.objective')}>
        <DraftText
          testId="meeting-objective"
          multiline
          rows={2}
          maxLength={500}
          value={p.objective}
          onCommit={(objective) => set({ objective })}
        />
      </Field>
      <div class="field-row">
        <Field label={t('meeting.date')}>
          <input
            type="date"
            class="input"
            data-testid="meeting-date"
            value={p.date ?? ''}
            onChange={(e) => set({ date: e.currentTarget.value || null })}
          />
        </Field>
        <Field label={t('meeting.time')}>
          <input
            type="time"
            class="input"
            data-testid="meeting-time"
            value={p.time ?? ''}
            onChange={(e) => set({ time: e.currentTarget.value || null })}
          />
        </Field>
      </div>
      <div class="field-row">
        <Field label={t('meeting.place')}>
          <DraftText testId="meeting-place" maxLength={200} value={p.place} onCommit={(place) => set({ place })} />
        </Field>
        <SelectField
          label={t('meeting.kind')}
          testId="meeting-kind"
          value={p.kind}
          choices={MEETING_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
          onChange={(kind) => set({ kind })}
        />
      </div>
      <fieldset class="meeting-plan__group">
        <legend class="field__label">{t('meeting.team')}</legend>
        {TEAM_ROLES.map((role) => (
          <label key={role} class="check">
            <input
              type="checkbox"
              data-testid={`meeting-team-${role}`}
              checked={p.team.includes(role)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                update((s) => ({ team: toggle(s.team, role, on) }));
              }}
            />
            <span>{t(`meeting.team.${role}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="meeting-plan__group">
        <legend class="field__label">{t('meeting.questions')}</legend>
        <ol class="meeting-questions">
          {p.questions.map((q, i) => {
            const n = i + 1;
            const replace = (patch: Partial<typeof q>) =>
              update((s) => ({ questions: s.questions.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
            return (
              <li key={i} data-testid="meeting-question">
                <Field label={t('meeting.question', { n })}>
                  <DraftText
                    testId="meeting-question-text"
                    maxLength={300}
                    value={q.question}
                    onCommit={(question) => replace({ question })}
                  />
                </Field>
                <Field label={t('meeting.answer', { n })}>
                  <DraftText
                    testId="meeting-answer-text"
                    multiline
                    rows={2}
                    maxLength={1000}
                    value={q.answer}
                    onCommit={(answer) => replace({ answer })}
                  />
                </Field>
                <button
                  type="button"
                  class="link-button small"
                  data-testid="meeting-question-remove"
                  onClick={() => update((s) => ({ questions: s.questions.filter((_, j) => j !== i) }))}
                >
                  {t('meeting.removeQuestion', { n })}
                </button>
              </li>
            );
          })}
        </ol>
        {p.questions.length < MAX_MEETING_QUESTIONS && (
          <button
            type="button"
            class="link-button small"
            data-testid="meeting-question-add"
            onClick={() => update((s) => ({ questions: [...s.questions, { question: '', answer: '' }].slice(0, MAX_MEETING_QUESTIONS) }))}
          >
            {t('meeting.addQuestion')}
          </button>
        )}
      </fieldset>
      <fieldset class="meeting-plan__group">
        <legend class="field__label">{t('meeting.documents')}</legend>
        {MEETING_DOCUMENTS.map((doc) => (
          <label key={doc} class="check">
            <input
              type="checkbox"
              data-testid={`meeting-doc-${doc}`}
              checked={p.documents.includes(doc)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                update((s) => ({ documents: toggle(s.documents, doc, on) }));
              }}
            />
            <span>{t(`meeting.doc.${doc}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field label={t('meeting.preparation')}>
        <DraftText
          testId="meeting-preparation"
          multiline
          rows={2}
          maxLength={1000}
          value={p.preparation}
          onCommit={(preparation) => set({ preparation })}
        />
      </Field>
      <label class="check">
        <input
          type="checkbox"
          data-testid="meeting-reconfirmed"
          checked={p.reconfirmed}
          onChange={(e) => set({ reconfirmed: e.currentTarget.checked })}
        />
        <span>{t('meeting.reconfirmed')}</span>
      </label>
    </fieldset>
  );
}
