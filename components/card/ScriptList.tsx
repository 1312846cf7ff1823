import { useSignal } from '@preact/signals';
import { t } from '@/components/shared/i18n';
import { runWrite, type WriteError } from '@/components/shared/write';
import { data } from '@/platform/database';
import { openOptions } from '@/platform/pages';
import { ScriptEditor } from './ScriptEditor';
import { ScriptItem } from './ScriptItem';
import { scriptEditing } from './script-editing';
import { type ScriptClient, scriptActions, useRankedScripts } from './use-ranked-scripts';

const FIRST = 5;

/**
 * Every script that fits this client, best first (the first five, the rest one click away); writing and restoring
 * scripts. The gap for the RM's name and branch is pointed out once, at the top script on the first screen. A script that needs what the record lacks (a memory point) is not offered; outbound scripts say the RM's
 * name and branch.
 */
export function ScriptList(props: ScriptClient & { error: WriteError }) {
  const scripts = useRankedScripts(props);
  const showAll = useSignal(false);
  const editing = scriptEditing;
  const flash = useSignal<string | null>(null);

  if (!scripts) return <p class="muted">{t('common.loading')}</p>;
  const { shown: ranked, library, wordings } = scripts;
  const shown = showAll.value ? ranked : ranked.slice(0, FIRST);
  const actions = scriptActions(props.fit, props.error, (id) => (editing.value = id));
  const editingScript = editing.value && editing.value !== 'new' ? (library.find((s) => s.id === editing.value) ?? null) : null;

  return (
    <div class="scripts" data-testid="scripts">
      {editing.value !== null && (
        <ScriptEditor
          key={editing.value}
          script={editingScript}
          wordings={wordings}
          onCancel={() => (editing.value = null)}
          onSave={(edit) => {
            editing.value = null;
            void runWrite(() => data.saveScriptEdit(edit), props.error);
          }}
        />
      )}
      <ol class="script-list" data-testid="script-list">
        {shown.map((s) => (
          <ScriptItem key={s.ranked.script.id} ranked={s.ranked} text={s.text} guard={s.guard} actions={actions} />
        ))}
      </ol>
      <div class="row">
        {ranked.length > FIRST && (
          <button type="button" class="link-button small" data-testid="scripts-more" onClick={() => (showAll.value = !showAll.value)}>
            {showAll.value ? t('scripts.less') : t('scripts.more', { n: ranked.length - FIRST })}
          </button>
        )}
        <span class="script__spacer" />
        <button type="button" class="link-button small" data-testid="script-add" onClick={() => (editing.value = 'new')}>
          {t('scripts.add')}
        </button>
        <button
          type="button"
          class="link-button small"
          data-testid="scripts-restore"
          onClick={() =>
            void runWrite(async () => {
              const n = await data.restoreBuiltins();
              flash.value = t('scripts.restored', { n });
            }, props.error)
          }
        >
          {t('scripts.restore')}
        </button>
      </div>
      {flash.value && (
        <p class="flash" role="status">
          {flash.value}
        </p>
      )}
    </div>
  );
}

/** Outbound scripts show a gap for the RM's name and branch until the options have them. */
export function NeedsProfile(props: { show: boolean }) {
  if (!props.show) return null;
  return (
    <p class="muted small" data-testid="scripts-need-profile">
      {t('scripts.needProfile')}{' '}
      <button type="button" class="link-button small" data-testid="scripts-set-profile" onClick={() => openOptions('profile')}>
        {t('scripts.setProfile')}
      </button>
    </p>
  );
}
