import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
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
export function ScriptItem(props: {
  ranked: Ranked;
  text: string;
  guard: GuardResult;
  actions: ScriptActions;
  /**
   * The first screen's script: copy leads its title row whatever the body's length (so it is on the first screen),
   * with `aside` (the next script) at the row's end; editing and hiding are left to the full list. Its copy button
   * is the `c` key.
   */
  compact?: { aside: ComponentChildren };
}) {
  const { script, reasons } = props.ranked;
  const confirming = useSignal(false);
  const state = useSignal<'idle' | 'copied' | 'rated'>('idle');
  const flagged = !props.guard.ok;
  const words = props.guard.found.join('、');

  const compact = props.compact;
  async function copy() {
    if (flagged && !confirming.value) {
      confirming.value = true;
      return;
    }
    confirming.value = false;
    await props.actions.copy(script.id, props.text);
    state.value = 'copied';
  }

  const chips = (
    <>
      <span class="chip chip--muted">{t(`technique.${script.tags.technique}`)}</span>
      {script.origin === 'own' && <span class="chip chip--muted">{t('scripts.own')}</span>}
      {script.origin === 'edited' && <span class="chip chip--muted">{t('scripts.edited')}</span>}
    </>
  );
  const copyButton = (
    <button
      type="button"
      class={`button button--small${compact ? ' button--primary' : ''}`}
      data-testid="script-copy"
      data-panel-action={compact ? 'copyScript' : undefined}
      onClick={copy}
    >
      {confirming.value ? t('scripts.copyAnyway') : t('scripts.copy')}
    </button>
  );

  return (
    <li
      class={`script${flagged ? ' script--flagged' : ''}`}
      data-testid="script"
      data-script-id={script.id}
      data-flagged={flagged ? 'true' : 'false'}
    >
      {compact ? (
        <div class="script__head script__head--compact">
          {copyButton}
          <strong class="script__title">{script.title}</strong>
          {compact.aside}
        </div>
      ) : (
        <div class="script__head">
          <strong class="script__title">{script.title}</strong>
          {chips}
        </div>
      )}
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
      {compact && <div class="script__chips">{chips}</div>}
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
        {!compact && copyButton}
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
        {!compact && (
          <>
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
          </>
        )}
      </div>
      {state.value === 'copied' && (
        <p class="flash small" role="status">
          {t('scripts.copied')}
        </p>
      )}
    </li>
  );
}
