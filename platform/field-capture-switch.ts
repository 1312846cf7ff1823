/**
 * Field capture's switch: the CRM addresses where the RM switched it on (off elsewhere), and the bank's
 * `fieldCaptureAllowed`. Apart from the read (./field-capture.ts) so the settings page does not carry the parsers.
 */
import type { ClientRef } from '@/lib/client/key';
import { urlMatchesPattern } from '@/lib/origins';
import { exclusively } from './exclusive';
import { fieldCaptureOn, tabClient } from './storage';

/** The CRM addresses on which the RM switched field capture on. */
export function readCaptureOn(): Promise<string[]> {
  return fieldCaptureOn.get();
}

/** Switches field capture on or off for one CRM address (a match pattern), alone, as the presets' switch is. */
export function setCaptureOn(pattern: string, on: boolean): Promise<string[]> {
  return exclusively('pacer-field-capture', async () => {
    const now = (await fieldCaptureOn.get()).filter((p) => p !== pattern);
    const next = on ? [...now, pattern].sort() : now;
    await fieldCaptureOn.set(next);
    return next;
  });
}

export function watchCaptureOn(onChange: (on: string[]) => void): () => void {
  return fieldCaptureOn.watch(onChange);
}

/** Whether the card may read the page at `url`: switched on for its address, and not forbidden by the bank. */
export async function captureEnabledFor(url: string): Promise<boolean> {
  const on = await fieldCaptureOn.get().catch(() => []);
  if (!on.some((p) => urlMatchesPattern(url, p))) return false;
  // Only then the bank's word: the policy's parsers (its site rules, their checks, zod's wording) are the side panel's
  // largest import after Dexie, and capture is off until the RM switches it on for a CRM (never loaded from the
  // worker, which cannot import a chunk).
  const { readManagedRules } = await import('./policy');
  return (await readManagedRules()).captureAllowed;
}

/** Whether the tab's screen shows this client on an address where capture is on (the card then loads the read). */
export async function captureOnForTab(tabId: number, client: ClientRef): Promise<boolean> {
  const now = await tabClient(tabId)
    .get()
    .catch(() => null);
  if (now?.status !== 'found' || now.origin !== client.origin || now.clientId !== client.clientId) return false;
  return captureEnabledFor(now.url);
}
