/**
 * The client record: what the RM knows about one client, kept locally and keyed by CRM origin + client
 * number. A first visit creates nothing; the record appears with the first thing the RM records.
 * Sentiment itself is an event history (lib/sentiment.ts); the record holds what a resistance is about.
 */
import * as z from 'zod/mini';
import { IsoDateSchema } from '../calendar/dates';
import { FamiliaritySignalSchema } from '../familiarity';
import { CONTACT_PURPOSES, RungSchema } from '../trust-ladder';
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

/** 100亿 yuan in fen: more than any retail client holds, so a larger figure is a column read wrongly. */
export const MAX_ASSETS_FEN = 1_000_000_000_000;
export const PRODUCTS_LENGTH = 300;

/**
 * The working template of METHOD §3c, and what the bank's client list adds to it (birth date, assets, products
 * held). Every field may stay empty; fields added later default, so older rows parse unchanged.
 */
export const ProfileSchema = z.object({
  name: z._default(Text(60), ''),
  gender: unknown(z.enum(GENDERS)),
  age: unknown(z.int().check(z.minimum(0), z.maximum(130))),
  birthDate: unknown(IsoDateSchema),
  openedOn: unknown(IsoDateSchema),
  holdsFunds: unknown(z.boolean()),
  /** Assets under management in fen, as the bank's system gave them on `assetsOn`. */
  assets: unknown(z.int().check(z.nonnegative(), z.maximum(MAX_ASSETS_FEN))),
  assetsOn: unknown(IsoDateSchema),
  /** Products held, as the bank's list names them. */
  products: z._default(Text(PRODUCTS_LENGTH), ''),
  communication: z._default(Text(2000), ''),
  followUp: z._default(Text(2000), ''),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** How many of the previous RM's contacts and deals a handed-over client keeps as their notes. */
export const MAX_HANDOVER_CONTACTS = 200;
export const MAX_HANDOVER_DEALS = 100;

/**
 * What the previous RM knew about a client handed over (METHOD §3a: "just handed over, never contacted"): their
 * notes, rung and log, kept as theirs and shown as such. It is not the receiver's evidence: the receiver's own
 * contact log starts empty, so the contact rhythm and the familiarity suggestions see only the receiver's work.
 */
export const HandoverSchema = z.object({
  /** The handover file it came in: importing that file again adds nothing. */
  fileId: z.string().check(z.minLength(1), z.maxLength(64)),
  from: z._default(Text(40), ''),
  branch: z._default(Text(60), ''),
  /** When the file was made (ms). */
  at: count,
  rung: unknown(RungSchema),
  familiarity: unknown(z.int().check(z.minimum(0), z.maximum(9))),
  communication: z._default(Text(2000), ''),
  followUp: z._default(Text(2000), ''),
  contacts: z._default(
    z
      .array(
        z.object({
          date: IsoDateSchema,
          channel: z.string().check(z.maxLength(20)),
          purpose: z._default(z.enum(CONTACT_PURPOSES), 'routine'),
          note: z._default(Text(2000), ''),
        }),
      )
      .check(z.maxLength(MAX_HANDOVER_CONTACTS)),
    [],
  ),
  /** Their won and lost deals with this client (open deals come over into the receiver's pipeline). */
  deals: z._default(
    z
      .array(
        z.object({
          indicator: z.string().check(z.maxLength(40)),
          amount: count,
          stage: z.enum(['won', 'lost']),
          date: unknown(IsoDateSchema),
        }),
      )
      .check(z.maxLength(MAX_HANDOVER_DEALS)),
    [],
  ),
});
export type Handover = z.infer<typeof HandoverSchema>;

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
  /** Set on a client handed over from another RM. */
  handover: unknown(HandoverSchema),
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
