/** Handing clients over: the file made from this profile's book, and one taken into it (lib/db/handover.ts). */
import { toIsoDate } from '@/lib/calendar/dates';
import { applyHandover, type HandoverOutcome, handoverClients, previewHandover } from '@/lib/db/handover';
import { type HandoverFile, handoverText, type ReadHandover, readHandover } from '@/lib/handover/file';
import { type HandoverScope, inScope } from '@/lib/handover/scope';
import { pacerDb } from './database';
import { readSettings } from './settings';

export type { HandoverOutcome } from '@/lib/db/handover';
export type { HandoverFile } from '@/lib/handover/file';
export type { HandoverScope } from '@/lib/handover/scope';

export async function exportHandover(scope: HandoverScope): Promise<{ text: string; fileName: string; clients: number }> {
  const [clients, settings] = await Promise.all([handoverClients(pacerDb(), inScope(scope)), readSettings()]);
  const now = Date.now();
  const text = await handoverText({ fileId: crypto.randomUUID(), createdAt: now, from: settings.rmName, branch: settings.branch, clients });
  return { text, fileName: `pacer-handover-${toIsoDate(new Date(now))}-${clients.length}.json`, clients: clients.length };
}

export async function openHandoverFile(text: string): Promise<ReadHandover & { outcome?: HandoverOutcome }> {
  const r = await readHandover(text);
  if (!r.ok) return r;
  return { ...r, outcome: await previewHandover(pacerDb(), r.file, Date.now()) };
}

export function importHandover(file: HandoverFile): Promise<HandoverOutcome> {
  return applyHandover(pacerDb(), file, Date.now());
}
