/**
 * The fields field capture reads on a CRM client screen, the labels it reads them beside, and the labels and values
 * it never reads. The labels are the import's headers (lib/import/headers.ts: one list for a client list's columns
 * and a screen's labels) as a screen shows them, with a few a screen has and a list does not. Compared as the
 * client-number labels are (lib/client-id/normalize.ts: full-width forms, spaces, a trailing colon and case do not
 * matter). No zod here: this runs in the capture script on the CRM page.
 */
import { normalizeLabel } from '../client-id/normalize';
import { FIELD_HEADERS } from '../import/headers';
import { CAPTURE_FIELDS, type CaptureField, isNeverOffered, isSensitiveLabel } from './fields';

export { CAPTURE_FIELDS, type CaptureField, isNeverOffered, isSensitiveLabel };

/** Labels a client screen has that a client list's header rarely does. */
const SCREEN_LABELS: Record<CaptureField, readonly string[]> = {
  name: ['客户名', 'Full Name', 'Client Name', 'Customer Name', 'Account Name', '客戶名'],
  gender: ['Sex'],
  birthDate: ['出生日', 'Date of Birth', 'Birth Date', '生日日期'],
  age: ['年纪'],
  openedOn: ['开户时间', '建立日期', 'Opening Date', 'Account Opened', 'Client Since', 'Customer Since', '開戶時間'],
  assets: ['资产合计', '资产总额', '资产总计', '总资产余额', 'AUM余额', 'Total Assets', 'Assets Under Management', '資產合計', '資產總額'],
};

/**
 * Header words that on a screen often name something other than the client: 名称 heads a product's or a branch's
 * name as readily as the client's.
 */
const NOT_ON_SCREEN = new Set(['名称']);

/** An amount's unit in its label: `总资产（万元）` shows 12.3 for 12.3万. */
const UNIT_SUFFIXES = ['(元)', '(万元)', '(萬元)', '(人民币)', '(人民币元)', '(rmb)', '(cny)'];

function labelsOf(field: CaptureField): string[] {
  const all = [...FIELD_HEADERS[field], ...SCREEN_LABELS[field]].filter((l) => !NOT_ON_SCREEN.has(l));
  return field === 'assets' ? all.flatMap((l) => [l, ...UNIT_SUFFIXES.map((u) => `${l}${u}`)]) : all;
}

/** Each field's well-known labels, normalised (normalizeLabel). */
export const CAPTURE_LABELS: Readonly<Record<CaptureField, ReadonlySet<string>>> = Object.fromEntries(
  CAPTURE_FIELDS.map((f) => [
    f,
    new Set(
      labelsOf(f)
        .map(normalizeLabel)
        .filter((l) => l && !isSensitiveLabel(l)),
    ),
  ]),
) as unknown as Record<CaptureField, ReadonlySet<string>>;

/** The first two characters of every label, as a cheap test of each text node of the page before anything else. */
export function labelPrefilter(labels: Iterable<string>): RegExp {
  const heads = new Set<string>();
  for (const l of labels) {
    const head = normalizeLabel(l).slice(0, 2);
    if (head) heads.add(head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  // Full-width letters are folded by normalizeLabel, not by the prefilter: the page's text is tested as it is.
  return new RegExp([...heads].join('|') || '(?!)', 'i');
}
