/** "Open in the CRM" as Pacer's pages ask for it: the background makes the address and opens it (background/crm-address.ts). */
import type { ClientRef } from '@/lib/client/key';
import { POLICY_CACHE_KEY, PRESETS_OFF_KEY, SITE_RULES_KEY } from '@/lib/client-id/rule-types';
import { send } from './messaging';
import { clientSources, watchKeys } from './storage';

/** The address of the client's screen in the CRM, or null (no rule read it that can open it, or it may not be opened). */
export async function crmAddress(client: ClientRef): Promise<string | null> {
  try {
    return (await send<'crm-address'>({ type: 'crm-address', origin: client.origin, clientId: client.clientId }))?.url ?? null;
  } catch {
    return null;
  }
}

/** Opens the client's screen in a new tab; false when it could not. */
export async function openInCrm(client: ClientRef): Promise<boolean> {
  try {
    return (await send<'open-in-crm'>({ type: 'open-in-crm', origin: client.origin, clientId: client.clientId })).ok;
  } catch {
    return false;
  }
}

/**
 * Calls back when what an address is made from may have changed (a client read, a rule edited, the policy's rules,
 * the presets switched off); returns the unsubscribe.
 */
export function watchCrmAddresses(onChange: () => void): () => void {
  // Told, not read: the background makes the address, from values this page never parses.
  return watchKeys('local', [clientSources.key, SITE_RULES_KEY, POLICY_CACHE_KEY, PRESETS_OFF_KEY], onChange);
}
