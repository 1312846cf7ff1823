import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSentimentCommand, SENTIMENT_COMMAND_NAMES, shortcutSettingsUrl } from '@/lib/commands';
import { t } from '@/components/shared/i18n';

/** The sentiment shortcuts as currently bound in the browser, and the way to the browser's page to change them. */
export function ShortcutSettings() {
  const bindings = useSignal<Record<string, string>>({});
  useEffect(() => {
    const load = () =>
      void browser.commands.getAll().then((all) => {
        bindings.value = Object.fromEntries(all.filter((c) => c.name && isSentimentCommand(c.name)).map((c) => [c.name!, c.shortcut ?? '']));
      });
    load();
    // Coming back from the browser's shortcut page: show the new keys.
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, []);
  return (
    <section class="card" data-testid="shortcut-settings">
      <h2>{t('pacing.options.shortcuts.title')}</h2>
      <p class="muted">{t('pacing.options.shortcuts.help')}</p>
      <table class="pacing-table">
        <tbody>
          {SENTIMENT_COMMAND_NAMES.map((name) => (
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
        <button
          type="button"
          class="button"
          data-testid="open-shortcut-settings"
          onClick={() => void browser.tabs.create({ url: shortcutSettingsUrl(navigator.userAgent) })}
        >
          {t('pacing.options.shortcuts.change')}
        </button>
      </div>
    </section>
  );
}
