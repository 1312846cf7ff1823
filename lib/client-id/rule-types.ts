/**
 * The shape of a site rule as the content script uses it: plain types, no zod, so the detector stays tiny.
 * `rules.ts` holds the zod schema that validates rules wherever they arrive (storage, import, policy).
 */

/** Where the RM's own rules live in `storage.local` (the content script watches it for changes). */
export const SITE_RULES_KEY = 'siteRules';

export type Strategy =
  /** A regular expression over the full URL (query and hash included); capture group 1 is the ID. */
  | { kind: 'url'; pattern: string }
  /** A CSS selector: the element's text, a form field's value, or the named attribute. */
  | { kind: 'selector'; selector: string; attribute?: string }
  /** The value shown next to one of these labels (same cell after a colon, next cell, dt/dd, label/input). */
  | { kind: 'label'; labels: string[] };

/** How a client number was read: a site rule's strategy, or zero-config (a value beside a well-known label). */
export const STRATEGY_KINDS = ['url', 'selector', 'label', 'heuristic'] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

export interface SiteRule {
  id: string;
  name: string;
  /** URL globs (`*` = anything) this rule applies to; checked against the tab's URL and its frames' URLs. */
  match: string[];
  /** Tried in order; the first that yields a valid ID wins. */
  strategies: Strategy[];
  /** A regular expression the ID must match in full, e.g. `^\d{10}$`. */
  idPattern?: string;
  /** Pushed by the bank's IT through policy: shown locked, never edited by the RM. */
  managed?: boolean;
}

/** `*` matches any run of characters; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

export function ruleMatchesUrl(rule: SiteRule, url: string): boolean {
  return rule.match.some((g) => globToRegExp(g).test(url));
}
