import { locale, t } from '@/components/shared/i18n';
import { indicatorNames } from '@/lib/pacing/format';
import type { Indicator } from '@/lib/pacing/indicator';

/**
 * First in the popup when an indicator is still at zero past the month's first working days (lib/pacing/figures.ts
 * notOpenedIndicators): an RM at zero gets anxious and pushy later, so the method says to open the books in week 1.
 * The book's call list says the same first (components/book/OpeningNotice.tsx), and whom to start with.
 */
export function NotOpenedAlert(props: { indicators: readonly Indicator[] }) {
  if (!props.indicators.length) return null;
  return (
    <section class="pacing-alert" role="status" data-testid="not-opened">
      <strong data-testid="not-opened-title">
        {t('pacing.popup.notOpened.title', { names: indicatorNames(props.indicators, locale.value) })}
      </strong>
      <p class="small">{t('pacing.popup.notOpened.body')}</p>
    </section>
  );
}
