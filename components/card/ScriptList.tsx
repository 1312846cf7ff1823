import { useSignal } from '@preact/signals';
import { locale, t } from '@/components/shared/i18n';
import { useSettings } from '@/components/shared/use-settings';
import { runWrite, type WriteError } from '@/components/shared/write';
import { checkText } from '@/lib/compliance';
import { BUILTIN_SCRIPTS } from '@/lib/scripts';
import { canFill, fillScript, placeholdersIn, type ScriptValues } from '@/lib/scripts/fill';
import { effectiveLibrary } from '@/lib/scripts/library';
import { learningCell, rankScripts } from '@/lib/scripts/rank';
import type { FitContext } from '@/lib/scripts/types';
import { data } from '@/platform/database';
import { openOptions } from '@/platform/pages';
import { ScriptEditor } from './ScriptEditor';
import { type ScriptActions, ScriptItem } from './ScriptItem';
import { useProhibitedWordings } from './use-prohibited-wordings';
import { useScriptData } from './use-script-data';

const FIRST = 5;

/**
 * The scripts that fit this client best, first; the rest one click away; writing and restoring scripts. A script
 * that needs what the record lacks (a memory point) is not offered; outbound scripts say the RM's name and branch.
 */
export function ScriptList(props: { fit: FitContext; name: string | null; memory: string | null; error: WriteError }) {
  const scripts = useScriptData();
  const settings = useSettings();
  const wordings = useProhibitedWordings();
  const showAll = useSignal(false);
  const editing = useSignal<string | 'new' | null>(null);
  const flash = useSignal<string | null>(null);

  const d = scripts.value;
  if (!d) return <p class="muted">{t('common.loading')}</p>;
  const values: ScriptValues = {
    name: props.name,
    memory: props.memory,
    rm: settings.value.rmName.trim() || null,
    branch: settings.value.branch.trim() || null,
  };
  const library = effectiveLibrary(BUILTIN_SCRIPTS, d.edits, locale.value).filter((s) => canFill(s.body, values));
  const ranked = rankScripts(library, props.fit, d.usage);
  const shown = showAll.value ? ranked : ranked.slice(0, FIRST);
  const cell = learningCell(props.fit);
  const needsProfile =
    (!values.rm || !values.branch) &&
    shown.some((r) => {
      const used = placeholdersIn(r.script.body);
      return used.has('rm') || used.has('branch');
    });

  const run = <T,>(write: () => Promise<T>) => runWrite(write, props.error);

  const actions: ScriptActions = {
    async copy(id, text) {
      await copyText(text);
      await run(() => data.recordScriptOutcome(id, 'used', Date.now(), cell));
    },
    outcome: (id, helped) => void run(() => data.recordScriptOutcome(id, helped ? 'helped' : 'notHelped', Date.now(), cell)),
    hide: (id, builtin) => void run(() => data.setScriptHidden(id, builtin, true, Date.now())),
    edit: (id) => (editing.value = id),
  };

  const editingScript = editing.value && editing.value !== 'new' ? (library.find((s) => s.id === editing.value) ?? null) : null;

  return (
    <div class="scripts" data-testid="scripts">
      {editing.value !== null && (
        <ScriptEditor
          key={editing.value}
          script={editingScript}
          wordings={wordings.value}
          onCancel={() => (editing.value = null)}
          onSave={(edit) => {
            editing.value = null;
            void run(() => data.saveScriptEdit(edit));
          }}
        />
      )}
      {needsProfile && (
        <p class="muted small" data-testid="scripts-need-profile">
          {t('scripts.needProfile')}{' '}
          <button type="button" class="link-button small" data-testid="scripts-set-profile" onClick={openOptions}>
            {t('scripts.setProfile')}
          </button>
        </p>
      )}
      <ol class="script-list" data-testid="script-list">
        {shown.map((r) => {
          const text = fillScript(r.script.body, values, locale.value) ?? '';
          return (
            <ScriptItem
              key={r.script.id}
              ranked={r}
              text={text}
              guard={checkText(`${r.script.title}\n${text}`, wordings.value)}
              actions={actions}
            />
          );
        })}
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
            void run(async () => {
              const n = await data.restoreBuiltins();
              flash.value = t('scripts.restored', { n });
            })
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

/** The async clipboard needs focus; the fallback covers a panel that just lost it. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}
