/** How pacing values read: amounts (fen) in the RM's money format, counts as whole numbers; names in their language. */
import { formatMoney } from '../format/money';
import type { Locale } from '../i18n';
import type { Indicator } from './targets';

export function formatValue(indicator: Indicator, value: number, locale: Locale): string {
  return indicator.kind === 'amount' ? formatMoney(value, locale) : String(value);
}

export function indicatorName(indicator: Indicator, locale: Locale): string {
  return locale === 'zh-CN' ? indicator.zh : indicator.en;
}

/** Several indicators' names in one line: 投资、存款 / Investment, Deposits. */
export function indicatorNames(indicators: readonly Indicator[], locale: Locale): string {
  return indicators.map((i) => indicatorName(i, locale)).join(locale === 'en' ? ', ' : '、');
}

/** Month label for the popup header: "11" in zh-CN (the template adds 月), "November 2026" in English. */
export function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (locale === 'zh-CN') return String(m);
  return new Date(y, m - 1, 1).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
}

/** Amounts are typed in 万 in zh-CN and in yuan in English; counts as whole numbers. Returns fen / units. */
export function entryDigits(indicator: Indicator, locale: Locale): number {
  if (indicator.kind === 'count') return 0;
  return locale === 'zh-CN' ? 6 : 2;
}
