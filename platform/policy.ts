/**
 * What the bank's IT pushes through Chrome/Edge enterprise policy (`storage.managed`, described by
 * public/managed_schema.json and docs/managed-policy.md). Read-only for the RM. Each feature parses its own
 * top-level key with its own zod schema in lib/; this module only fetches the raw object.
 */
import { browser } from 'wxt/browser';

export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    // Throws, or returns {}, where no policy is installed (and always on Firefox without a policy file).
    return ((await browser.storage.managed.get()) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}

export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
