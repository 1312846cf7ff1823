/**
 * Which rule read a client, kept so that the card and the book can open that client's screen in the CRM (the rule's
 * address template, ./open-address.ts) long after the page is closed. Kept only for a read whose rule has a template
 * that names that client (a preset's only for the record id it read from the address, on the screens its template
 * names: `openFrom`); the client's origin is in its key. Written by the background, read by it alone.
 */
import * as z from 'zod/mini';
import type { ClientRef } from '../client/key';
import { globMatches, ruleMatchesUrl, type SiteRule, type StrategyKind } from './rule-types';

/** At most this many clients are remembered; the oldest reads go first. */
export const MAX_CLIENT_SOURCES = 2000;

export const ClientSourceSchema = z.object({ rule: z.string().check(z.maxLength(100)), at: z.number() });
export type ClientSource = z.infer<typeof ClientSourceSchema>;
export const ClientSourcesSchema = z.record(z.string().check(z.maxLength(400)), ClientSourceSchema);
export type ClientSources = z.infer<typeof ClientSourcesSchema>;

export const sourceKey = (client: ClientRef) => `${client.origin} ${client.clientId}`;

/** A preset as far as opening goes: does its template name the client read at this address? */
export interface PresetOpening {
  openFrom?: readonly string[] | undefined;
}

/**
 * The rule that read the client the page reported (the first of `rules`, in the page's order, of that name and
 * matching the address; the page reports the name), if its template names that client; else null.
 */
export function openingRule(
  rules: readonly SiteRule[],
  read: { rule: string; strategy: StrategyKind | null | undefined; url: string },
  presetOf: (ruleId: string) => PresetOpening | undefined,
): SiteRule | null {
  const named = rules.filter((r) => r.name === read.rule);
  const rule = named.find((r) => ruleMatchesUrl(r, read.url)) ?? named[0];
  if (!rule?.open) return null;
  const preset = presetOf(rule.id);
  if (!preset) return rule;
  // A preset's template takes the record id in the address, on the screens it names.
  if (read.strategy !== 'url') return null;
  return !preset.openFrom || preset.openFrom.some((g) => globMatches(g, read.url)) ? rule : null;
}

/** `sources` with this client's read by `ruleId` (null: nothing changes, so nothing to write); the oldest beyond the cap go. */
export function withSource(sources: ClientSources, client: ClientRef, ruleId: string, now: number): ClientSources | null {
  const key = sourceKey(client);
  if (sources[key]?.rule === ruleId) return null;
  const next: ClientSources = { ...sources, [key]: { rule: ruleId, at: now } };
  const keys = Object.keys(next);
  if (keys.length > MAX_CLIENT_SOURCES) {
    keys.sort((a, b) => next[a]!.at - next[b]!.at);
    for (const k of keys.slice(0, keys.length - MAX_CLIENT_SOURCES)) delete next[k];
  }
  return next;
}
