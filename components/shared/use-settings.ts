/** The RM's settings as a signal, read once and kept up to date while the page is open (any page may change them). */
import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { readSettings, watchSettings } from '@/platform/settings';

const settings = signal<Settings>(DEFAULT_SETTINGS);
let started = false;

export function useSettings() {
  if (!started) {
    started = true;
    void readSettings().then((s) => (settings.value = s));
    watchSettings((s) => (settings.value = s));
  }
  return settings;
}
