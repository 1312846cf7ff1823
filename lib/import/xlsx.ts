/**
 * The first worksheet of an .xlsx file as a grid of text. An .xlsx is a zip of XML parts: fflate (8 KB, no
 * dependencies) unzips it, the browser's own DOMParser reads the XML (no entity expansion beyond XML's five, no
 * external fetches), and this file reads only what a client list needs: shared and inline strings, numbers,
 * booleans, and dates (a number in a date format becomes `YYYY-MM-DD`). Formulas are never evaluated: a cell
 * shows the value Excel cached for it. Sizes are checked before anything is inflated (a zip bomb is refused).
 */
import { unzipSync } from 'fflate';
import { excelSerialToIso } from './values';

/** More than a client list of 100,000 rows needs, inflated. */
export const MAX_XLSX_INFLATED = 200 * 1024 * 1024;

export class XlsxError extends Error {
  constructor(readonly reason: 'notXlsx' | 'tooLarge' | 'noSheet') {
    super(reason);
  }
}

const PARTS = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!PARTS.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_XLSX_INFLATED) throw new XlsxError('tooLarge');
        return true;
      },
    });
  } catch (e) {
    throw e instanceof XlsxError ? e : new XlsxError('notXlsx');
  }
}

function xml(part: Uint8Array | undefined): Document | null {
  if (!part) return null;
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(part), 'application/xml');
  return doc.getElementsByTagName('parsererror').length > 0 ? null : doc;
}

/** Child elements by local name (prefixed or not: some writers use `x:c`). */
function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name) out.push(c);
  return out;
}

function all(doc: Document | Element, name: string): Element[] {
  return Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName === name);
}

/** A string item's text: its runs' `t`, without phonetic guides (`rPh`). */
function stringText(si: Element): string {
  let text = '';
  for (const c of Array.from(si.children)) {
    if (c.localName === 't') text += c.textContent ?? '';
    else if (c.localName === 'r') for (const t of children(c, 't')) text += t.textContent ?? '';
  }
  return text;
}

// Excel's built-in number formats that show a date (ECMA-376 18.8.30, and the East Asian ones).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** For each cell style index, whether it shows a date. */
function dateStyles(styles: Document | null): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, boolean>();
  for (const f of all(styles, 'numFmt')) {
    // A date format has y, m or d outside quotes and brackets ([Red], [h]), and is not only a time.
    const code = (f.getAttribute('formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    custom.set(Number(f.getAttribute('numFmtId')), /[yd]/i.test(code) || /m/i.test(code.replace(/[hs]+:?m+|m+:?s+/gi, '')));
  }
  const xfs = all(styles, 'cellXfs')[0];
  if (!xfs) return [];
  return children(xfs, 'xf').map((xf) => {
    const id = Number(xf.getAttribute('numFmtId') ?? 0);
    return custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id);
  });
}

/** "BC12" → 54 (zero-based column). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function firstSheetPath(workbook: Document | null, rels: Document | null, names: string[]): string | null {
  const sheet = workbook ? all(workbook, 'sheet')[0] : undefined;
  const rid = sheet ? (sheet.getAttribute('r:id') ?? Array.from(sheet.attributes).find((a) => a.localName === 'id')?.value) : undefined;
  const rel = rels && rid ? all(rels, 'Relationship').find((r) => r.getAttribute('Id') === rid) : undefined;
  const target = rel?.getAttribute('Target');
  if (target) {
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (names.includes(path)) return path;
  }
  return names.filter((n) => n.startsWith('xl/worksheets/')).sort()[0] ?? null;
}

export function readXlsx(bytes: Uint8Array): string[][] {
  const parts = unzip(bytes);
  const names = Object.keys(parts);
  const path = firstSheetPath(xml(parts['xl/workbook.xml']), xml(parts['xl/_rels/workbook.xml.rels']), names);
  if (!path) throw new XlsxError(names.length ? 'noSheet' : 'notXlsx');
  const sheet = xml(parts[path]);
  if (!sheet) throw new XlsxError('notXlsx');
  const shared = xml(parts['xl/sharedStrings.xml']);
  const strings = shared ? all(shared, 'si').map(stringText) : [];
  const isDate = dateStyles(xml(parts['xl/styles.xml']));
  const grid: string[][] = [];
  for (const row of all(sheet, 'row')) {
    const r = Number(row.getAttribute('r')) - 1;
    const at = Number.isInteger(r) && r >= 0 ? r : grid.length;
    const cells: string[] = [];
    let next = 0;
    for (const c of children(row, 'c')) {
      const ref = c.getAttribute('r');
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      const type = c.getAttribute('t') ?? 'n';
      const v = children(c, 'v')[0]?.textContent ?? '';
      let value: string;
      if (type === 's') value = strings[Number(v)] ?? '';
      else if (type === 'inlineStr') value = children(c, 'is').map(stringText).join('');
      else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'n' && v !== '' && isDate[Number(c.getAttribute('s') ?? 0)]) value = excelSerialToIso(Number(v)) ?? v;
      else value = v;
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    while (grid.length < at) grid.push([]);
    grid[at] = cells;
  }
  return grid.filter((row) => row.some((v) => v.trim() !== ''));
}

/** A zip's first bytes ("PK\x03\x04"): an .xlsx, whatever its name says. */
export const looksLikeZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
