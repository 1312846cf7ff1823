import { useSignal } from '@preact/signals';
import { t } from '@/components/shared/i18n';
import type { GuardResult } from '@/lib/compliance';
import type { Ranked } from '@/lib/scripts/rank';
import { GuardAdvice } from './GuardAdvice';

export interface ScriptActions {
  copy(id: string, text: string): Promise<void>;
  outcome(id: string, helped: boolean): void;
  hide(id: string, builtin: boolean): void;
  edit(id: string): void;
}

/** One script: what it says (name filled in), why it fits, and what the RM can do with it. */
export function ScriptItem(props: { ranked: Ranked; text: string; guard: GuardResult; actions: ScriptActions }) {
  const { script, reasons } = props.ranked;
  const confirming = useSignal(false);
  const state = useSignal<'idle' | 'copied' | 'rated'>('idle');
  const flagged = !props.guard.ok;
  const words = props.guard.found.join('、');

  async function copy() {
    if (flagged && !confirming.value) {
      confirming.value = true;
      return;
    }
    confirming.value = false;
    await props.actions.copy(script.id, props.text);
    state.value = 'copied';
  }

  return (
    <li
      class={`script${flagged ? ' script--flagged' : ''}`}
      data-testid="script"
      data-script-id={script.id}
      data-flagged={flagged ? 'true' : 'false'}
    >
      <div class="script__head">
        <strong class="script__title">{script.title}</strong>
        <span class="chip chip--muted">{t(`technique.${script.tags.technique}`)}</span>
        {script.origin === 'own' && <span class="chip chip--muted">{t('scripts.own')}</span>}
        {script.origin === 'edited' && <span class="chip chip--muted">{t('scripts.edited')}</span>}
      </div>
      {flagged && (
        <>
          <p class="script__flag" role="note" data-testid="script-flag">
            {t('scripts.flagged', { words })}
          </p>
          <GuardAdvice found={props.guard.found} testId="script-advice" />
        </>
      )}
      <p class="script__body" data-testid="script-body">
        {props.text}
      </p>
      <p class="script__why muted small" data-testid="script-why">
        {t('scripts.why')}
        {(reasons.length ? reasons.slice(0, 3).map((r) => t(`scripts.reason.${r}`)) : [t('scripts.reason.general')]).join(' · ')}
      </p>
      {confirming.value && (
        <p class="script__flag" role="alert" data-testid="script-confirm">
          {t('scripts.confirmCopy', { words })}
        </p>
      )}
      <div class="script__actions">
        <button type="button" class="button button--small" data-testid="script-copy" onClick={copy}>
          {confirming.value ? t('scripts.copyAnyway') : t('scripts.copy')}
        </button>
        {confirming.value && (
          <button type="button" class="link-button small" onClick={() => (confirming.value = false)}>
            {t('common.cancel')}
          </button>
        )}
        {state.value === 'copied' && (
          <>
            <button
              type="button"
              class="button button--small"
              data-testid="script-helped"
              onClick={() => {
                props.actions.outcome(script.id, true);
                state.value = 'rated';
              }}
            >
              {t('scripts.helped')}
            </button>
            <button
              type="button"
              class="button button--small"
              data-testid="script-not-helped"
              onClick={() => {
                props.actions.outcome(script.id, false);
                state.value = 'rated';
              }}
            >
              {t('scripts.notHelped')}
            </button>
          </>
        )}
        {state.value === 'rated' && (
          <span class="flash" role="status">
            {t('scripts.thanks')}
          </span>
        )}
        <span class="script__spacer" />
        <button type="button" class="link-button small" data-testid="script-edit" onClick={() => props.actions.edit(script.id)}>
          {t('scripts.edit')}
        </button>
        <button
          type="button"
          class="link-button small"
          data-testid="script-hide"
          onClick={() => props.actions.hide(script.id, script.origin !== 'own')}
        >
          {t('scripts.hide')}
        </button>
      </div>
      {state.value === 'copied' && (
        <p class="flash small" role="status">
          {t('scripts.copied')}
        </p>
      )}
    </li>
  );
}
