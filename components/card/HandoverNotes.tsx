import '@/lib/i18n/late-notes';
import { Fold } from '@/components/shared/Fold';
import { locale, t } from '@/components/shared/i18n';
import type { Handover } from '@/lib/client/record';
import { formatDate } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/money';

/** What the previous RM knew about a client handed over, shown as theirs: not the receiver's own evidence. */
export function HandoverNotes(props: { handover: Handover }) {
  const h = props.handover;
  const from = h.from || t('handover.unknownRm');
  return (
    <Fold title={t('handover.card.title')} initiallyOpen testId="handover-notes">
      <p class="small muted" data-testid="handover-from">
        {t('handover.card.from', {
          from,
          branch: h.branch || '—',
          date: formatDate(new Date(h.at).toISOString().slice(0, 10), locale.value),
        })}
      </p>
      {(h.rung !== null || h.familiarity !== null) && (
        <p class="small">{t('handover.card.rung', { rung: h.rung ?? '—', score: h.familiarity ?? '—' })}</p>
      )}
      {h.communication && (
        <p class="small prewrap" data-testid="handover-communication">
          <strong>{t('profile.communication')}</strong> {h.communication}
        </p>
      )}
      {h.followUp && (
        <p class="small prewrap">
          <strong>{t('profile.followUp')}</strong> {h.followUp}
        </p>
      )}
      {h.contacts.length > 0 && (
        <>
          <h4 class="small">{t('handover.card.contacts', { n: h.contacts.length })}</h4>
          <ul class="small" data-testid="handover-contacts">
            {h.contacts.slice(0, 10).map((c, i) => (
              <li key={i}>
                {formatDate(c.date, locale.value)} · {c.note}
              </li>
            ))}
          </ul>
        </>
      )}
      {h.deals.length > 0 && (
        <>
          <h4 class="small">{t('handover.card.deals')}</h4>
          <ul class="small">
            {h.deals.map((d, i) => (
              <li key={i}>
                {d.date ? `${formatDate(d.date, locale.value)} · ` : ''}
                {t(`stage.${d.stage}`)} · {formatMoney(d.amount, locale.value)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Fold>
  );
}
