/**
 * The book and the pipeline as CSV tables, headed in the RM's language: one row per client (the working template
 * of METHOD §3c with the grid's two dimensions and the trust rung), one row per deal.
 */
import type { ClientRecord } from '../client/record';
import { effectiveScore } from '../familiarity';
import { type Locale, type MessageKey, translate } from '../i18n';
import type { Deal } from '../pipeline';
import type { Sentiment } from '../sentiment';
import { type CsvValue, toCsv, yuan } from './csv';

const BOOK_COLUMNS: MessageKey[] = [
  'import.field.clientId',
  'import.field.name',
  'import.field.gender',
  'import.field.age',
  'import.field.birthDate',
  'import.field.openedOn',
  'export.column.assets',
  'export.column.assetsOn',
  'import.field.products',
  'export.column.familiarity',
  'export.column.sentiment',
  'export.column.rung',
  'export.column.memoryPoints',
  'profile.communication',
  'profile.followUp',
  'export.column.crm',
];

export function bookCsv(clients: readonly ClientRecord[], sentiments: ReadonlyMap<string, Sentiment>, locale: Locale): string {
  const t = (key: MessageKey) => translate(locale, key);
  const rows: CsvValue[][] = [BOOK_COLUMNS.map(t)];
  for (const c of clients) {
    const p = c.profile;
    const sentiment = sentiments.get(`${c.origin} ${c.clientId}`);
    rows.push([
      c.clientId,
      p.name,
      p.gender ? t(`profile.gender.${p.gender}`) : null,
      p.age,
      p.birthDate,
      p.openedOn,
      yuan(p.assets),
      p.assetsOn,
      p.products,
      effectiveScore(c.familiarity)?.score ?? null,
      sentiment ? t(`sentiment.${sentiment}`) : null,
      c.rung,
      c.memoryPoints.join('；'),
      p.communication,
      p.followUp,
      c.origin,
    ]);
  }
  return toCsv(rows);
}

const PIPELINE_COLUMNS: MessageKey[] = [
  'import.field.clientId',
  'import.field.name',
  'export.column.indicator',
  'export.column.amount',
  'export.column.certainty',
  'export.column.stage',
  'export.column.expectedDate',
  'export.column.nextStep',
  'export.column.closedOn',
];

export function pipelineCsv(
  deals: readonly Deal[],
  names: ReadonlyMap<string, string>,
  indicatorName: (id: string) => string,
  locale: Locale,
): string {
  const t = (key: MessageKey) => translate(locale, key);
  const rows: CsvValue[][] = [PIPELINE_COLUMNS.map(t)];
  for (const d of deals)
    rows.push([
      d.clientId,
      names.get(`${d.origin} ${d.clientId}`) ?? null,
      indicatorName(d.indicator),
      yuan(d.amount),
      t(`certainty.${d.certainty}`),
      t(`stage.${d.stage}`),
      d.expectedDate,
      d.nextStep,
      d.closedOn ?? null,
    ]);
  return toCsv(rows);
}
