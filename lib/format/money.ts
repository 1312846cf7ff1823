/**
 * Money as an RM reads and types it: 万 in Chinese, thousands separators in English; stored as integer fen, so
 * never 0.30000000000000004.
 */
import type { Locale } from '../i18n';

/** `fen` is an integer number of 1/100 yuan. */
export function formatMoney(fen: number, locale: Locale): string {
  const yuan = fen / 100;
  if (locale === 'zh-CN') {
    if (Math.abs(fen) >= 1_000_000) {
      // 万 with up to two decimals, trailing zeros dropped: 137.4万, 45.8万, 229万.
      const wan = Math.round(fen / 10_000) / 100;
      return `${trimZeros(wan.toFixed(2))}万`;
    }
    return `${trimZeros(yuan.toFixed(2))}元`;
  }
  return `¥${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Amounts typed by the RM, in yuan, to integer fen; never through floating-point multiplication. */
export function parseYuan(text: string): number | null {
  const t = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '');
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
