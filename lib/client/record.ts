/**
 * The client record: what the RM knows about one client, kept locally and keyed by CRM origin + client
 * number. A first visit creates nothing; the record appears with the first thing the RM records.
 * Sentiment itself is an event history (lib/sentiment.ts); the record holds what a resistance is about.
 */
import * as z from 'zod/mini';
import { IsoDateSchema } from '../calendar/dates';
import { FamiliaritySignalSchema } from '../familiarity';
import { RungSchema } from '../trust-ladder';
import { ClientIdSchema, type ClientRef, OriginSchema } from './key';

/** The three properties of a financial product a resistance is about (METHOD §3b). */
export const RESISTANCE_PROPERTIES = ['liquidity', 'return', 'safety'] as const;
export type ResistanceProperty = (typeof RESISTANCE_PROPERTIES)[number];

export const PRODUCT_CATEGORIES = ['insurance', 'funds', 'wealth', 'deposits', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const GENDERS = ['female', 'male'] as const;

/** How many memory points one client keeps, each at most MEMORY_POINT_LENGTH characters. */
export const MAX_MEMORY_POINTS = 50;
export const MEMORY_POINT_LENGTH = 200;

const Text = (max: number) => z.string().check(z.maxLength(max));
/** A field that may be unknown: null until the RM records it. */
const unknown = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);
const count = z.int().check(z.nonnegative());

/** The working template of METHOD §3c. Every field may stay empty. */
export const ProfileSchema = z.object({
  name: z._default(Text(60), ''),
  gender: unknown(z.enum(GENDERS)),
  age: unknown(z.int().check(z.minimum(0), z.maximum(130))),
  openedOn: unknown(IsoDateSchema),
  holdsFunds: unknown(z.boolean()),
  /** Total assets in fen, when known (an import, the RM): the book's totals per cell and value groups use it. */
  assets: unknown(z.int().check(z.nonnegative())),
  communication: z._default(Text(2000), ''),
  followUp: z._default(Text(2000), ''),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ClientRecordSchema = z.object({
  origin: OriginSchema,
  clientId: ClientIdSchema,
  familiarity: z._default(
    z.object({
      signals: z._default(z.array(FamiliaritySignalSchema).check(z.maxLength(20)), []),
      override: unknown(z.int().check(z.minimum(0), z.maximum(9))),
    }),
    { signals: [], override: null },
  ),
  /** Set while the client resists; kept when the sentiment changes so a relapse keeps its context. */
  resistance: z._default(
    z.object({
      property: unknown(z.enum(RESISTANCE_PROPERTIES)),
      category: unknown(z.enum(PRODUCT_CATEGORIES)),
    }),
    { property: null, category: null },
  ),
  rung: unknown(RungSchema),
  profile: z._default(ProfileSchema, () => ProfileSchema.parse({})),
  /** Non-financial preferences recalled in conversation: tea, a child's piano lessons. */
  memoryPoints: z._default(z.array(Text(MEMORY_POINT_LENGTH)).check(z.maxLength(MAX_MEMORY_POINTS)), []),
  createdAt: count,
  updatedAt: count,
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
