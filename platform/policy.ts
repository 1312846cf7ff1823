/**
 * What the bank's IT pushes through Chrome/Edge enterprise policy (`storage.managed`, described by
 * public/managed_schema.json and docs/managed-policy.md). Read-only for the RM. Each feature parses its own
 * top-level key with its own zod schema in lib/; this module only fetches the raw object.
 */
import { browser } from 'wxt/browser';

/** Chromium has been seen never to settle `storage.managed.get()` when no policy is installed (headless,
 * no policy directory): past this, "no policy" is the answer rather than a page that waits forever. */
export const MANAGED_READ_TIMEOUT_MS = 1500;

export async function readManagedPolicy(timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<Record<string, unknown>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Record<string, unknown>>((resolve) => {
    timer = setTimeout(() => resolve({}), timeoutMs);
  });
  try {
    // Throws, or returns {}, where no policy is installed (and always on Firefox without a policy file).
    const read = browser.storage.managed.get().then((v) => (v as Record<string, unknown> | undefined) ?? {});
    return await Promise.race([read, timeout]);
  } catch {
    return {};
  } finally {
    clearTimeout(timer);
  }
}

export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
