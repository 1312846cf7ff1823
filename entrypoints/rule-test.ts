/**
 * Injected on demand by the options page's "test on the open tab": runs one site rule (put in
 * `pacerRuleTest` in this isolated world just before) against the tab and returns what it reads.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectClientId } from '@/lib/client-id/detect';
import type { Refusal, SiteRule } from '@/lib/client-id/rule-types';

declare global {
  // set by the options page in this isolated world just before injecting
  var pacerRuleTest: SiteRule | undefined;
}

export default defineUnlistedScript(() => {
  const rule = globalThis.pacerRuleTest;
  if (!rule) return null;
  // The rule alone, applied whatever its URL globs say: the RM asked to see what it reads here.
  let refused: Refusal | null = null;
  const found = detectClientId(document, [{ ...rule, match: ['*'] }], { onRefused: (r) => (refused = r) });
  if (found) return { clientId: found.clientId, strategy: found.strategy, via: found.via };
  // What it found and refused, and why: the author sees what to change.
  return refused ? { refused } : null;
});
