/**
 * What the bank's IT pushes through Chrome/Edge enterprise policy (`storage.managed`, described by
 * public/managed_schema.json and docs/managed-policy.md). Read-only for the RM. Each feature parses its own
 * top-level key with its own zod schema in lib/; this module only fetches the raw object.
 */
import { browser } from 'wxt/browser';

/**
 * The policy object. `storage.managed.get()` answers only once the browser has loaded its policies, which can be
 * seconds after start; callers that must not wait (the popup, one-click defaults) use a cached copy instead
 * (platform/pacing.ts). Without a timeout this waits for the real answer: a policy that restricts origins or adds
 * rules must never be skipped because it was slow. With `timeoutMs`, "no policy" is answered past it.
 */
export async function readManagedPolicy(timeoutMs?: number): Promise<Record<string, unknown>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Record<string, unknown>>((resolve) => {
    if (timeoutMs !== undefined) timer = setTimeout(() => resolve({}), timeoutMs);
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
