/**
 * CRM origins as Chrome match patterns (`http://127.0.0.1/*`, `https://crm.bank.example/*`).
 * Pure: used by wxt.config.ts at build time and by the options page when the RM grants an origin.
 */

/** Only http(s) host patterns with a path of `/*`: the content script never needs more, and a bank's
 * reviewer should see exactly which hosts Pacer can read. */
const PATTERN = /^(https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d{1,5}))?\/\*$/i;

export function isOriginPattern(value: string): boolean {
  return PATTERN.test(value);
}

/** Parses a comma- or whitespace-separated list; throws with the offending entry so a bad build fails loudly. */
export function parseOriginPatterns(list: string): string[] {
  const entries = list
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (!isOriginPattern(entry)) {
      throw new Error(`CRM_ORIGINS: "${entry}" is not a match pattern like http://crm.bank.example/*`);
    }
  }
  return [...new Set(entries)];
}

/**
 * Turns what an RM types ("crm.bank.local:8080", "https://crm.bank.local/some/page") into a pattern
 * for its origin, or null when it is not one web address: `*` or `*.com` would grant Pacer every site.
 */
export function originPatternFromInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname.includes('*') || !/[a-z0-9]/i.test(url.hostname)) return null;
  // Match patterns ignore ports: http://host/* covers every port of that host.
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether a page URL falls under a pattern (scheme and host; patterns here never narrow the path). */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host] = m;
  if (`${scheme}:`.toLowerCase() !== u.protocol) return false;
  const h = (host ?? '').toLowerCase();
  if (h === '*') return true;
  if (h.startsWith('*.')) return u.hostname === h.slice(2) || u.hostname.endsWith(h.slice(1));
  return u.hostname === h;
}

/**
 * The granted origins the bank's policy allows (`crmOrigins`, absent = no restriction): a granted pattern
 * is kept when a policy pattern is the same or covers its host (`https://*.bank.example/*`).
 */
export function allowedByPolicy(granted: readonly string[], policy: readonly string[] | null): string[] {
  if (!policy) return [...granted];
  return granted.filter((g) => {
    const m = PATTERN.exec(g);
    if (!m) return false;
    const [, scheme, host] = m;
    if (policy.includes(g)) return true;
    return !host?.includes('*') && policy.some((p) => urlMatchesPattern(`${scheme}://${host}/`, p));
  });
}

/** One line of the options' list of CRM addresses. */
export interface OriginRow {
  pattern: string;
  /** The browser lets Pacer read there: granted by the RM, or preset in the package. */
  granted: boolean;
  /** Preset in the package by the bank's IT: the RM cannot revoke it. */
  preset: boolean;
  /** Listed in the bank's policy (`crmOrigins`). */
  fromPolicy: boolean;
  /** Pacer reads client numbers there: granted, and allowed by the policy when there is one. */
  reads: boolean;
}

/**
 * What the options list: with a policy, first every address it allows (granted or still to be authorised, so
 * the RM grants each with one click instead of typing it), then any other granted address, marked as read or
 * not as the policy decides; without one, the granted addresses.
 */
export function originRows(granted: readonly { pattern: string; preset: boolean }[], policy: readonly string[] | null): OriginRow[] {
  const patterns = granted.map((g) => g.pattern);
  const preset = new Set(granted.filter((g) => g.preset).map((g) => g.pattern));
  const reading = new Set(allowedByPolicy(patterns, policy));
  const row = (pattern: string, fromPolicy: boolean): OriginRow => ({
    pattern,
    granted: patterns.includes(pattern),
    preset: preset.has(pattern),
    fromPolicy,
    reads: reading.has(pattern),
  });
  const listed = [...new Set(policy ?? [])];
  return [...listed.map((p) => row(p, true)), ...patterns.filter((p) => !listed.includes(p)).map((p) => row(p, false))];
}
