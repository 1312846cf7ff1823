/**
 * Every write a page makes, one way: run it, and say how it went in the RM's language on an error signal the page
 * shows with <ErrorBanner>. A failure (a full disk, storage that refused) sets the message and keeps what the RM
 * typed; a success clears it, so a banner about a full disk goes away when the RM retries after freeing space.
 */
import type { Signal } from '@preact/signals';
import { classifyStorageError } from '@/lib/storage-errors';
import { t } from './i18n';

export type WriteError = Signal<string | null>;

export type Written<T> = { ok: true; value: T } | { ok: false };

/** Whether the write succeeded, with its result; when it failed, `error` says why. */
export async function runWrite<T>(write: () => Promise<T>, error: WriteError): Promise<Written<T>> {
  try {
    const value = await write();
    error.value = null;
    return { ok: true, value };
  } catch (e) {
    error.value = t(classifyStorageError(e).messageKey);
    return { ok: false };
  }
}
