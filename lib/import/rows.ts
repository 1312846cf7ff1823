/**
 * The check of a client list, row by row, before anything is written: each row becomes what it would fill in a
 * client's record, or the reasons it cannot (row number, column, reason), and the RM imports the valid rows or
 * none. Work is done in chunks that yield to the page, with progress, and stops when cancelled.
 */
import type { IsoDate } from '../calendar/dates';
import { ClientIdSchema } from '../client/key';
import { PRODUCTS_LENGTH, type Profile } from '../client/record';
import { type Said, said } from '../i18n/said';
import type { ImportField } from './fields';
import { ageOn, isEmptyCell, looksLikeFormula, type Read, readAge, readAmount, readDate, readGender, readResidentId } from './values';

/** What one row of the list fills in a client's profile (only what the row has). */
export type ProfilePatch = Partial<
  Pick<Profile, 'name' | 'gender' | 'birthDate' | 'age' | 'openedOn' | 'assets' | 'assetsOn' | 'products' | 'communication'>
>;

export interface ImportRow {
  /** The row's line in the file (the header is line 1 when it is the first). */
  line: number;
  clientId: string;
  patch: ProfilePatch;
}

export interface RowProblem {
  line: number;
  column: string | null;
  problem: Said;
}

export interface CheckedRows {
  rows: ImportRow[];
  problems: RowProblem[];
  /** Rows of the file after the header. */
  total: number;
}

export const MAX_IMPORT_ROWS = 100_000;
const NAME_LENGTH = 60;
const COMMUNICATION_LENGTH = 2000;
const CHUNK = 2_000;

export interface Progress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Yields to the page (its input and paint) between chunks. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Checks every row of `grid` (its first row the headers) as `mapping` reads it. `lines[i]` is the file line of
 * grid row i when known (a CSV's quoted line breaks make them differ), else i + 1.
 */
export async function checkRows(
  grid: readonly (readonly string[])[],
  mapping: readonly ImportField[],
  today: IsoDate,
  progress: Progress = {},
  lines?: readonly number[],
): Promise<CheckedRows> {
  const headers = grid[0] ?? [];
  const body = grid.length - 1;
  const problems: RowProblem[] = [];
  if (!mapping.includes('clientId'))
    return { rows: [], problems: [{ line: 1, column: null, problem: said('import.problem.noClientIdColumn') }], total: body };
  if (body > MAX_IMPORT_ROWS)
    return {
      rows: [],
      problems: [{ line: 1, column: null, problem: said('import.problem.tooManyRows', { max: MAX_IMPORT_ROWS }) }],
      total: body,
    };
  const rows: ImportRow[] = [];
  const firstLine = new Map<string, number>();
  const duplicated = new Set<string>();
  for (let start = 1; start < grid.length; start += CHUNK) {
    if (progress.signal?.aborted) throw new Cancelled();
    const end = Math.min(grid.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const line = lines?.[i] ?? i + 1;
      const r = checkRow(grid[i]!, headers, mapping, today, line);
      if ('problems' in r) problems.push(...r.problems);
      if (r.clientId) {
        const first = firstLine.get(r.clientId);
        if (first === undefined) firstLine.set(r.clientId, line);
        else {
          duplicated.add(r.clientId);
          problems.push({ line, column: null, problem: said('import.problem.duplicate', { id: r.clientId, first }) });
        }
      }
      if ('row' in r) rows.push(r.row);
    }
    progress.onProgress?.(end - 1, body);
    if (end < grid.length) await yieldToPage();
  }
  // A client number twice in the file: which row is right cannot be told, so neither is imported.
  for (const id of duplicated) {
    const first = firstLine.get(id)!;
    if (!problems.some((p) => p.line === first && p.problem.key === 'import.problem.duplicate'))
      problems.push({ line: first, column: null, problem: said('import.problem.duplicateFirst', { id }) });
  }
  problems.sort((a, b) => a.line - b.line);
  const bad = new Set(problems.map((p) => p.line));
  return { rows: rows.filter((r) => !bad.has(r.line) && !duplicated.has(r.clientId)), problems, total: body };
}

type RowResult = { clientId: string | null; row: ImportRow } | { clientId: string | null; problems: RowProblem[] };

function checkRow(
  cells: readonly string[],
  headers: readonly string[],
  mapping: readonly ImportField[],
  today: IsoDate,
  line: number,
): RowResult {
  const problems: RowProblem[] = [];
  const patch: ProfilePatch = {};
  const notes: string[] = [];
  let clientId: string | null = null;
  let fromId: { birthDate: IsoDate; gender: 'male' | 'female' } | null = null;
  const take = <T>(column: string, r: Read<T>, set: (v: T) => void) => {
    if (!r.ok) problems.push({ line, column, problem: said(r.problem) });
    else if (r.value !== null) set(r.value);
  };
  for (const [c, field] of mapping.entries()) {
    const column = headers[c] ?? `#${c + 1}`;
    const raw = (cells[c] ?? '').trim();
    if (field === 'ignore' || field === 'phone') continue;
    if (field === 'clientId') {
      if (isEmptyCell(raw)) problems.push({ line, column, problem: said('import.problem.noClientId') });
      else if (!ClientIdSchema.safeParse(raw).success)
        problems.push({ line, column, problem: said('import.problem.clientId', { value: raw.slice(0, 40) }) });
      else clientId = raw;
      continue;
    }
    if (isEmptyCell(raw)) continue;
    if (looksLikeFormula(raw)) {
      problems.push({ line, column, problem: said('import.problem.formula') });
      continue;
    }
    switch (field) {
      case 'name':
        if (raw.length > NAME_LENGTH) problems.push({ line, column, problem: said('import.problem.tooLong', { max: NAME_LENGTH }) });
        else patch.name = raw;
        break;
      case 'gender':
        take(column, readGender(raw), (v) => (patch.gender = v));
        break;
      case 'birthDate':
        take(column, readDate(raw, today), (v) => (patch.birthDate = v));
        break;
      case 'openedOn':
        take(column, readDate(raw, today), (v) => (patch.openedOn = v));
        break;
      case 'age':
        take(column, readAge(raw), (v) => (patch.age = v));
        break;
      case 'assets':
        take(column, readAmount(raw), (v) => {
          patch.assets = v;
          patch.assetsOn = today;
        });
        break;
      case 'products':
        if (raw.length > PRODUCTS_LENGTH)
          problems.push({ line, column, problem: said('import.problem.tooLong', { max: PRODUCTS_LENGTH }) });
        else patch.products = raw;
        break;
      case 'residentId':
        // Read for the birth date and gender only; the number goes no further than this function.
        take(column, readResidentId(raw, today), (v) => (fromId = v));
        break;
      case 'communication':
        notes.push(`${column}：${raw}`);
        break;
    }
  }
  const derived = fromId as { birthDate: IsoDate; gender: 'male' | 'female' } | null;
  if (derived) {
    patch.birthDate ??= derived.birthDate;
    patch.gender ??= derived.gender;
  }
  if (patch.birthDate && patch.age === undefined) patch.age = ageOn(patch.birthDate, today);
  if (notes.length) {
    const text = notes.join('\n');
    if (text.length > COMMUNICATION_LENGTH)
      problems.push({ line, column: null, problem: said('import.problem.tooLong', { max: COMMUNICATION_LENGTH }) });
    else patch.communication = text;
  }
  if (problems.length || !clientId) return { clientId, problems };
  return { clientId, row: { line, clientId, patch } };
}

export { type Merge, mergeProfile } from './merge';
