import type { ComponentChildren } from 'preact';
import { locale, t } from '@/components/shared/i18n';
import { indicatorNames } from '@/lib/pacing/format';
import type { Indicator } from '@/lib/pacing/indicator';

/**
 * Said first, in the popup and in the book's call list, when an indicator is still at zero past the month's first
 * working days (lib/pacing/figures.ts notOpenedIndicators): an RM at zero gets anxious and pushy later, so the
 * method says to open the books in week 1. The call list adds whom to start with (children).
 */
export function NotOpenedAlert(props: { indicators: readonly Indicator[]; children?: ComponentChildren }) {
  if (!props.indicators.length) return null;
  return (
    <section class="pacing-alert" role="status" data-testid="not-opened">
      <strong data-testid="not-opened-title">
        {t('pacing.popup.notOpened.title', { names: indicatorNames(props.indicators, locale.value) })}
      </strong>
      <p class="small">{t('pacing.popup.notOpened.body')}</p>
      {props.children}
    </section>
  );
}
