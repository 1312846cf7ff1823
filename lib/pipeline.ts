/**
 * The pipeline of potential deals (METHOD §2): a client who said they intend to buy, with how certain
 * that is and where the conversation stands.
 */
import * as z from 'zod/mini';
import { endOfWorkWeek, type IsoDate, IsoDateSchema } from './calendar/dates';
import { ClientIdSchema, OriginSchema } from './client/key';
import { MeetingPlanSchema } from './meeting';

export const DEAL_STAGES = ['invited', 'meeting', 'met', 'won', 'lost'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

/** The source's three degrees of certainty, surest first. */
export const CERTAINTIES = ['committed', 'thinking', 'consult'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** The indicator a deal counts toward when nothing better is known (the first of the built-in indicators). */
export const FALLBACK_INDICATOR = 'investment';

const time = z.int().check(z.nonnegative());

export const DealSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  origin: OriginSchema,
  clientId: ClientIdSchema,
  indicator: z.string().check(z.minLength(1), z.maxLength(40)),
  /** In fen (1/100 yuan): money is stored as integers so sums never show floating-point artefacts. */
  amount: z.int().check(z.nonnegative()),
  certainty: z.enum(CERTAINTIES),
  stage: z.enum(DEAL_STAGES),
  expectedDate: IsoDateSchema,
  nextStep: z.string().check(z.maxLength(500)),
  createdAt: time,
  updatedAt: time,
  /** When it was marked won or lost; null while open. */
  closedAt: z.nullable(time),
  /** The calendar day a won deal counts as achievement (set with the won amount); absent on older rows. */
  closedOn: z.optional(z.nullable(IsoDateSchema)),
  /** The meeting plan, once the RM makes one (./meeting.ts); absent on older rows. */
  meeting: z.optional(z.nullable(MeetingPlanSchema)),
});
export type Deal = z.infer<typeof DealSchema>;

/**
 * The fields pacing counts (lib/pacing/snapshot.ts), each checked as strictly as in DealSchema. The popup reads
 * hundreds of deals on every open and parsing is most of that read's cost, so it parses only these.
 */
export const DealFiguresSchema = z.pick(DealSchema, {
  id: true,
  indicator: true,
  amount: true,
  certainty: true,
  stage: true,
  expectedDate: true,
  closedAt: true,
  closedOn: true,
});
export type DealFigures = z.infer<typeof DealFiguresSchema>;

export interface NewDealInput {
  id: string;
  origin: string;
  clientId: string;
  today: IsoDate;
  now: number;
  indicator?: string;
  stage?: DealStage;
}

/** One click must be enough: every field gets a sensible default the RM can adjust afterwards. */
export function newDeal(input: NewDealInput): Deal {
  return {
    id: input.id,
    origin: input.origin,
    clientId: input.clientId,
    indicator: input.indicator ?? FALLBACK_INDICATOR,
    amount: 0,
    certainty: 'thinking',
    stage: input.stage ?? 'invited',
    expectedDate: endOfWorkWeek(input.today),
    nextStep: '',
    createdAt: input.now,
    updatedAt: input.now,
    closedAt: null,
  };
}

export function isOpen(deal: Pick<Deal, 'stage'>): boolean {
  return deal.stage !== 'won' && deal.stage !== 'lost';
}

/**
 * The one-click deal's indicator (METHOD §1–2): the one furthest behind its pace when targets exist, otherwise the
 * one the RM used last.
 */
export interface IndicatorChoice {
  /** The indicator of the RM's most recently touched deal, if any. */
  lastUsed: string | null;
  /** Today's pacing gap per indicator, in fen (positive = behind plan). Absent without targets. */
  gaps?: Readonly<Record<string, number>> | null;
}

export function defaultIndicator({ lastUsed, gaps }: IndicatorChoice): string {
  let best: string | null = null;
  let bestGap = 0;
  for (const [indicator, gap] of Object.entries(gaps ?? {})) {
    if (Number.isFinite(gap) && gap > bestGap) {
      best = indicator;
      bestGap = gap;
    }
  }
  return best ?? lastUsed ?? FALLBACK_INDICATOR;
}
