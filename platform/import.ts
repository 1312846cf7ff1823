/**
 * Importing a checked client list into this profile's book (lib/db/import.ts), the CRMs it can go into, and the
 * column mappings remembered per set of headers.
 */
import { browser } from 'wxt/browser';
import { applyImport, type ImportOutcome, previewImport } from '@/lib/db/import';
import { type ImportField, mappingFor, remember } from '@/lib/import/fields';
import type { ImportRow } from '@/lib/import/rows';
import { urlMatchesPattern } from '@/lib/origins';
import { pacerDb } from './database';
import { exclusively } from './exclusive';
import { grantedOrigins } from './permissions';
import { importMappings } from './storage';

export type { ImportConflict, ImportOutcome } from '@/lib/db/import';

/**
 * The CRM origins clients can be imported into: those of the CRM tabs open now (most recently used first), then
 * those the book already has clients of. A client is known by its CRM's exact origin, port included, which only
 * a page of it tells (a granted pattern such as `http://10.1.2.3/*` matches any port).
 */
export async function importOrigins(): Promise<string[]> {
  const patterns = await grantedOrigins();
  const tabs = (await browser.tabs.query({})).filter((t) => t.url && patterns.some((p) => urlMatchesPattern(t.url!, p)));
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const out = new Set<string>();
  for (const t of tabs) out.add(new URL(t.url!).origin);
  const keys = (await pacerDb().clients.toCollection().primaryKeys()) as unknown as [string, string][];
  for (const [origin] of keys) out.add(origin);
  return [...out];
}

export function previewListImport(origin: string, rows: readonly ImportRow[]): Promise<ImportOutcome> {
  return previewImport(pacerDb(), origin, rows, Date.now());
}

export function applyListImport(origin: string, rows: readonly ImportRow[], signal?: AbortSignal): Promise<ImportOutcome> {
  return applyImport(pacerDb(), origin, rows, Date.now(), signal);
}

export async function mappingForHeaders(headers: readonly string[]): Promise<{ mapping: ImportField[]; remembered: boolean }> {
  return mappingFor(await importMappings.get(), headers);
}

export function rememberMapping(headers: readonly string[], mapping: readonly ImportField[]): Promise<void> {
  return exclusively('pacer-import-mappings', async () => importMappings.set(remember(await importMappings.get(), headers, mapping)));
}
