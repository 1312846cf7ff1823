/**
 * A meeting plan on a deal at "meeting set" (METHOD §2): why we meet, when and where, what kind, who comes (team
 * selling), what the client will likely ask and what the RM will answer, what to prepare, the RM's own mental
 * preparation, and whether the appointment was reconfirmed (a reminder the day before). After the meeting, a
 * short record goes into the contact log and may move the deal on.
 */
import * as z from 'zod/mini';
import { type IsoDate, IsoDateSchema } from './calendar/dates';
import type { ContactChannel } from './client/contact';
import type { Certainty, Deal, DealStage } from './pipeline';
import type { Sentiment } from './sentiment';
import type { ContactPurpose } from './trust-ladder';

export const MEETING_KINDS = ['regular', 'event', 'salon'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const TEAM_ROLES = ['wealthAdviser', 'investmentAdviser', 'insuranceAdviser', 'branchHead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What to have ready: the client's ID or bank card (asked for when reconfirming), and the RM's own kit. */
export const MEETING_DOCUMENTS = ['clientId', 'productSheets', 'calculator', 'pen', 'contracts'] as const;
export type MeetingDocument = (typeof MEETING_DOCUMENTS)[number];

export const MAX_MEETING_QUESTIONS = 20;

const Text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
const time = z.int().check(z.nonnegative());

export const MeetingOutcomeSchema = z.object({
  learnt: Text(1000),
  objections: Text(1000),
  nextStep: Text(500),
  recordedAt: time,
});
export type MeetingOutcome = z.infer<typeof MeetingOutcomeSchema>;

export const MeetingPlanSchema = z.object({
  objective: Text(500),
  date: z._default(z.nullable(IsoDateSchema), null),
  /** `HH:MM`, local. */
  time: z._default(z.nullable(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))), null),
  place: Text(200),
  kind: z._default(z.enum(MEETING_KINDS), 'regular'),
  team: z._default(z.array(z.enum(TEAM_ROLES)).check(z.maxLength(TEAM_ROLES.length)), []),
  questions: z._default(z.array(z.object({ question: Text(300), answer: Text(1000) })).check(z.maxLength(MAX_MEETING_QUESTIONS)), []),
  /** The items ticked as ready. */
  documents: z._default(z.array(z.enum(MEETING_DOCUMENTS)).check(z.maxLength(MEETING_DOCUMENTS.length)), []),
  preparation: Text(1000),
  reconfirmed: z._default(z.boolean(), false),
  outcome: z._default(z.nullable(MeetingOutcomeSchema), null),
});
export type MeetingPlan = z.infer<typeof MeetingPlanSchema>;

export function emptyMeetingPlan(date: IsoDate | null): MeetingPlan {
  return MeetingPlanSchema.parse({ date });
}

// The reminders are their own module, free of schemas, so the popup's first frame loads them without this one.
export { type MeetingReminder, meetingReminder, upcomingMeetings } from './meeting-reminder';

/** How a meeting goes into the contact log: a face-to-face visit, or an event the client came to. */
export function meetingContact(kind: MeetingKind): { channel: ContactChannel; purpose: ContactPurpose } {
  return kind === 'regular' ? { channel: 'visit', purpose: 'routine' } : { channel: 'event', purpose: 'eventInvite' };
}

/** The log entry's text: what was learnt, the objections heard, the next step, under the RM's own headings. */
export function outcomeNote(
  o: Pick<MeetingOutcome, 'learnt' | 'objections' | 'nextStep'>,
  headings: Record<'learnt' | 'objections' | 'nextStep', string>,
): string {
  return (['learnt', 'objections', 'nextStep'] as const)
    .filter((k) => o[k].trim())
    .map((k) => `${headings[k]}${o[k].trim()}`)
    .join('\n')
    .slice(0, 2000);
}

/** The changes recording an outcome makes to its deal: the record kept, the stage and certainty the RM chose. */
export function withOutcome(deal: Deal, outcome: MeetingOutcome, stage: DealStage, certainty: Certainty): Partial<Deal> {
  return {
    meeting: { ...(deal.meeting ?? emptyMeetingPlan(null)), outcome },
    stage,
    certainty,
    nextStep: outcome.nextStep.trim() || deal.nextStep,
    closedAt: stage === 'lost' ? outcome.recordedAt : null,
  };
}

/**
 * The stage a new deal starts at, from what the RM has recorded: the method's potential deal is a client who has
 * said they intend to buy, so a client tagged positive starts at "intent expressed"; otherwise the deal is an
 * invitation so far. The RM changes it in one click.
 */
export function defaultStage(sentiment: Sentiment | null): DealStage {
  return sentiment === 'positive' ? 'met' : 'invited';
}
