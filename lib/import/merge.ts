/**
 * Values from outside (an imported row, lib/import/rows.ts; a CRM screen, lib/capture/) fill a client's empty profile
 * fields and nothing else. Its own module: field capture's write uses it without the import's row checks.
 */
import type { Profile } from '../client/record';
import type { ProfilePatch } from './rows';

/** What merging a row into a client's record changes: imported values fill empty fields only. */
export interface Merge {
  profile: Profile;
  filled: (keyof ProfilePatch)[];
  conflicts: { field: keyof ProfilePatch; mine: string; theirs: string }[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

export function mergeProfile(current: Profile, patch: ProfilePatch): Merge {
  const profile = { ...current };
  const filled: Merge['filled'] = [];
  const conflicts: Merge['conflicts'] = [];
  for (const field of Object.keys(patch) as (keyof ProfilePatch)[]) {
    if (field === 'assetsOn') continue;
    const theirs = patch[field];
    const mine = current[field];
    if (isEmpty(theirs) || mine === theirs) continue;
    if (isEmpty(mine)) {
      (profile as Record<string, unknown>)[field] = theirs;
      filled.push(field);
      if (field === 'assets') profile.assetsOn = patch.assetsOn ?? null;
    } else conflicts.push({ field, mine: String(mine), theirs: String(theirs) });
  }
  return { profile, filled, conflicts };
}
