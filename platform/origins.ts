/** The CRM origins Pacer may read: preset by the package (manifest) or granted by the RM at run time. */
import { browser } from 'wxt/browser';
import { isOriginPattern } from '@/lib/origins';
import { grantedOrigins } from './content-scripts';

export interface OriginEntry {
  pattern: string;
  /** Baked into the package by the bank's IT; the RM cannot revoke it. */
  preset: boolean;
}

export async function listOrigins(): Promise<OriginEntry[]> {
  const preset = new Set((browser.runtime.getManifest().host_permissions ?? []).filter(isOriginPattern));
  const granted = await grantedOrigins();
  return granted.map((pattern) => ({ pattern, preset: preset.has(pattern) }));
}

/** Must run inside the click that asked for it: the browser shows its own permission prompt. */
export function requestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export function revokeOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}

export function watchOrigins(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
