import type { Deal } from '@/lib/pipeline';
import { formatDate, formatMoney } from '@/lib/format';
import { locale, t } from './i18n';

export function DealList(props: { deals: readonly Deal[] }) {
  if (!props.deals.length) return <p class="muted" data-testid="deals-empty">{t('panel.pipeline.empty')}</p>;
  return (
    <ul class="deal-list" data-testid="deal-list">
      {props.deals.map((deal) => (
        <li key={deal.id} class="deal" data-testid="deal" data-deal-id={deal.id}>
          <div class="deal__main">
            <span class="deal__indicator">{t(indicatorKey(deal.indicator))}</span>
            {deal.amount > 0 && <span class="deal__amount">{formatMoney(deal.amount, locale.value)}</span>}
            <span class={`chip chip--${deal.stage}`} data-testid="deal-stage">{t(`stage.${deal.stage}`)}</span>
          </div>
          <div class="deal__meta muted">
            <span>{t(`certainty.${deal.certainty}`)}</span>
            <span>{t('panel.pipeline.expected', { date: formatDate(deal.expectedDate, locale.value) })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

function indicatorKey(indicator: string): 'indicator.investment' | 'indicator.insurance' | 'indicator.deposit' {
  return indicator === 'insurance' || indicator === 'deposit' ? `indicator.${indicator}` : 'indicator.investment';
}
