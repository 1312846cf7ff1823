/** Meetings across clients followed live, for the popup: loaded after its first frame, like the figures. */
import type { IsoDate } from '@/lib/calendar/dates';
import { meetingsBetween } from '@/lib/db/deals';
import type { Deal } from '@/lib/pipeline';
import { live, pacerDb } from './database';

export function followMeetings(from: IsoDate, to: IsoDate, on: (deals: Deal[]) => void): () => void {
  const subscription = live(() => meetingsBetween(pacerDb(), from, to)).subscribe({
    next: on,
    // A reminder that cannot be read is left out: the figures' own error already says the database is unreadable.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
