/**
 * The client record: what the RM knows about one client, kept locally and keyed by CRM origin + client
 * number. A first visit creates nothing; the record appears with the first thing the RM records.
 * Sentiment itself is an event history (lib/sentiment.ts); the record holds what a resistance is about.
 */
import { z } from 'zod';
import { ClientIdSchema, OriginSchema, type ClientRef } from './key';
import { IsoDateSchema } from '../calendar/dates';
import { FamiliaritySignalSchema } from '../familiarity';
import { RungSchema } from '../trust-ladder';

/** The three properties of a financial product a resistance is about (METHOD §3b). */
export const RESISTANCE_PROPERTIES = ['liquidity', 'return', 'safety'] as const;
export type ResistanceProperty = (typeof RESISTANCE_PROPERTIES)[number];

export const PRODUCT_CATEGORIES = ['insurance', 'funds', 'wealth', 'deposits', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const GENDERS = ['female', 'male'] as const;

const Text = (max: number) => z.string().max(max);

/** The working template of METHOD §3c. Every field may stay empty. */
export const ProfileSchema = z.object({
  name: Text(60).default(''),
  gender: z.enum(GENDERS).nullable().default(null),
  age: z.number().int().min(0).max(130).nullable().default(null),
  openedOn: z.nullable(IsoDateSchema).default(null),
  holdsFunds: z.boolean().nullable().default(null),
  communication: Text(2000).default(''),
  followUp: Text(2000).default(''),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ClientRecordSchema = z.object({
  origin: OriginSchema,
  clientId: ClientIdSchema,
  familiarity: z
    .object({
      signals: z.array(FamiliaritySignalSchema).max(20).default([]),
      override: z.number().int().min(0).max(9).nullable().default(null),
    })
    .default({ signals: [], override: null }),
  /** Set while the client resists; kept when the sentiment changes so a relapse keeps its context. */
  resistance: z
    .object({
      property: z.enum(RESISTANCE_PROPERTIES).nullable().default(null),
      category: z.enum(PRODUCT_CATEGORIES).nullable().default(null),
    })
    .default({ property: null, category: null }),
  rung: RungSchema.nullable().default(null),
  profile: ProfileSchema.default(ProfileSchema.parse({})),
  /** Non-financial preferences recalled in conversation: tea, a child's piano lessons. */
  memoryPoints: z.array(Text(200)).max(50).default([]),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type ClientRecord = z.infer<typeof ClientRecordSchema>;

export function emptyRecord(client: ClientRef, now: number): ClientRecord {
  return ClientRecordSchema.parse({ origin: client.origin, clientId: client.clientId, createdAt: now, updatedAt: now });
}

/**
 * How the card addresses the client in a script: surname + title when the gender is known
 * (王先生 / 王女士), the name as written otherwise, a polite generic form when there is no name.
 */
export function addressName(profile: Pick<Profile, 'name' | 'gender'>, locale: 'zh-CN' | 'en'): string | null {
  const name = profile.name.trim();
  if (!name) return null;
  if (locale === 'zh-CN' && profile.gender && /^[\u4e00-\u9fff]{2,4}$/.test(name)) {
    return name[0] + (profile.gender === 'male' ? '先生' : '女士');
  }
  if (locale === 'en' && profile.gender) return `${profile.gender === 'male' ? 'Mr' : 'Ms'} ${name}`;
  return name;
}
