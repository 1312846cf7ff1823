/**
 * Storage failures (IndexedDB through Dexie, and chrome.storage) turned into something the RM can read and act on,
 * in their language.
 */
import type { MessageKey } from './i18n';

export class StorageWriteError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    options?: { cause?: unknown },
  ) {
    super(messageKey, options);
    this.name = 'StorageWriteError';
  }
}

/** The error and the ones it wraps (Dexie's `inner`, a standard `cause`), as far down as five levels. */
function chain(error: unknown): { name?: unknown; message?: unknown }[] {
  const out: { name?: unknown; message?: unknown }[] = [];
  let e: unknown = error;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    out.push(e as { name?: unknown; message?: unknown });
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return out;
}

/**
 * A full disk: IndexedDB's QuotaExceededError at some depth of what Dexie wraps, or chrome.storage's own wording
 * ("QUOTA_BYTES quota exceeded").
 */
export function classifyStorageError(error: unknown): StorageWriteError {
  // Ours already says what happened (a damaged row, a read-only database), however Dexie wrapped it.
  const ours = chain(error).find((e): e is StorageWriteError => e instanceof StorageWriteError);
  if (ours) return ours;
  const full = chain(error).some((e) => e.name === 'QuotaExceededError' || (typeof e.message === 'string' && /quota/i.test(e.message)));
  return new StorageWriteError(full ? 'error.quota' : 'error.storage', { cause: error });
}

/** Runs a write; any failure becomes a StorageWriteError carrying the message to show. */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw classifyStorageError(error);
  }
}
