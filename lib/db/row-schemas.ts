/**
 * The shape of one row of each table, as this version reads it: what a backup's rows are checked against before
 * a restore writes them. A table added later without an entry here is still backed up and restored (its rows
 * are checked for their key only); tests/unit/backup.test.ts lists every table so a new one is noticed.
 */
import * as z from 'zod/mini';
import { CellTotalsSchema, ClientSummarySchema } from '../book/summary';
import { IsoDateSchema } from '../calendar/dates';
import { DayOverrideSchema } from '../calendar/working-days';
import { ContactEntrySchema } from '../client/contact';
import { ClientIdSchema, OriginSchema } from '../client/key';
import { ClientRecordSchema } from '../client/record';
import { ManualAchievementSchema, PacingConfigSchema, TargetSchema } from '../pacing/targets';
import { DealSchema } from '../pipeline';
import { ScriptEditSchema, ScriptUsageSchema } from '../scripts/types';
import { SentimentEventSchema } from '../sentiment';

export const ROW_SCHEMAS: Readonly<Record<string, z.ZodMiniType>> = {
  deals: DealSchema,
  sentimentEvents: SentimentEventSchema,
  clients: ClientRecordSchema,
  contacts: ContactEntrySchema,
  scriptEdits: ScriptEditSchema,
  scriptUsage: ScriptUsageSchema,
  targets: TargetSchema,
  achievements: ManualAchievementSchema,
  dayOverrides: DayOverrideSchema,
  pacingConfig: z.extend(PacingConfigSchema, { key: z.string().check(z.minLength(1), z.maxLength(40)) }),
  // The book's (lib/db/book.ts): summaries and totals are rebuilt from the other tables after a restore.
  clientSummaries: ClientSummarySchema,
  bookCells: CellTotalsSchema,
  bookSnoozes: z.object({ origin: OriginSchema, clientId: ClientIdSchema, until: IsoDateSchema }),
  bookMeta: z.looseObject({ key: z.string().check(z.minLength(1)) }),
};
