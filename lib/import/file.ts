/**
 * A client list file, whatever it is: an .xlsx (by its zip signature, whatever its name), else CSV text in its
 * detected or chosen encoding, else refused (an .xls, a PDF, an image, an empty or oversized file), with the reason.
 */
import type { MessageKey } from '../i18n';
import { parseCsv } from './csv';
import { decodeText, detectEncoding, type Encoding, undecodable } from './decode';
import { looksLikeZip, readXlsx, XlsxError } from './xlsx';

/** Ten times a branch's whole client list as CSV; an export above it is not a client list. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ListFile =
  | { ok: false; problem: MessageKey; params?: Record<string, number> }
  | {
      ok: true;
      kind: 'csv' | 'xlsx';
      grid: string[][];
      /** CSV only: the encoding read, the one detected, and how many characters it could not decode. */
      encoding: Encoding | null;
      detected: Encoding | null;
      undecodable: number;
    };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function readListFile(bytes: Uint8Array, encoding?: Encoding): ListFile {
  if (bytes.length === 0) return { ok: false, problem: 'import.file.empty' };
  if (bytes.length > MAX_IMPORT_BYTES)
    return { ok: false, problem: 'import.file.tooLarge', params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 } };
  if (looksLikeZip(bytes)) {
    try {
      return finish({ ok: true, kind: 'xlsx', grid: readXlsx(bytes), encoding: null, detected: null, undecodable: 0 });
    } catch (e) {
      const reason = e instanceof XlsxError ? e.reason : 'notXlsx';
      return {
        ok: false,
        problem: reason === 'noSheet' ? 'import.file.noSheet' : reason === 'tooLarge' ? 'import.file.tooLarge' : 'import.file.xlsxBroken',
        params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 },
      };
    }
  }
  if (OLE2.every((b, i) => bytes[i] === b) || isBinary(bytes)) return { ok: false, problem: 'import.file.unknown' };
  const detected = detectEncoding(bytes);
  const used = encoding ?? detected;
  const text = decodeText(bytes, used);
  return finish({ ok: true, kind: 'csv', grid: parseCsv(text), encoding: used, detected, undecodable: undecodable(text) });
}

function finish(file: ListFile): ListFile {
  if (!file.ok) return file;
  if (file.grid.length === 0) return { ok: false, problem: 'import.file.empty' };
  if (file.grid.length === 1) return { ok: false, problem: 'import.file.noRows' };
  return file;
}
