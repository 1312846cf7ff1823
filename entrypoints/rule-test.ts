/**
 * Injected on demand by the options page's "test on the open tab": runs one site rule (put in
 * `pacerRuleTest` in this isolated world just before) against the tab and returns what it reads.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectClientId } from '@/lib/client-id/detect';
import type { SiteRule } from '@/lib/client-id/rule-types';

declare global {
  // set by the options page in this isolated world just before injecting
  var pacerRuleTest: SiteRule | undefined;
}

export default defineUnlistedScript(() => {
  const rule = globalThis.pacerRuleTest;
  if (!rule) return null;
  // The rule alone, applied whatever its URL globs say: the RM asked to see what it reads here.
  const found = detectClientId(document, [{ ...rule, match: ['*'] }]);
  return found ? { clientId: found.clientId, strategy: found.strategy, via: found.via } : null;
});
