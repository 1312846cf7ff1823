/**
 * Field capture, in the side panel: what the capture script returned from the CRM page (untrusted: the page could
 * have tampered with it) is checked with zod, each value read with the import's parsers (lib/import/values.ts: the
 * same dates, amounts and genders a client list has), and offered for the template fields that are empty. A field
 * the RM filled is never offered (what differs is only said), and the write fills empty fields only
 * (lib/db/clients.ts `fillEmptyProfile`, with the import's mergeProfile), so nothing the RM typed is overwritten.
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../calendar/dates';
import type { Profile } from '../client/record';
import type { ProfilePatch } from '../import/rows';
import { ageOn, readAge, readAmount, readDate, readGender } from '../import/values';
import { CAPTURE_FIELDS, type CaptureField, isNeverOffered } from './labels';

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

/** Where a value came from, for the RM to see. */
export type Provenance =
  | { kind: 'label'; label: string; rule: string | null }
  | { kind: 'selector'; selector: string; rule: string }
  /** The age, from the birth date read on the page. */
  | { kind: 'birthDate' };

/** One value read on the page, parsed, with its provenance. */
export type Captured = { [F in CaptureField]: { field: F; value: NonNullable<Profile[F]>; from: Provenance } }[CaptureField];

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

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

export interface Offers {
  /** Values for fields the profile leaves empty: what one click fills. */
  offered: Captured[];
  /** Fields the RM filled with something else than the page shows: said, never acted on. */
  differs: Captured[];
}

/** The card's rule: only empty fields are offered; a field the RM filled is kept, and said to differ when it does. */
export function offersFor(profile: Profile, captured: readonly Captured[]): Offers {
  const offered: Captured[] = [];
  const differs: Captured[] = [];
  for (const c of captured) {
    const mine = profile[c.field];
    if (isEmpty(mine)) offered.push(c);
    else if (mine !== c.value) differs.push(c);
  }
  return { offered, differs };
}

/** The patch one click writes (the assets dated today, as bank data of that day); fillEmptyProfile fills empty fields only. */
export function capturePatch(offered: readonly Captured[], today: IsoDate): ProfilePatch {
  const patch: ProfilePatch = {};
  for (const c of offered) {
    (patch as Record<string, unknown>)[c.field] = c.value;
    if (c.field === 'assets') patch.assetsOn = today;
  }
  return patch;
}
