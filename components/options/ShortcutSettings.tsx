import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import { COMMAND_NAMES } from '@/lib/commands';
import { commandBindings, openShortcutSettings } from '@/platform/pages';

/** The sentiment shortcuts as currently bound in the browser, and the way to the browser's page to change them. */
export function ShortcutSettings() {
  const bindings = useSignal<Record<string, string>>({});
  useEffect(() => {
    const load = () => void commandBindings().then((keys) => (bindings.value = keys));
    load();
    // Coming back from the browser's shortcut page: show the new keys.
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, []);
  return (
    <section class="card" id="shortcuts" data-testid="shortcut-settings">
      <h2>{t('pacing.options.shortcuts.title')}</h2>
      <p class="muted">{t('pacing.options.shortcuts.help')}</p>
      <table class="pacing-table">
        <tbody>
          {COMMAND_NAMES.map((name) => (
            <tr key={name} data-testid="shortcut" data-command={name}>
              <td>{t(`shortcut.cmd.${name}`)}</td>
              <td>
                <kbd data-testid="shortcut-keys">{bindings.value[name] || t('pacing.options.shortcuts.unset')}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <button type="button" class="button" data-testid="open-shortcut-settings" onClick={openShortcutSettings}>
          {t('pacing.options.shortcuts.change')}
        </button>
      </div>
    </section>
  );
}
