/**
 * What a planned meeting asks of the RM today, and which meetings are still to hold: pure functions over a deal's
 * meeting plan (lib/meeting.ts holds its schema). Apart so that the popup, which shows the reminders before its
 * first frame, does not load the schemas with them.
 */
import { addDays, type IsoDate } from './calendar/dates';
import type { MeetingPlan } from './meeting';
import type { Deal } from './pipeline';

/** What the card says about a planned meeting today: nothing, "reconfirm" the day before, "today". */
export type MeetingReminder = 'reconfirm' | 'today' | null;

export function meetingReminder(plan: MeetingPlan | null | undefined, today: IsoDate): MeetingReminder {
  if (!plan?.date || plan.outcome) return null;
  if (plan.date === today) return 'today';
  return plan.date === addDays(today, 1) && !plan.reconfirmed ? 'reconfirm' : null;
}

/** Meetings still to hold (today or later, no record yet), soonest first. */
export function upcomingMeetings<D extends Pick<Deal, 'stage' | 'meeting'>>(deals: readonly D[], today: IsoDate): D[] {
  return deals
    .filter((d) => d.stage === 'meeting' && d.meeting?.date && d.meeting.date >= today && !d.meeting.outcome)
    .sort((a, b) => `${a.meeting!.date} ${a.meeting!.time ?? ''}`.localeCompare(`${b.meeting!.date} ${b.meeting!.time ?? ''}`));
}
