/**
 * "Open in the CRM": a site rule's (or preset's) address template for a client's own screen, `{id}` standing for the
 * client number (`https://crm.bank.example/cust/detail.do?custNo={id}`), or a path from the origin the client was read
 * on (`/index.php?module=Accounts&action=DetailView&record={id}`: the presets', since a bank hosts them on its own).
 *
 * Checked twice: where rules arrive (rules.ts: a template that fails is refused with the rule, in the RM's language),
 * and every time an address is made from one (the background opens only what passes, on an origin Pacer reads).
 * Pure, and never imported by the page script (entrypoints/page-script/crm.ts): the page has no use for it.
 */
import { globMatches } from './rule-types';

/** What stands for the client number in a template. */
export const ID_TOKEN = '{id}';
/** A template longer than this is refused (an address to open, not a document). */
export const MAX_TEMPLATE_LENGTH = 1000;

/**
 * Why a template is refused: it has no `{id}`; it is neither an http(s) address nor a path from the origin (`/…`);
 * `{id}` stands in its scheme or host (the client number would choose the site); the address is on an origin the
 * rule does not apply to; or it is not an address at all (spaces, backslashes, a path starting `//`).
 */
export type OpenProblem = 'noId' | 'scheme' | 'idInOrigin' | 'otherOrigin' | 'invalid';

const ABSOLUTE = /^https?:\/\//i;

/** Spaces, control characters and backslashes: the browser reads `/\host` as `//host`, another site. */
function notAnAddress(template: string): boolean {
  if (/[\s\\]/.test(template)) return true;
  for (let i = 0; i < template.length; i++) {
    const c = template.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Whether `template` is a path from the client's origin (`/…`) rather than a whole address. */
export function isOriginRelative(template: string): boolean {
  return template.startsWith('/');
}

/** What is wrong with `template` as the template of a rule whose address patterns are `match` (null: nothing). */
export function templateProblem(template: string, match: readonly string[]): OpenProblem | null {
  if (!template.includes(ID_TOKEN)) return 'noId';
  if (notAnAddress(template)) return 'invalid';
  if (isOriginRelative(template)) return template.startsWith('//') ? 'invalid' : null;
  if (!ABSOLUTE.test(template)) return 'scheme';
  const afterScheme = template.indexOf('//') + 2;
  const end = template.slice(afterScheme).search(/[/?#]/);
  const authority = template.slice(afterScheme, end < 0 ? undefined : afterScheme + end);
  if (authority.includes(ID_TOKEN) || authority.includes('@')) return 'idInOrigin';
  let origin: string;
  try {
    origin = new URL(template.split(ID_TOKEN).join('0')).origin.toLowerCase();
  } catch {
    return 'invalid';
  }
  return match.some((g) => globCoversOrigin(g, origin)) ? null : 'otherOrigin';
}

/** Whether the scheme-and-host part of `glob` matches `origin` (a `*` may end inside the host), as rulesForOrigin reads it. */
function globCoversOrigin(glob: string, origin: string): boolean {
  const head = /^https?:\/\/[^/]*/i.exec(glob)?.[0];
  return Boolean(head) && (globMatches(head!, origin) || globMatches(`${head}*`, origin));
}

export type Expanded = { ok: true; url: string } | { ok: false; problem: OpenProblem };

/**
 * The address for client `clientId` read on `clientOrigin`: `{id}` URL-encoded, a path resolved from that origin.
 * Only an http(s) address comes out, and a path never leaves `clientOrigin`. Whether Pacer may read its origin is
 * the caller's to check (the background, against the granted and allowed origins).
 */
export function expandOpenAddress(template: string, clientId: string, clientOrigin: string): Expanded {
  if (template.length > MAX_TEMPLATE_LENGTH) return { ok: false, problem: 'invalid' };
  if (!template.includes(ID_TOKEN)) return { ok: false, problem: 'noId' };
  if (notAnAddress(template) || template.startsWith('//')) return { ok: false, problem: 'invalid' };
  const relative = isOriginRelative(template);
  if (!relative && !ABSOLUTE.test(template)) return { ok: false, problem: 'scheme' };
  const filled = template.split(ID_TOKEN).join(encodeURIComponent(clientId));
  let url: URL;
  try {
    url = relative ? new URL(filled, `${clientOrigin}/`) : new URL(filled);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'scheme' };
  if (url.username || url.password) return { ok: false, problem: 'idInOrigin' };
  if (relative && url.origin.toLowerCase() !== clientOrigin.toLowerCase()) return { ok: false, problem: 'otherOrigin' };
  return { ok: true, url: url.href };
}
