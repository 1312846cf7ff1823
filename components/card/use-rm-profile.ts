/** The RM's name and branch as the options hold them, kept up to date while the panel is open. */
import { signal } from '@preact/signals';
import { readSettings, watchSettings } from '@/platform/settings';

export interface RmProfile {
  rm: string | null;
  branch: string | null;
}

const profile = signal<RmProfile>({ rm: null, branch: null });
let started = false;

function show(s: { rmName: string; branch: string }) {
  profile.value = { rm: s.rmName.trim() || null, branch: s.branch.trim() || null };
}

export function useRmProfile() {
  if (!started) {
    started = true;
    void readSettings().then(show);
    watchSettings(show);
  }
  return profile;
}
