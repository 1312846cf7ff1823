import { t } from '@/components/shared/i18n';
import { claimOf } from '@/lib/compliance';

/** Each wording the guard caught, and what to say instead (by what it claims; the bank's own words get a general note). */
export function GuardAdvice(props: { found: readonly string[]; testId: string }) {
  if (!props.found.length) return null;
  return (
    <ul class="script__advice small" data-testid={props.testId}>
      {props.found.map((wording) => {
        const claim = claimOf(wording);
        return (
          <li key={wording} data-wording={wording}>
            {t('compliance.caught', { wording })}
            {t(claim ? `compliance.instead.${claim}` : 'compliance.instead.policy')}
          </li>
        );
      })}
    </ul>
  );
}
