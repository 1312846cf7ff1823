/** The prohibited wordings in force: built-in plus the bank's managed-policy additions, kept up to date. */
import { signal } from '@preact/signals';
import { DEFAULT_PROHIBITED_WORDINGS, effectiveWordings, wordingsFromPolicy } from '@/lib/compliance';
import { readManagedPolicy, watchManagedPolicy } from '@/platform/managed-policy';

const wordings = signal<readonly string[]>(DEFAULT_PROHIBITED_WORDINGS);
let started = false;

function load() {
  void readManagedPolicy().then((p) => (wordings.value = effectiveWordings(wordingsFromPolicy(p))));
}

export function useProhibitedWordings() {
  if (!started) {
    started = true;
    load();
    watchManagedPolicy(load);
  }
  return wordings;
}
