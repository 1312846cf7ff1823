/**
 * The card's rule for values read on the page (./offers.ts): they are offered for the template fields that are
 * empty; a field the RM filled is never offered (what differs is only said), and the write fills empty fields only
 * (lib/db/capture.ts `fillEmptyProfile`, with the import's mergeProfile), so nothing the RM typed is overwritten.
 */
import type { IsoDate } from '../calendar/dates';
import type { Profile } from '../client/record';
import type { ProfilePatch } from '../import/rows';
import type { CaptureField } from './fields';

/** Where a value came from, for the RM to see. */
export type Provenance =
  | { kind: 'label'; label: string; rule: string | null }
  | { kind: 'selector'; selector: string; rule: string }
  /** The age, from the birth date read on the page. */
  | { kind: 'birthDate' };

/** One value read on the page, parsed, with its provenance. */
export type Captured = { [F in CaptureField]: { field: F; value: NonNullable<Profile[F]>; from: Provenance } }[CaptureField];

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
