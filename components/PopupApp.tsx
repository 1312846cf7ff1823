import { browser } from 'wxt/browser';
import { t } from './i18n';

/** The action popup: today's pacing (see the pacing issue) and the way into the side panel. */
export function PopupApp() {
  async function openPanel() {
    // sidePanel.open needs this click's user gesture, so it is called before anything else is awaited.
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
    window.close();
  }
  return (
    <div class="popup app" data-testid="popup">
      <header class="topbar">
        <span class="brand">{t('app.name')}</span>
        <button type="button" class="link-button small" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popup.openSettings')}
        </button>
      </header>
      <main>
        <section class="card">
          <h3>{t('popup.pacing.title')}</h3>
          <p class="muted">{t('popup.pacing.soon')}</p>
        </section>
        <button type="button" class="button button--primary" onClick={openPanel} data-testid="open-panel">
          {t('popup.openPanel')}
        </button>
      </main>
    </div>
  );
}
