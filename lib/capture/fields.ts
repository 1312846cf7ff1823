/**
 * The fields field capture may fill, and the labels it never reads: what the site-rule schema checks a rule's
 * `fields` against (lib/client-id/rules.ts, which every page carries: this file stays small, the label lists are in
 * ./labels.ts).
 */
import { normalizeLabel } from '../client-id/normalize';

/** What a screen may fill in the client template (METHOD §3c): never an ID-card or phone number. */
export const CAPTURE_FIELDS = ['name', 'gender', 'birthDate', 'age', 'openedOn', 'assets'] as const;
export type CaptureField = (typeof CAPTURE_FIELDS)[number];

/**
 * Words that name an identity document, a phone or another contact number: a label holding one is never read, even
 * when a site rule names it (lib/client-id/rules.ts refuses such a rule field), and never one of the labels below.
 */
const SENSITIVE_LABEL =
  /身份|证件|證件|证号|證號|手机|手機|电话|電話|联系方式|聯絡|传真|傳真|护照|護照|通行证|通行證|户口|戶口|社保|phone|mobile|cell|tel|fax|passport|ssn|idcard|idno|idnumber|national.?id|identity|(^|[^a-z])id($|[^a-z])/i;

export function isSensitiveLabel(label: string): boolean {
  return SENSITIVE_LABEL.test(normalizeLabel(label)) || SENSITIVE_LABEL.test(label);
}

/**
 * A value that is, or holds, a resident ID (18 or 15 digits), a mobile or landline number, or any run of 11 digits
 * or more (a bank card, an account): never offered, beside whatever label. Spaces, dashes, slashes and brackets between
 * the digits do not hide one (`138 0013 8000`, `021-6234 5678`, `+86 (138) 0013-8000`).
 */
export function isNeverOffered(text: string): boolean {
  const compact = text.replace(/[\s\-‐‑–—()（）+·/]/g, '');
  return (
    /\d{17}[\dXx]/.test(compact) ||
    /\d{11,}/.test(compact) ||
    /(^|\D)\d{15}(\D|$)/.test(compact) ||
    /(^|\D)(86)?1[3-9]\d{9}(\D|$)/.test(compact) ||
    /(^|\D)0\d{2,3}\d{7,8}(\D|$)/.test(compact)
  );
}
