/** The RM's own settings: read, watched, and changed one change at a time (two pages saving keep both changes). */
import type { Settings } from '@/lib/settings';
import { exclusively } from './exclusive';
import { settings } from './storage';

export function readSettings(): Promise<Settings> {
  return settings.get();
}

export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return exclusively('pacer-settings', async () => {
    const next = change(await settings.get());
    await settings.set(next);
    return next;
  });
}

export function watchSettings(onChange: (value: Settings) => void): () => void {
  return settings.watch(onChange);
}
