/**
 * "Open in the CRM": which rule read each client (kept when the page reports it, lib/client-id/client-source.ts), and
 * the address of that client's screen made from the rule's template (lib/client-id/open-address.ts) when a card asks.
 * The address is made here, every time, from the rules in force: a page asks for a client, never for an address, and
 * nothing is opened but an http(s) address on an origin Pacer may read (granted, and allowed by the bank's policy).
 */

import type { ClientRef } from '@/lib/client/key';
import { openingRule, sourceKey, withSource } from '@/lib/client-id/client-source';
import { expandOpenAddress, templateProblem } from '@/lib/client-id/open-address';
import { PRESET_RULES, presetOf, presetsApply } from '@/lib/client-id/presets';
import type { SiteRule, StrategyKind } from '@/lib/client-id/rule-types';
import { mergeRules } from '@/lib/client-id/rules';
import { isCrmUrl } from '@/platform/permissions';
import { readManagedRules } from '@/platform/policy';
import { readOwnRules } from '@/platform/site-rules';
import { clientSources, presetsOff } from '@/platform/storage';
import { openTab } from '@/platform/tabs';

let writes: Promise<unknown> = Promise.resolve();

/**
 * The page on `url` read `client` by the rule named `rule` (`rules`: those the page was given, in its order): keeps
 * which rule it was when that rule's template names this client. One write at a time, and none when nothing changed.
 */
export function noteClientSource(
  client: ClientRef,
  read: { rule: string; strategy: StrategyKind | null | undefined; url: string },
  rules: readonly SiteRule[],
): Promise<void> {
  const rule = openingRule(rules, read, presetOf);
  if (!rule) return Promise.resolve();
  const job = writes.then(async () => {
    const next = withSource(await clientSources.get(), client, rule.id, Date.now());
    if (next) await clientSources.set(next);
  });
  writes = job.catch(() => undefined);
  return job.catch(() => undefined);
}

/** The address of the client's screen, or null: no rule read it that can open it, or the address may not be opened. */
export async function crmAddress(client: ClientRef): Promise<string | null> {
  const source = (await clientSources.get())[sourceKey(client)];
  if (!source) return null;
  const [policy, own, off] = await Promise.all([readManagedRules(), readOwnRules(), presetsOff.get().catch(() => [])]);
  let rule: SiteRule | undefined;
  if (presetOf(source.rule)) {
    // A preset opens only where presets still apply.
    if (!presetsApply(`${client.origin}/`, off, policy.presetsOff)) return null;
    rule = PRESET_RULES.find((r) => r.id === source.rule);
  } else {
    rule = mergeRules(policy.rules, own).find((r) => r.id === source.rule);
    // Checked again: a rule kept from before its template was checked where rules arrive.
    if (rule?.open && templateProblem(rule.open, rule.match)) return null;
  }
  if (!rule?.open) return null;
  const address = expandOpenAddress(rule.open, client.clientId, client.origin);
  if (!address.ok) return null;
  return (await isCrmUrl(address.url)) ? address.url : null;
}

/** Opens the client's screen in a new tab; false when there is no address to open. */
export async function openInCrm(client: ClientRef): Promise<{ ok: boolean }> {
  const url = await crmAddress(client);
  if (!url) return { ok: false };
  await openTab(url);
  return { ok: true };
}
