/** Amounts typed by the RM, in yuan, to integer fen; never through floating-point multiplication. */
export function parseYuan(text: string): number | null {
  const t = text.trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  const m = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Fen as a plain yuan figure for an input field (no 万, no separators): 12345 → "123.45". */
export function fenToYuanInput(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = fen % 100;
  return rest ? `${yuan}.${String(rest).padStart(2, '0').replace(/0$/, '')}` : String(yuan);
}
