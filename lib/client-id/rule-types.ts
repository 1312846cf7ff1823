/**
 * The shape of a site rule as the content script uses it: plain types, no zod, so the detector stays tiny.
 * `rules.ts` holds the zod schema that validates rules wherever they arrive (storage, import, policy).
 */
import type { CaptureField } from '../capture/fields';

/** Where the RM's own rules live in `storage.local` (the content script watches it for changes). */
export const SITE_RULES_KEY = 'siteRules';
/**
 * Where the background keeps the client-ID part of the bank's policy as last read (`storage.local`): the browser
 * answers policy reads seconds after it starts, or never, and reading must not wait. The page script re-reads its
 * rules when this changes, as it does for the RM's own rules.
 */
export const POLICY_CACHE_KEY = 'clientIdPolicyCache';
/** The origins on which the RM switched the built-in presets off (`storage.local`; the page script watches it). */
export const PRESETS_OFF_KEY = 'presetsOff';

export type Strategy =
  /** A regular expression over the full URL (query and hash included); capture group 1 is the ID. */
  | { kind: 'url'; pattern: string }
  /** A CSS selector: the element's text, a form field's value, or the named attribute. */
  | { kind: 'selector'; selector: string; attribute?: string }
  /** The value shown next to one of these labels (same cell after a colon, next cell, dt/dd, label/input). */
  | { kind: 'label'; labels: string[] };

/**
 * A value the rule describing a page found and refused, and why: not the safe shape of a client number ('shape'),
 * not the rule's idPattern ('pattern'), two different values where one was expected ('several', `other` the second),
 * or shown in another order than it reads ('order'). Worded by refusal.ts, for "test this rule" and the panel.
 */
export interface Refusal {
  value: string;
  reason: 'shape' | 'pattern' | 'several' | 'order';
  other?: string;
  rule: string;
  strategy: 'url' | 'selector' | 'label';
  /** The rule's idPattern, when it has one. */
  pattern?: string;
}

/** How a client number was read: a site rule's strategy, or zero-config (a value beside a well-known label). */
export const STRATEGY_KINDS = ['url', 'selector', 'label', 'heuristic'] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

/**
 * A field of the client template a rule says where to read, for field capture (lib/capture/read.ts): with a
 * selector (and attribute), or beside one of its labels. Never an ID-card or phone number (rules.ts refuses a label
 * naming one).
 */
export interface RuleField {
  field: CaptureField;
  selector?: string;
  attribute?: string;
  labels?: string[];
}

export interface SiteRule {
  id: string;
  name: string;
  /** URL globs (`*` = anything) this rule applies to; checked against the tab's URL and its frames' URLs. */
  match: string[];
  /** Tried in order; the first that yields a valid ID wins. */
  strategies: Strategy[];
  /** A regular expression the ID must match in full, e.g. `^\d{10}$`. */
  idPattern?: string;
  /**
   * "Open in the CRM": the address of a client's own screen, `{id}` standing for the number (an http(s) address on a
   * site the rule applies to, or a path from the client's origin). Checked in rules.ts and open-address.ts.
   */
  open?: string;
  /** Where this screen shows the client's name, gender, dates and assets (field capture; optional). */
  fields?: RuleField[];
  /** Pushed by the bank's IT through policy: shown locked, never edited by the RM. */
  managed?: boolean;
}

/**
 * Addresses are matched on their first this many characters (globs and URL strategies alike): a page may carry an
 * address of megabytes, and everything that identifies a screen comes long before. A glob that must see the end of
 * a longer address (one that does not end with `*`) does not match it.
 */
export const URL_MATCH_MAX = 2048;
/** At most this many `*` in one glob (refused with a message beyond, lib/client-id/rules.ts). */
export const MAX_GLOB_STARS = 8;

/** Globs cut at their stars, lower-cased: made once, not on every read of every page. */
const globParts = new Map<string, string[]>();

/**
 * `*` matches any run of characters; everything else is literal, letters in any case. No regular expression, so no
 * backtracking: the literal pieces between stars are found in order, each at its leftmost place (always right
 * when `*` is the only wildcard), so a match costs one pass over the address per piece.
 */
export function globMatches(glob: string, url: string): boolean {
  let parts = globParts.get(glob);
  if (!parts) {
    parts = glob.toLowerCase().split('*');
    if (globParts.size >= 1000) globParts.clear();
    globParts.set(glob, parts);
  }
  const s = addressKey(url);
  const first = parts[0]!;
  if (parts.length === 1) return s === first;
  if (!s.startsWith(first)) return false;
  let at = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = s.indexOf(parts[i]!, at);
    if (found < 0) return false;
    at = found + parts[i]!.length;
  }
  const last = parts[parts.length - 1]!;
  return s.length - last.length >= at && s.endsWith(last);
}

let lastUrl = '';
let lastKey = '';
/** The address as globs see it; one read matches many globs against the same address. */
function addressKey(url: string): string {
  if (url !== lastUrl) {
    lastUrl = url;
    lastKey = url.slice(0, URL_MATCH_MAX).toLowerCase();
  }
  return lastKey;
}

export function ruleMatchesUrl(rule: SiteRule, url: string): boolean {
  return rule.match.some((g) => globMatches(g, url));
}
