/** Runs a settings write; a storage failure becomes the RM-readable message in `error`, and the badge follows. */
import type { Signal } from '@preact/signals';
import { StorageWriteError } from '@/lib/db/errors';
import { notifyPacingChanged } from '@/platform/pacing';
import { t } from './i18n';

export async function save(error: Signal<string | null>, write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    error.value = null;
    notifyPacingChanged();
    return true;
  } catch (e) {
    error.value = t(e instanceof StorageWriteError ? e.messageKey : 'error.storage');
    return false;
  }
}
