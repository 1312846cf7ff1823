/**
 * The columns of a client list and the Pacer fields they fill: guessed from the header (the common Chinese and
 * English ones), changed by the RM in the mapping step, and remembered per set of headers. The phone number is
 * recognised only to be left out: Pacer never stores it.
 */
import { FIELD_HEADERS as HEADERS } from './headers';
import { IMPORT_FIELDS, type ImportField, MAX_REMEMBERED_MAPPINGS, type RememberedMappings } from './mapping';

export { IMPORT_FIELDS, type ImportField, RememberedMappingsSchema } from './mapping';

/**
 * Fields one column at most may fill: all but `communication` (which takes any number of free columns) and the
 * columns left out (`phone`, `ignore`).
 */
const MANY_COLUMNS: readonly ImportField[] = ['communication', 'phone', 'ignore'];
export const SINGLE_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter((f) => !MANY_COLUMNS.includes(f));

/** A header as compared: lower case, without spaces, brackets, units and punctuation. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s_\-.:：/\\·、]/g, '');
}

const GUESS = new Map<string, ImportField>(
  Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field as ImportField])),
);

/** The field each column most likely fills; a field already taken leaves later columns ignored. */
export function guessMapping(headers: readonly string[]): ImportField[] {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const field = GUESS.get(normaliseHeader(h)) ?? 'ignore';
    if (SINGLE_FIELDS.includes(field)) {
      if (taken.has(field)) return 'ignore';
      taken.add(field);
    }
    return field;
  });
}

/** The key a mapping is remembered under: the set of headers, in order. */
export const headerSetKey = (headers: readonly string[]) => headers.map(normaliseHeader).join('|').slice(0, 2000);

/** The remembered mappings with this one added (the oldest forgotten beyond the limit). */
export function remember(all: RememberedMappings, headers: readonly string[], mapping: readonly ImportField[]): RememberedMappings {
  const key = headerSetKey(headers);
  const { [key]: _, ...rest } = all;
  const entries = Object.entries(rest).slice(-(MAX_REMEMBERED_MAPPINGS - 1));
  return { ...Object.fromEntries(entries), [key]: [...mapping] };
}

/** The remembered mapping of these headers, when it still fits them, else the guess. */
export function mappingFor(all: RememberedMappings, headers: readonly string[]): { mapping: ImportField[]; remembered: boolean } {
  const known = all[headerSetKey(headers)];
  return known && known.length === headers.length
    ? { mapping: [...known], remembered: true }
    : { mapping: guessMapping(headers), remembered: false };
}
