/** Today's call list from this context's database, under the bank's pacing policy (which says whether the RM is behind plan). */
import { type CallList, callList } from '@/lib/book/call-list';
import type { IsoDate } from '@/lib/calendar/dates';
import { callListInputs } from '@/lib/db/call-list';
import { pacerDb } from './database';
import { cachedPacingPolicy } from './pacing-policy';
import { followUnderPolicy, type Listener } from './under-policy';

export async function todayCalls(today: IsoDate): Promise<CallList> {
  const { policy } = await cachedPacingPolicy();
  return callList(await callListInputs(pacerDb(), today, policy));
}

/** Today's list followed live: it changes as soon as any view logs a contact, snoozes or moves a deal. */
export function followTodayCalls(today: IsoDate, on: Listener<CallList>): () => void {
  return followUnderPolicy(async (policy) => callList(await callListInputs(pacerDb(), today, policy)), on);
}
