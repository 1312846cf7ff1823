/** Dates as an RM reads them: 3月5日 in Chinese, 5 Mar in English. */
import type { Locale } from '../i18n';

export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (locale === 'zh-CN') return `${m}月${d}日`;
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}
