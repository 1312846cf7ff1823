import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import { isOptionsSection, OPTIONS_SECTIONS } from '@/lib/options-sections';

/** How long to wait for a section that renders after its data loads (the pacing sections). */
const WAIT_MS = 5_000;

/**
 * The page's sections as links with stable anchors, and the section in the address (`#targets`, as the popup's
 * "set this month's targets" opens it) brought into view once it has rendered.
 */
export function OptionsNav() {
  useEffect(() => {
    const go = () => {
      const id = location.hash.slice(1);
      if (!isOptionsSection(id)) return;
      const started = Date.now();
      const tryScroll = () => {
        const el = document.getElementById(id);
        if (el) {
          el.scrollIntoView({ block: 'start' });
          // The heading takes the focus, so Tab continues inside the section the RM was sent to.
          const heading = el.querySelector<HTMLElement>('h2');
          if (heading) {
            heading.tabIndex = -1;
            heading.focus({ preventScroll: true });
          }
        } else if (Date.now() - started < WAIT_MS) setTimeout(tryScroll, 50);
      };
      tryScroll();
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);
  return (
    <nav class="options-nav" aria-label={t('options.nav')} data-testid="options-nav">
      <ul>
        {OPTIONS_SECTIONS.map((s) => (
          <li key={s}>
            <a href={`#${s}`} data-testid={`options-nav-${s}`}>
              {t(`options.nav.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
