import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { PRESET_SYSTEMS } from '@/lib/client-id/presets/systems';
import { urlMatchesPattern } from '@/lib/origins';
import { listOrigins, type OriginEntry, watchOrigins } from '@/platform/permissions';
import { readManagedRules, watchManagedPolicy } from '@/platform/policy';
import { readPresetsOff, setPresetsOn, watchPresetsOff } from '@/platform/presets';

/**
 * The built-in presets for well-known CRMs (lib/client-id/presets/), and a switch for each CRM address Pacer reads:
 * the RM turns them off where the bank's own system merely looks like one of them. Off by the bank's policy
 * (`clientIdPresetsOff`) is shown locked.
 */
export function PresetSettings() {
  const origins = useSignal<OriginEntry[] | null>(null);
  const off = useSignal<string[]>([]);
  const policyOff = useSignal<string[]>([]);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    const refreshOrigins = () => void listOrigins().then((o) => (origins.value = o));
    const refreshPolicy = () => void readManagedRules().then((m) => (policyOff.value = m.presetsOff));
    refreshOrigins();
    refreshPolicy();
    void readPresetsOff().then((o) => (off.value = o));
    const stops = [watchOrigins(refreshOrigins), watchManagedPolicy(refreshPolicy), watchPresetsOff((o) => (off.value = o))];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  async function toggle(pattern: string, on: boolean) {
    const written = await runWrite(() => setPresetsOn(pattern, on), error);
    if (written.ok) off.value = written.value;
  }

  // A sample address on the pattern's host, to ask the policy's patterns about it.
  const lockedOff = (pattern: string) => policyOff.value.some((p) => urlMatchesPattern(pattern.replace(/\*$/, ''), p));
  return (
    <section class="card" id="presets" data-testid="preset-settings">
      <h2>{t('presets.title')}</h2>
      <p class="muted">{t('presets.help', { systems: PRESET_SYSTEMS.join(t('presets.separator')) })}</p>
      <ul class="origin-list">
        {origins.value?.map((o) => {
          const locked = lockedOff(o.pattern);
          const on = !locked && !off.value.includes(o.pattern);
          return (
            <li key={o.pattern} data-testid="preset-origin" data-on={String(on)}>
              <label>
                <input type="checkbox" checked={on} disabled={locked} onChange={(e) => void toggle(o.pattern, e.currentTarget.checked)} />{' '}
                <code>{o.pattern}</code>
              </label>
              {locked && <span class="badge">{t('presets.offByPolicy')}</span>}
            </li>
          );
        })}
      </ul>
      <ErrorBanner message={error.value} />
    </section>
  );
}
