import { useSignal } from '@preact/signals';
import { t } from '@/components/shared/i18n';
import type { WriteError } from '@/components/shared/write';
import { ScriptItem } from './ScriptItem';
import { NeedsProfile } from './ScriptList';
import { scriptEditing } from './script-editing';
import { type ScriptClient, scriptActions, useRankedScripts } from './use-ranked-scripts';

/** How many of the best scripts the first screen cycles through. */
const TOP = 3;

/** The best-fitting script, copied in one click; the next two one click away. */
export function TopScript(props: ScriptClient & { error: WriteError }) {
  const scripts = useRankedScripts(props);
  const index = useSignal(0);
  if (!scripts) return <p class="muted">{t('common.loading')}</p>;
  const top = scripts.shown.slice(0, TOP);
  const i = Math.min(index.value, top.length - 1);
  const current = top[i];
  if (!current) return null;
  const actions = scriptActions(props.fit, props.error, (id) => (scriptEditing.value = id));
  const next =
    top.length > 1 ? (
      <button
        type="button"
        class="link-button small"
        data-testid="script-next"
        data-panel-action="nextScript"
        onClick={() => (index.value = (i + 1) % top.length)}
      >
        {t('scripts.next', { n: i + 1, of: top.length })}
      </button>
    ) : null;
  return (
    <div class="top-script" data-testid="top-script" data-rank={i + 1}>
      <ol class="script-list">
        <ScriptItem
          key={current.ranked.script.id}
          ranked={current.ranked}
          text={current.text}
          guard={current.guard}
          actions={actions}
          compact={{ aside: next }}
        />
      </ol>
      {/* Below the script, so a hint about outbound calls never pushes "copy" off the first screen. */}
      <NeedsProfile show={scripts.needsProfile} />
    </div>
  );
}
