/** The action badge: today's largest pacing gap in at most four characters (万 in zh-CN, k/M in English). */
import type { Locale } from '../i18n';
import type { IndicatorFigures } from './figures';

export function badgeText(figure: IndicatorFigures | null, locale: Locale): string {
  if (!figure) return '';
  const gap = figure.gap;
  if (figure.indicator.kind === 'count') return gap > 999 ? '999+' : String(gap);
  if (locale === 'zh-CN') {
    const wan = Math.ceil(gap / 1_000_000); // 1万 yuan = 1,000,000 fen
    return wan > 999 ? '999+' : `${wan}万`;
  }
  const yuan = gap / 100;
  if (yuan < 1_000) return '<1k';
  if (yuan < 1_000_000) return `${Math.ceil(yuan / 1_000)}k`;
  const m = Math.ceil(yuan / 100_000) / 10;
  return m >= 100 ? `${Math.ceil(m)}M` : `${m}M`;
}
