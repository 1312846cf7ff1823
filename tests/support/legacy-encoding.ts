/**
 * Text encoded as GBK/GB18030 or Big5, as Excel on a Chinese Windows saves a CSV: Node's TextEncoder writes only
 * UTF-8, so the table is built from the browser's own TextDecoder, decoding every two-byte sequence once. Used by
 * the unit tests, the end-to-end fixtures and the bench.
 */
type Legacy = 'gb18030' | 'big5';

const tables = new Map<Legacy, Map<string, [number, number]>>();

function table(encoding: Legacy): Map<string, [number, number]> {
  const known = tables.get(encoding);
  if (known) return known;
  const decoder = new TextDecoder(encoding);
  const map = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  tables.set(encoding, map);
  return map;
}

export function encodeLegacy(text: string, encoding: Legacy): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${ch} has no ${encoding} code`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
