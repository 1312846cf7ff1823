/**
 * Field capture, in the side panel: what the capture script returned from the CRM page (untrusted: the page could
 * have tampered with it) is checked with zod and each value read with the import's parsers (lib/import/values.ts: the
 * same dates, amounts and genders a client list has). Loaded by the card only where capture is on (./merge.ts holds
 * what the card needs on every client).
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../calendar/dates';
import { ageOn, readAge, readAmount, readDate, readGender } from '../import/values';
import { CAPTURE_FIELDS, isNeverOffered } from './fields';
import type { Captured, Provenance } from './merge';

export type { Captured, Provenance } from './merge';

const text = (max: number) => z.string().check(z.maxLength(max));

export const CaptureResultSchema = z.object({
  values: z
    .array(
      z.object({
        field: z.enum(CAPTURE_FIELDS),
        text: text(64).check(z.minLength(1)),
        label: z.nullable(text(60)),
        selector: z.nullable(text(500)),
        rule: z.nullable(text(100)),
      }),
    )
    .check(z.maxLength(CAPTURE_FIELDS.length)),
  stopped: z.optional(z.enum(['nodes', 'time'])),
});
export type CaptureResult = z.infer<typeof CaptureResultSchema>;

/** What the page returned as values, or null when it is not what the capture script returns. */
export function parseCapture(raw: unknown): CaptureResult | null {
  const r = CaptureResultSchema.safeParse(raw);
  return r.success ? r.data : null;
}

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}·・.'’ -]{0,59}$/u;

/** "1960-01-02（63 岁）": the date, without the age a screen often shows beside it. */
const withoutAside = (s: string) => s.replace(/\s*[(（][^()（）]*[)）]\s*$/, '').trim();

/** An amount label's unit (`资产（万元）`) applies to a bare number. */
function amountText(value: string, label: string | null): string {
  const unit = label && /[(（](万|萬)元?[)）]/.test(label) ? '万' : '';
  return unit && /\d$/.test(value.trim()) ? `${value.trim()}${unit}` : value;
}

/** Each page value as the field's value, or left out when it does not read as one (or looks like an ID or phone). */
export function readCaptured(result: CaptureResult, today: IsoDate): Captured[] {
  const out: Captured[] = [];
  for (const v of result.values) {
    if (isNeverOffered(v.text)) continue;
    const from: Provenance =
      v.selector !== null && v.rule !== null
        ? { kind: 'selector', selector: v.selector, rule: v.rule }
        : { kind: 'label', label: v.label ?? '', rule: v.rule };
    if (from.kind === 'label' && !from.label) continue;
    switch (v.field) {
      case 'name': {
        const name = v.text.trim();
        if (NAME.test(name)) out.push({ field: 'name', value: name, from });
        break;
      }
      case 'gender': {
        const g = readGender(v.text);
        if (g.ok && g.value) out.push({ field: 'gender', value: g.value, from });
        break;
      }
      case 'birthDate':
      case 'openedOn': {
        const d = readDate(withoutAside(v.text), today);
        if (d.ok && d.value) out.push({ field: v.field, value: d.value, from });
        break;
      }
      case 'age': {
        const a = readAge(v.text);
        if (a.ok && a.value !== null) out.push({ field: 'age', value: a.value, from });
        break;
      }
      case 'assets': {
        const a = readAmount(amountText(v.text, v.label));
        if (a.ok && a.value !== null) out.push({ field: 'assets', value: a.value, from });
        break;
      }
    }
  }
  // As the import does: a birth date read without an age gives the age.
  const birth = out.find((c) => c.field === 'birthDate');
  if (birth && !out.some((c) => c.field === 'age')) {
    out.push({ field: 'age', value: ageOn(birth.value as IsoDate, today), from: { kind: 'birthDate' } });
  }
  return out;
}
