/**
 * Today's call list from this context's database, under the bank's pacing policy (which decides whether the RM is
 * behind plan). The policy is read first, outside the live query: a live query may only wait on the database.
 */
import { type CallItem, callList } from '@/lib/book/call-list';
import type { IsoDate } from '@/lib/calendar/dates';
import { callListInputs } from '@/lib/db/call-list';
import { live, pacerDb } from './database';
import { cachedPacingPolicy } from './policy';

export async function todayCalls(today: IsoDate): Promise<CallItem[]> {
  const { policy } = await cachedPacingPolicy();
  return callList(await callListInputs(pacerDb(), today, policy));
}

export interface CallsListener {
  calls(items: CallItem[]): void;
  error(e: unknown): void;
}

/** Today's list followed live: it changes as soon as any view logs a contact, snoozes or moves a deal. */
export function followTodayCalls(today: IsoDate, on: CallsListener): () => void {
  let subscription: { unsubscribe(): void } | null = null;
  let stopped = false;
  void cachedPacingPolicy().then(
    ({ policy }) => {
      if (stopped) return;
      subscription = live(() => callListInputs(pacerDb(), today, policy)).subscribe({
        next: (inputs) => on.calls(callList(inputs)),
        error: (e: unknown) => on.error(e),
      });
    },
    (e: unknown) => on.error(e),
  );
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
