/**
 * An .xlsx as Excel writes one: its parts zipped, strings shared (one with rich-text runs and a phonetic guide),
 * some inline, numbers, a date as a serial number in the built-in date format 14, and a cell left out of a row.
 * For the unit tests, the end-to-end test's file and the bench.
 */
import { strToU8, zipSync } from 'fflate';

export type Cell = { s: string } | { inline: string } | { str: string } | { n: number } | { date: number } | null;

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + column(i % 26));

export function buildXlsx(rows: readonly (readonly Cell[])[]): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (text: string) => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  const sheetRows = rows.map((cells, r) => {
    const xml = cells.map((cell, c) => {
      const ref = `${column(c)}${r + 1}`;
      if (cell === null) return '';
      if ('s' in cell) return `<c r="${ref}" t="s"><v>${shared(cell.s)}</v></c>`;
      if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(cell.inline)}</t></is></c>`;
      if ('str' in cell) return `<c r="${ref}" t="str"><f>A1</f><v>${xmlText(cell.str)}</v></c>`;
      if ('date' in cell) return `<c r="${ref}" s="1"><v>${cell.date}</v></c>`;
      return `<c r="${ref}"><v>${cell.n}</v></c>`;
    });
    return `<row r="${r + 1}">${xml.join('')}</row>`;
  });
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`;
  const items = strings.map((text, i) =>
    i === 1 && text.length > 1
      ? `<si><r><t>${xmlText(text[0]!)}</t></r><r><rPr><b/></rPr><t>${xmlText(text.slice(1))}</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh></si>`
      : `<si><t>${xmlText(text)}</t></si>`,
  );
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${items.join('')}</sst>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(rels),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    'xl/sharedStrings.xml': strToU8(sst),
    'xl/styles.xml': strToU8(styles),
  });
}
