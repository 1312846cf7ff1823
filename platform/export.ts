/** The CSV exports of the book and the pipeline, in the RM's language (lib/export/book.ts). */
import { toIsoDate } from '@/lib/calendar/dates';
import { readBookRows } from '@/lib/db/export';
import { bookCsv, pipelineCsv } from '@/lib/export/book';
import type { Locale } from '@/lib/i18n';
import { pacerDb } from './database';

export interface CsvFile {
  text: string;
  fileName: string;
  rows: number;
}

const today = () => toIsoDate(new Date());

export async function exportBookCsv(locale: Locale): Promise<CsvFile> {
  const { clients, sentiments } = await readBookRows(pacerDb());
  return { text: bookCsv(clients, sentiments, locale), fileName: `pacer-clients-${today()}.csv`, rows: clients.length };
}

export async function exportPipelineCsv(locale: Locale, indicatorName: (id: string) => string): Promise<CsvFile> {
  const { clients, deals } = await readBookRows(pacerDb());
  const names = new Map(clients.map((c) => [`${c.origin} ${c.clientId}`, c.profile.name]));
  return { text: pipelineCsv(deals, names, indicatorName, locale), fileName: `pacer-pipeline-${today()}.csv`, rows: deals.length };
}
