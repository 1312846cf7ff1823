/** Reading and writing pipeline deals. Reads are parsed with zod: a damaged row is skipped, never shown wrong. */

import type { ClientRef } from '../client/key';
import { parseEach } from '../parse-each';
import { type Deal, DealSchema } from '../pipeline';
import { guardedWrite } from '../storage-errors';
import { bookScope, keepSummary } from './book';
import type { PacerDB } from './database';
import { modifyRow } from './rows';

export async function dealsForClient(db: PacerDB, client: ClientRef): Promise<Deal[]> {
  const rows = await db.deals.where('[origin+clientId]').equals([client.origin, client.clientId]).toArray();
  return parseEach(DealSchema, rows).sort((a, b) => b.createdAt - a.createdAt);
}

export async function addDeal(db: PacerDB, deal: Deal): Promise<Deal> {
  const valid = DealSchema.parse(deal);
  await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      await db.deals.add(valid);
      await keepSummary(db, valid);
    }),
  );
  return valid;
}

/** Changes some fields of a deal; one deleted meanwhile (by another view) stays deleted, a damaged one is refused. */
export async function updateDeal(db: PacerDB, id: string, changes: Partial<Omit<Deal, 'id'>>, now: number): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const next = await modifyRow(db.deals, id, DealSchema, (deal) => deal && { ...deal, ...changes, updatedAt: now });
      if (next) await keepSummary(db, next);
    }),
  );
}

export async function deleteDeal(db: PacerDB, id: string): Promise<Deal | null> {
  return guardedWrite(() =>
    db.transaction('rw', bookScope(db), async () => {
      const current = DealSchema.safeParse(await db.deals.get(id));
      await db.deals.delete(id);
      if (current.success) await keepSummary(db, current.data);
      return current.success ? current.data : null;
    }),
  );
}
