/**
 * CSV that opens correctly in Excel, Chinese included: UTF-8 with a BOM (without it Excel on a Chinese Windows
 * reads GBK), CRLF line ends, RFC 4180 quoting, dates as YYYY-MM-DD and amounts as plain numbers in yuan (both of
 * which Excel reads as such). A text cell Excel would run as a formula (`=`, `+`, `-`, `@`, a leading tab or
 * carriage return: OWASP's CSV injection list) gets a leading apostrophe, which Excel shows as text and hides.
 */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BOM = '\uFEFF';

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Fen as yuan, the number Excel sums. */
export const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);
