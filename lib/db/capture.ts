/**
 * Field capture's write (lib/capture/): values read on the CRM screen fill the client's empty template fields.
 * Its own module so that the side panel loads it (and the import's merge) only where capture is on.
 */
import type { ClientRef } from '../client/key';
import { ClientRecordSchema, emptyRecord } from '../client/record';
import { mergeProfile } from '../import/merge';
import type { ProfilePatch } from '../import/rows';
import { guardedWrite } from '../storage-errors';
import { bookScope } from './book';
import { updateClient } from './clients';
import type { PacerDB } from './database';

/**
 * Fills the client's empty profile fields from `patch` (field capture: values read on the CRM screen), in the
 * record as stored at that moment: a field the RM filled, even in another panel a moment ago, is never overwritten.
 * Returns the fields it filled; writes nothing when there are none.
 */
export async function fillEmptyProfile(db: PacerDB, client: ClientRef, patch: ProfilePatch, now: number): Promise<(keyof ProfilePatch)[]> {
  let filled: (keyof ProfilePatch)[] = [];
  await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const stored = await readStoredProfile(db, client);
      filled = mergeProfile(stored, patch).filled;
      if (filled.length) await updateClient(db, client, (r) => ({ ...r, profile: mergeProfile(r.profile, patch).profile }), now);
    }),
  );
  return filled;
}

async function readStoredProfile(db: PacerDB, client: ClientRef) {
  const row = await db.clients.get([client.origin, client.clientId]);
  if (row === undefined) return emptyRecord(client, 0).profile;
  // A damaged row: updateClient refuses to write over it, and says so.
  const r = ClientRecordSchema.safeParse(row);
  return r.success ? r.data.profile : emptyRecord(client, 0).profile;
}
