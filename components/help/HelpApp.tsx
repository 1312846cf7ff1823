import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import { HELP_PAGES, type HelpPage, isHelpPage } from '@/lib/help-pages';
import { HELP_CONTENT } from './help-content';

const fromHash = (): HelpPage => {
  const hash = location.hash.slice(1);
  return isHelpPage(hash) ? hash : 'site-rules';
};

/** The bundled help pages, one at a time (`help.html#pacing`), in the RM's language. */
export function HelpApp() {
  const page = useSignal<HelpPage>(fromHash());
  useEffect(() => {
    const follow = () => (page.value = fromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <div class="page help" data-testid="help" data-page={page.value}>
      <nav aria-label={t('help.nav')}>
        <ul class="help__nav">
          {HELP_PAGES.map((p) => (
            <li key={p}>
              <a href={`#${p}`} aria-current={p === page.value ? 'page' : undefined} data-testid={`help-nav-${p}`}>
                {t(`help.page.${p}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <h1 data-testid="help-title">{t(`help.page.${page.value}`)}</h1>
        {HELP_CONTENT[page.value].map((s) => (
          <section class="card" key={s.title}>
            <h2>{t(s.title)}</h2>
            <HelpBody text={t(s.body, s.params)} />
            {s.code && <pre class="help__code">{s.code}</pre>}
          </section>
        ))}
      </main>
    </div>
  );
}

/** Paragraphs, and runs of lines starting with "•" as lists, in the order written. */
function HelpBody(props: { text: string }) {
  const blocks: string[][] = [];
  for (const line of props.text.split('\n')) {
    const last = blocks.at(-1);
    if (line.startsWith('•') && last?.[0]?.startsWith('•')) last.push(line);
    else blocks.push([line]);
  }
  return (
    <>
      {blocks.map((b) =>
        b[0]!.startsWith('•') ? (
          <ul key={b[0]}>
            {b.map((l) => (
              <li key={l}>{l.replace(/^•\s*/, '')}</li>
            ))}
          </ul>
        ) : (
          <p key={b[0]}>{b[0]}</p>
        ),
      )}
    </>
  );
}
