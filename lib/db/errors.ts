/** Turns storage failures into something the RM can read and act on, in their language. */
import type { MessageKey } from '../i18n';

export class StorageWriteError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    options?: { cause?: unknown },
  ) {
    super(messageKey, options);
    this.name = 'StorageWriteError';
  }
}

function names(error: unknown): string[] {
  const out: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e === 'object' && e !== null) {
      const name = (e as { name?: unknown }).name;
      if (typeof name === 'string') out.push(name);
      e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
    } else break;
  }
  return out;
}

/** Dexie wraps the browser's DOMException; a full disk surfaces as QuotaExceededError at some depth. */
export function classifyStorageError(error: unknown): StorageWriteError {
  const key: MessageKey = names(error).some((n) => n === 'QuotaExceededError') ? 'error.quota' : 'error.storage';
  return new StorageWriteError(key, { cause: error });
}

/** Runs a write; any failure becomes a StorageWriteError carrying the message to show. */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw classifyStorageError(error);
  }
}
