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
