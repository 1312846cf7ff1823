/**
 * The handover file (METHOD §3a, "clients just handed over"): the clients an RM hands to a successor, each with
 * what the successor needs to start (the profile, memory points, resistance, open deals) and what the previous RM
 * knew, kept as theirs (their notes, rung, familiarity, contact log and closed deals). Made for one import:
 * `fileId` makes importing it again add nothing, and a SHA-256 over the whole refuses an edited or cut file.
 */
import * as z from 'zod/mini';
import { canonicalJson, sha256Hex } from '../backup/bytes';
import { IsoDateSchema } from '../calendar/dates';
import { ContactEntrySchema } from '../client/contact';
import { ClientIdSchema, OriginSchema } from '../client/key';
import { ClientRecordSchema, MAX_HANDOVER_CONTACTS, MAX_HANDOVER_DEALS, ProfileSchema } from '../client/record';
import { type Said, said } from '../i18n/said';
import { DealSchema } from '../pipeline';
import { RungSchema } from '../trust-ladder';

export const HANDOVER_FORMAT = 'pacer-handover';
export const HANDOVER_FORMAT_VERSION = 1;
export const MAX_HANDOVER_CLIENTS = 20_000;
export const MAX_HANDOVER_BYTES = 100 * 1024 * 1024;

export const HandoverClientSchema = z.object({
  origin: OriginSchema,
  clientId: ClientIdSchema,
  profile: ProfileSchema,
  memoryPoints: ClientRecordSchema.shape.memoryPoints,
  resistance: ClientRecordSchema.shape.resistance,
  rung: z.nullable(RungSchema),
  familiarity: z.nullable(z.int().check(z.minimum(0), z.maximum(9))),
  contacts: z
    .array(z.pick(ContactEntrySchema, { date: true, channel: true, purpose: true, note: true }))
    .check(z.maxLength(MAX_HANDOVER_CONTACTS)),
  deals: z.array(DealSchema).check(z.maxLength(MAX_HANDOVER_DEALS)),
});
export type HandoverClient = z.infer<typeof HandoverClientSchema>;

export const HandoverFileSchema = z.object({
  format: z.literal(HANDOVER_FORMAT),
  formatVersion: z.literal(HANDOVER_FORMAT_VERSION),
  fileId: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  createdAt: z.int().check(z.nonnegative()),
  from: z.string().check(z.maxLength(40)),
  branch: z.string().check(z.maxLength(60)),
  clients: z.array(HandoverClientSchema).check(z.maxLength(MAX_HANDOVER_CLIENTS)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type HandoverFile = z.infer<typeof HandoverFileSchema>;

export async function handoverText(file: Omit<HandoverFile, 'sha256' | 'format' | 'formatVersion'>): Promise<string> {
  const body = { format: HANDOVER_FORMAT, formatVersion: HANDOVER_FORMAT_VERSION, ...file };
  return JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
}

export type ReadHandover = { ok: true; file: HandoverFile } | { ok: false; problems: Said[] };

const Peek = z.looseObject({ format: z.string(), formatVersion: z.number() });

/** The file, checked whole: a handover file, of a version this Pacer reads, unchanged since it was made. */
export async function readHandover(text: string): Promise<ReadHandover> {
  const no = (key: Parameters<typeof said>[0], params?: Parameters<typeof said>[1]): ReadHandover => ({
    ok: false,
    problems: [said(key, params)],
  });
  if (text.length === 0) return no('backup.problem.empty');
  if (text.length > MAX_HANDOVER_BYTES) return no('backup.problem.tooLarge', { mb: MAX_HANDOVER_BYTES / 1024 / 1024 });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return no('handover.problem.notHandover');
  }
  const peek = Peek.safeParse(json);
  if (!peek.success || peek.data.format !== HANDOVER_FORMAT)
    return no(peek.success && peek.data.format === 'pacer-backup' ? 'handover.problem.isBackup' : 'handover.problem.notHandover');
  if (peek.data.formatVersion > HANDOVER_FORMAT_VERSION) return no('handover.problem.newer');
  const r = HandoverFileSchema.safeParse(json);
  if (!r.success) return no('backup.problem.shape', { path: r.error.issues[0]?.path.map(String).join(' › ') || '—' });
  const { sha256 } = r.data;
  // The checksum is over the file as written (fields this version does not know included), not as parsed.
  const { sha256: _, ...written } = json as Record<string, unknown>;
  if ((await sha256Hex(canonicalJson(written))) !== sha256) return no('backup.problem.fileChecksum');
  return { ok: true, file: r.data };
}

/** A closed deal as the previous RM's note. */
export const closedDeal = (d: z.infer<typeof DealSchema>) => ({
  indicator: d.indicator,
  amount: d.amount,
  stage: d.stage as 'won' | 'lost',
  date: d.closedOn ?? (IsoDateSchema.safeParse(d.expectedDate).success ? d.expectedDate : null),
});
