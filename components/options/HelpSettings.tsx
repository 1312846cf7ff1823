import { t } from '@/components/shared/i18n';
import { HELP_PAGES } from '@/lib/help-pages';
import { openHelp } from '@/platform/pages';

/** The bundled help pages: site rules for the RM, the managed policy for IT, the pacing rules. */
export function HelpSettings() {
  return (
    <section class="card" id="help" data-testid="help-settings">
      <h2 tabIndex={-1}>{t('help.link.title')}</h2>
      <ul class="origin-list">
        {HELP_PAGES.map((p) => (
          <li key={p}>
            <button type="button" class="link-button" data-testid={`open-help-${p}`} onClick={() => openHelp(p)}>
              {t(`help.page.${p}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
