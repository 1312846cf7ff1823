import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { readCaptureOn, setCaptureOn, watchCaptureOn } from '@/platform/field-capture-switch';
import { listOrigins, type OriginEntry, watchOrigins } from '@/platform/permissions';
import { readManagedRules, watchManagedPolicy } from '@/platform/policy';

/**
 * Field capture (reading the client's name, gender, dates and assets on a CRM screen, lib/capture/): off by default,
 * a switch for each CRM address Pacer reads. Forbidden by the bank's policy (`fieldCaptureAllowed: false`), every
 * switch is shown off and locked.
 */
export function FieldCaptureSettings() {
  const origins = useSignal<OriginEntry[] | null>(null);
  const on = useSignal<string[]>([]);
  const allowed = useSignal(true);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    const refreshOrigins = () => void listOrigins().then((o) => (origins.value = o));
    const refreshPolicy = () => void readManagedRules().then((m) => (allowed.value = m.captureAllowed));
    refreshOrigins();
    refreshPolicy();
    void readCaptureOn().then((o) => (on.value = o));
    const stops = [watchOrigins(refreshOrigins), watchManagedPolicy(refreshPolicy), watchCaptureOn((o) => (on.value = o))];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  async function toggle(pattern: string, next: boolean) {
    const written = await runWrite(() => setCaptureOn(pattern, next), error);
    if (written.ok) on.value = written.value;
  }

  return (
    <section class="card" id="capture" data-testid="capture-settings">
      <h2>{t('capture.settings.title')}</h2>
      <p class="muted">{t('capture.settings.help')}</p>
      {origins.value && origins.value.length === 0 && <p class="muted">{t('capture.settings.none')}</p>}
      <ul class="origin-list">
        {origins.value?.map((o) => {
          const checked = allowed.value && on.value.includes(o.pattern);
          return (
            <li key={o.pattern} data-testid="capture-origin" data-on={String(checked)}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!allowed.value}
                  onChange={(e) => void toggle(o.pattern, e.currentTarget.checked)}
                />{' '}
                <code>{o.pattern}</code>
              </label>
              {!allowed.value && <span class="badge">{t('capture.settings.offByPolicy')}</span>}
            </li>
          );
        })}
      </ul>
      <ErrorBanner message={error.value} />
    </section>
  );
}
