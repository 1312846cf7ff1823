import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { checkText } from '@/lib/compliance';
import { type Script, type ScriptEdit, TECHNIQUES, type Technique } from '@/lib/scripts/types';
import { SENTIMENTS, type Sentiment } from '@/lib/sentiment';
import { GuardAdvice } from './GuardAdvice';

/**
 * Writing a new script, or rewording one. A built-in keeps its tags (rewording is saved as an override);
 * an own script gets a technique and the sentiment it fits. The guard flags prohibited wording as you type.
 */
export function ScriptEditor(props: {
  script: Script | null;
  wordings: readonly string[];
  onSave: (edit: ScriptEdit) => void;
  onCancel: () => void;
}) {
  const s = props.script;
  const title = useSignal(s?.title ?? '');
  const body = useSignal(s?.body ?? '');
  const technique = useSignal<Technique>(s?.tags.technique ?? 'trust');
  const fits = useSignal<Sentiment | ''>(s?.tags.sentiments?.length === 1 ? s.tags.sentiments[0]! : '');
  const guard = checkText(`${title.value}\n${body.value}`, props.wordings);
  const builtin = s !== null && s.origin !== 'own';

  function save(e: Event) {
    e.preventDefault();
    if (!body.value.trim() || !title.value.trim()) return;
    const tags = builtin ? null : { technique: technique.value, ...(fits.value ? { sentiments: [fits.value] } : {}) };
    props.onSave({
      id: s?.id ?? `own-${crypto.randomUUID()}`,
      kind: builtin ? 'override' : 'own',
      title: title.value.trim(),
      body: body.value.trim(),
      tags,
      hidden: s?.hidden ?? false,
      updatedAt: Date.now(),
    });
  }

  return (
    <form class="script-editor" data-testid="script-editor" onSubmit={save}>
      <Field label={t('scripts.titleField')}>
        <BoundInput bind={title} testId="script-title-input" maxLength={120} />
      </Field>
      <Field label={t('scripts.bodyField')}>
        <textarea
          class="input"
          rows={4}
          data-testid="script-body-input"
          value={body.value}
          maxLength={4000}
          onInput={(e) => (body.value = e.currentTarget.value)}
        />
      </Field>
      {!builtin && (
        <div class="field-row">
          <SelectField
            label={t('scripts.fitsField')}
            testId="script-fits"
            value={fits.value}
            choices={[{ value: '', label: t('scripts.fitsAny') }, ...SENTIMENTS.map((x) => ({ value: x, label: t(`sentiment.${x}`) }))]}
            onChange={(x) => (fits.value = x)}
          />
          <SelectField
            label={t('scripts.techniqueField')}
            value={technique.value}
            choices={TECHNIQUES.map((x) => ({ value: x, label: t(`technique.${x}`) }))}
            onChange={(x) => (technique.value = x)}
          />
        </div>
      )}
      {!guard.ok && (
        <>
          <p class="script__flag" role="note" data-testid="editor-flag">
            {t('scripts.flagged', { words: guard.found.join('、') })}
          </p>
          <GuardAdvice found={guard.found} testId="editor-advice" />
        </>
      )}
      <div class="row">
        <button type="submit" class="button button--primary button--small" data-testid="script-save">
          {t('common.save')}
        </button>
        <button type="button" class="button button--small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
