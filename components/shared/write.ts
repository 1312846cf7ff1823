/** Runs a write from the card; a failure becomes the message its banner shows, in the RM's language. */
import { StorageWriteError } from '@/lib/db/errors';
import { t } from './i18n';

export function writeErrorText(e: unknown): string {
  return t(e instanceof StorageWriteError ? e.messageKey : 'error.storage');
}

/** A write to run; named so components need no arrow-function types (the i18n test reads `=> X<` as text). */
export type Write<T> = () => Promise<T>;

/** Reports the write's outcome: the message for a failure, or null once a write succeeds (so a banner about a
 * full disk goes away when the RM retries after freeing space). */
export type WriteOutcome = (text: string | null) => void;

export async function guarded<T>(write: Write<T>, onError: WriteOutcome): Promise<T | null> {
  try {
    const result = await write();
    onError(null);
    return result;
  } catch (e) {
    onError(writeErrorText(e));
    return null;
  }
}
