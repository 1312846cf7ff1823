/**
 * The contact log: each call, visit or message with what it was about (the evidence for a trust-ladder rung) and
 * when to follow up.
 */
import * as z from 'zod/mini';
import { IsoDateSchema } from '../calendar/dates';
import { CONTACT_PURPOSES } from '../trust-ladder';
import { ClientIdSchema, OriginSchema } from './key';

const Text = (max: number) => z.string().check(z.maxLength(max));

export const CONTACT_CHANNELS = ['phone', 'visit', 'message', 'event', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const ContactEntrySchema = z.object({
  seq: z.optional(z.int().check(z.positive())),
  origin: OriginSchema,
  clientId: ClientIdSchema,
  date: IsoDateSchema,
  channel: z.enum(CONTACT_CHANNELS),
  purpose: z._default(z.enum(CONTACT_PURPOSES), 'routine'),
  note: z._default(Text(2000), ''),
  nextFollowUp: z._default(z.nullable(IsoDateSchema), null),
  at: z.int().check(z.nonnegative()),
});
export type ContactEntry = z.infer<typeof ContactEntrySchema>;

/** The channel a ladder step is usually taken through, for "log this contact" in one click. */
export function defaultChannel(purpose: (typeof CONTACT_PURPOSES)[number]): ContactChannel {
  if (purpose === 'eventInvite') return 'event';
  if (purpose === 'holidayGift' || purpose === 'familyOccasion' || purpose === 'valuePlan') return 'visit';
  return 'phone';
}
