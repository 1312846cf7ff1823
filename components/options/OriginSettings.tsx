import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BoundInput } from '@/components/shared/BoundInput';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { type OriginRow, originPatternFromInput, originRows } from '@/lib/origins';
import { listOrigins, type OriginEntry, requestOrigin, revokeOrigin, watchOrigins } from '@/platform/permissions';
import { readManagedRules, watchManagedPolicy } from '@/platform/policy';

/**
 * Which CRM addresses Pacer may read; granting asks the browser, which shows its own prompt. With the bank's
 * policy (`crmOrigins`), the addresses it allows are listed with a button each, and a granted address it does
 * not allow is marked as not read.
 */
export function OriginSettings() {
  const granted = useSignal<OriginEntry[] | null>(null);
  // Read apart from the granted list: the browser may answer policy reads seconds late, or never.
  const policy = useSignal<string[] | null>(null);
  const input = useSignal('');
  const error = useSignal<string | null>(null);

  useEffect(() => {
    const refreshGranted = () => void listOrigins().then((o) => (granted.value = o));
    const refreshPolicy = () => void readManagedRules().then((m) => (policy.value = m.origins));
    refreshGranted();
    refreshPolicy();
    const stopOrigins = watchOrigins(refreshGranted);
    const stopPolicy = watchManagedPolicy(refreshPolicy);
    return () => {
      stopOrigins();
      stopPolicy();
    };
  }, []);

  /** Must run inside the click: the browser asks the RM. */
  async function grant(pattern: string): Promise<boolean> {
    error.value = null;
    const ok = await requestOrigin(pattern).catch(() => false);
    if (!ok) error.value = t('options.origins.denied');
    return ok;
  }

  async function add(e: Event) {
    e.preventDefault();
    const pattern = originPatternFromInput(input.value);
    if (!pattern) {
      error.value = t('options.origins.invalid', { input: input.value });
      return;
    }
    if (await grant(pattern)) input.value = '';
  }

  const rows = granted.value ? originRows(granted.value, policy.value) : null;
  return (
    <section class="card" id="origins" data-testid="origin-settings">
      <h2>{t('options.origins.title')}</h2>
      <p class="muted">{t('options.origins.help')}</p>
      {rows && rows.length === 0 && <p class="muted">{t('options.origins.none')}</p>}
      <ul class="origin-list">
        {rows?.map((o) => (
          <OriginItem key={o.pattern} row={o} onGrant={() => void grant(o.pattern)} onRevoke={() => void revokeOrigin(o.pattern)} />
        ))}
      </ul>
      <form class="row" onSubmit={add}>
        <BoundInput bind={input} placeholder={t('options.origins.placeholder')} aria-label={t('options.origins.title')} />
        <button type="submit" class="button">
          {t('options.origins.add')}
        </button>
      </form>
      <ErrorBanner message={error.value} />
    </section>
  );
}

function OriginItem({ row, onGrant, onRevoke }: { row: OriginRow; onGrant: () => void; onRevoke: () => void }) {
  const state = !row.granted ? 'not-granted' : row.reads ? 'reads' : 'blocked';
  return (
    <li data-testid="origin" data-state={state}>
      <code>{row.pattern}</code>
      <span class="origin-tags">
        {row.fromPolicy && <span class="badge">{t('options.origins.fromPolicy')}</span>}
        {row.preset && <span class="badge">{t('options.origins.preset')}</span>}
        {state === 'not-granted' && <span class="badge warn">{t('options.origins.notGranted')}</span>}
        {state === 'blocked' && <span class="badge warn">{t('options.origins.blocked')}</span>}
        {!row.granted && (
          <button type="button" class="button small" onClick={onGrant}>
            {t('options.origins.grant')}
          </button>
        )}
        {row.granted && !row.preset && (
          <button type="button" class="link-button small" onClick={onRevoke}>
            {t('options.origins.remove')}
          </button>
        )}
      </span>
    </li>
  );
}
