/**
 * The CRM origins Pacer may read: preset by the package (manifest `host_permissions`, from CRM_ORIGINS at build
 * time) or granted by the RM at run time (`optional_host_permissions`), and allowed by the bank's policy.
 */
import { browser } from 'wxt/browser';
import { allowedByPolicy, isOriginPattern, urlMatchesPattern } from '@/lib/origins';
import { readManagedRules } from './policy';

/** Granted by the RM or preset, and allowed by the bank's policy (`crmOrigins`, when set). */
export async function grantedOrigins(): Promise<string[]> {
  const [all, policy] = await Promise.all([browser.permissions.getAll(), readManagedRules()]);
  return allowedByPolicy((all.origins ?? []).filter(isOriginPattern), policy.origins).sort();
}

/** Whether Pacer reads the page at `url` (a granted CRM origin the policy allows). */
export async function isCrmUrl(url: string): Promise<boolean> {
  return (await grantedOrigins()).some((p) => urlMatchesPattern(url, p));
}

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
