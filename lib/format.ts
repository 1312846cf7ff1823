/** Money and dates as an RM reads them: 万 in Chinese, thousands separators in English; never 0.30000000000000004. */
import type { Locale } from './i18n';

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

export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (locale === 'zh-CN') return `${m}月${d}日`;
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}
