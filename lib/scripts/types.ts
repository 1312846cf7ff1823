/**
 * A probing script: words an RM can say, with tags saying which clients and moments it fits (METHOD §3b–5).
 * Built-in scripts ship in both languages (one pack per file in ./packs); scripts the RM writes or edits are
 * stored locally in one language, as typed.
 */
import { z } from 'zod';
import { PRODUCT_CATEGORIES, RESISTANCE_PROPERTIES, type ProductCategory, type ResistanceProperty } from '../client/record';
import { BANDS, type Band } from '../familiarity';
import { SENTIMENTS, type Sentiment } from '../sentiment';

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

export const ScriptTagsSchema = z.object({
  technique: z.enum(TECHNIQUES),
  /** Absent = fits any; present = fits only these (a sentiment mismatch is excluded, others only demoted). */
  sentiments: z.array(z.enum(SENTIMENTS)).optional(),
  properties: z.array(z.enum(RESISTANCE_PROPERTIES)).optional(),
  bands: z.array(z.enum(BANDS)).optional(),
  products: z.array(z.enum(PRODUCT_CATEGORIES)).optional(),
  /** Trust-ladder rungs, inclusive. */
  rungs: z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)]).optional(),
  spin: z.enum(SPIN_STAGES).optional(),
});
export type ScriptTags = z.infer<typeof ScriptTagsSchema>;

export interface Bilingual {
  zh: string;
  en: string;
}

export interface BuiltinScript {
  id: string;
  title: Bilingual;
  /** Placeholders: {name} (how to address the client). */
  body: Bilingual;
  tags: ScriptTags;
}

/** What the RM stored: an own script ('own') or a change to a built-in ('override': hide or reword). */
export const ScriptEditSchema = z.object({
  id: z.string().min(1).max(80),
  kind: z.enum(['own', 'override']),
  /** null on an override = keep the built-in text. */
  title: z.string().max(120).nullable(),
  body: z.string().max(4000).nullable(),
  tags: ScriptTagsSchema.nullable(),
  hidden: z.boolean(),
  updatedAt: z.number().int().nonnegative(),
});
export type ScriptEdit = z.infer<typeof ScriptEditSchema>;

/** How a script fared: the ranking learns from it. */
export const ScriptUsageSchema = z.object({
  scriptId: z.string().min(1).max(80),
  used: z.number().int().nonnegative(),
  helped: z.number().int().nonnegative(),
  notHelped: z.number().int().nonnegative(),
  lastUsedAt: z.number().int().nonnegative(),
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
