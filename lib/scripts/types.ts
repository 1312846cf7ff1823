/**
 * A probing script: words an RM can say, with tags saying which clients and moments it fits (METHOD §3b–5).
 * Built-in scripts ship in both languages (one pack per file in ./packs); scripts the RM writes or edits are
 * stored locally in one language, as typed.
 */
import * as z from 'zod/mini';
import { PRODUCT_CATEGORIES, type ProductCategory, RESISTANCE_PROPERTIES, type ResistanceProperty } from '../client/record';
import { BANDS, type Band } from '../familiarity';
import { SENTIMENTS, type Sentiment } from '../sentiment';
import { RungSchema } from '../trust-ladder';

export const TECHNIQUES = [
  'scale',
  'spin',
  'sandwich',
  'assetDiscovery',
  'objectionRoot',
  'comparison',
  'meetingPrep',
  'contactRhythm',
  'trust',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const SPIN_STAGES = ['situation', 'problem', 'implication', 'needPayoff'] as const;

const ScriptId = z.string().check(z.minLength(1), z.maxLength(80));
const count = z.int().check(z.nonnegative());

export const ScriptTagsSchema = z.object({
  technique: z.enum(TECHNIQUES),
  /** Absent = fits any; present = fits only these (a sentiment mismatch is excluded, others only demoted). */
  sentiments: z.optional(z.array(z.enum(SENTIMENTS))),
  properties: z.optional(z.array(z.enum(RESISTANCE_PROPERTIES))),
  bands: z.optional(z.array(z.enum(BANDS))),
  products: z.optional(z.array(z.enum(PRODUCT_CATEGORIES))),
  /** Trust-ladder rungs, inclusive. */
  rungs: z.optional(z.tuple([RungSchema, RungSchema])),
  spin: z.optional(z.enum(SPIN_STAGES)),
});
export type ScriptTags = z.infer<typeof ScriptTagsSchema>;

export interface Bilingual {
  zh: string;
  en: string;
}

export interface BuiltinScript {
  id: string;
  title: Bilingual;
  /** Placeholders (lib/scripts/fill.ts): {name}, {rm}, {branch}, {memory}. */
  body: Bilingual;
  tags: ScriptTags;
  /**
   * The first words of a call the RM makes. Such a script says who is calling and from which branch, and never
   * asks the client to act on a link or give details: clients are taught to hang up on anonymous "bank" calls.
   */
  outbound?: true;
}

/** What the RM stored: an own script ('own') or a change to a built-in ('override': hide or reword). */
export const ScriptEditSchema = z.object({
  id: ScriptId,
  kind: z.enum(['own', 'override']),
  /** null on an override = keep the built-in text. */
  title: z.nullable(z.string().check(z.maxLength(120))),
  body: z.nullable(z.string().check(z.maxLength(4000))),
  tags: z.nullable(ScriptTagsSchema),
  hidden: z.boolean(),
  updatedAt: count,
});
export type ScriptEdit = z.infer<typeof ScriptEditSchema>;

const OutcomeCountsSchema = z.object({ used: count, helped: count, notHelped: count });
export type OutcomeCounts = z.infer<typeof OutcomeCountsSchema>;

/**
 * How a script fared: the ranking learns from it. Totals over every client, and the same counts per learning
 * cell (lib/scripts/rank.ts learningCell): what helped with clients resisting on safety says little about
 * positive ones. Rows written before cells were counted have `cells: {}`.
 */
export const ScriptUsageSchema = z.object({
  scriptId: ScriptId,
  used: count,
  helped: count,
  notHelped: count,
  lastUsedAt: count,
  cells: z._default(z.record(z.string().check(z.maxLength(40)), OutcomeCountsSchema), {}),
});
export type ScriptUsage = z.infer<typeof ScriptUsageSchema>;

/** A script as the card shows it, in the RM's language. */
export interface Script {
  id: string;
  title: string;
  body: string;
  tags: ScriptTags;
  origin: 'builtin' | 'edited' | 'own';
  hidden: boolean;
}

export interface FitContext {
  sentiment: Sentiment | null;
  property: ResistanceProperty | null;
  category: ProductCategory | null;
  band: Band | null;
  rung: number | null;
}
