import { locale, t } from '@/components/shared/i18n';
import type { IndicatorFigures } from '@/lib/pacing/figures';
import { indicatorName } from '@/lib/pacing/format';

/**
 * First in the popup when an indicator is still at zero past the month's first working days: an RM at zero gets
 * anxious and pushy later, so the method says to open the books in week 1.
 */
export function NotOpenedAlert(props: { indicators: readonly IndicatorFigures[] }) {
  const zero = props.indicators.filter((f) => f.notOpened);
  if (!zero.length) return null;
  const names = zero.map((f) => indicatorName(f.indicator, locale.value)).join(locale.value === 'en' ? ', ' : '、');
  return (
    <section class="pacing-alert" role="status" data-testid="not-opened">
      <strong data-testid="not-opened-title">{t('pacing.popup.notOpened.title', { names })}</strong>
      <p class="small">{t('pacing.popup.notOpened.body')}</p>
    </section>
  );
}
