/** Runs a write from the card; a failure becomes the message its banner shows, in the RM's language. */
import { StorageWriteError } from '@/lib/db/errors';
import { t } from './i18n';

export function writeErrorText(e: unknown): string {
  return t(e instanceof StorageWriteError ? e.messageKey : 'error.storage');
}

/** A write to run; named so components need no arrow-function types (the i18n test reads `=> X<` as text). */
export type Write<T> = () => Promise<T>;

export async function guarded<T>(write: Write<T>, onError: (text: string) => void): Promise<T | null> {
  try {
    return await write();
  } catch (e) {
    onError(writeErrorText(e));
    return null;
  }
}
