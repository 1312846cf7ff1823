import { locale, t } from '@/components/shared/i18n';
import { formatDate } from '@/lib/format/date';
import type { IndicatorFigures } from '@/lib/pacing/figures';
import { formatValue, indicatorName } from '@/lib/pacing/format';

/** One indicator's figures for today: the gap first (what the RM acts on), then the context lines. */
export function PacingIndicatorCard(props: { figures: IndicatorFigures }) {
  const f = props.figures;
  const loc = locale.value;
  const v = (n: number) => formatValue(f.indicator, n, loc);
  const pct = (n: number) => `${Math.min(100, Math.max(0, (n * 100) / f.target))}%`;
  return (
    <section class="pacing-card" data-testid="pacing-indicator" data-indicator={f.indicator.id}>
      <div class="pacing-card__title">
        <h2 class="pacing-card__name">{indicatorName(f.indicator, loc)}</h2>
        {f.managedTarget && <span class="badge">{t('pacing.popup.managedTarget')}</span>}
      </div>
      <div class="pacing-gap">
        <span class="muted small">{t('pacing.popup.gap')}</span>
        {f.gap > 0 ? (
          <span class="pacing-gap__value" data-testid="gap">
            {v(f.gap)}
          </span>
        ) : (
          <span class="pacing-gap__value pacing-gap__value--ahead" data-testid="gap">
            {t('pacing.popup.ahead', { amount: v(-f.gap) })}
          </span>
        )}
      </div>
      <div class="pacing-bar" aria-hidden="true">
        <div class="pacing-bar__done" style={{ width: pct(f.achieved) }} />
        <div class="pacing-bar__mark" style={{ left: pct(f.planToday) }} />
        <div class="pacing-bar__mark pacing-bar__mark--even" style={{ left: pct(f.evenToday) }} />
      </div>
      <p class="small" data-testid="today-needs">
        {t('pacing.popup.todayNeeds', { amount: v(f.todayNeeds) })}
      </p>
      <p class="small muted">
        <span data-testid="achieved">{t('pacing.popup.achieved', { achieved: v(f.achieved), target: v(f.target) })}</span>
        {f.carriedIn > 0 && <span data-testid="carried">{` · ${t('pacing.popup.carried', { amount: v(f.carriedIn) })}`}</span>}
      </p>
      <dl class="pacing-lines">
        <dt>{t('pacing.popup.week', { week: f.week.index, date: formatDate(f.week.end, loc) })}</dt>
        <dd data-testid="week">
          {f.week.distance > 0
            ? t('pacing.popup.weekDistance', { checkpoint: v(f.week.checkpoint), amount: v(f.week.distance) })
            : t('pacing.popup.weekReached', { checkpoint: v(f.week.checkpoint) })}
        </dd>
        <dt>{t('pacing.popup.even')}</dt>
        <dd data-testid="even">{v(f.evenToday)}</dd>
        <dt>{t('pacing.popup.coverage')}</dt>
        <dd data-testid="coverage">
          {f.coveragePct === null
            ? t('pacing.popup.coverageDone')
            : t('pacing.popup.coverageValue', { weighted: v(f.pipelineWeighted), pct: f.coveragePct })}
        </dd>
        <dt>{t('pacing.popup.projection')}</dt>
        <dd data-testid="projection" data-short={String(f.projectionShort)}>
          {f.projection === null
            ? t('pacing.popup.projectionNone')
            : t('pacing.popup.projectionValue', { amount: v(f.projection), pct: f.projectionPct ?? 0 })}
          {f.projectionShort && <span class="flag">{t('pacing.popup.projectionShort')}</span>}
        </dd>
        {f.reservation && (
          <>
            <dt>{t('pacing.popup.reservation')}</dt>
            <dd data-testid="reservation">
              {t('pacing.popup.reservationValue', {
                reserved: v(f.reservation.reserved),
                low: v(f.reservation.low),
                high: v(f.reservation.high),
                from: f.reservation.bandPct[0],
                to: f.reservation.bandPct[1],
              })}
            </dd>
            <dt>{t('pacing.popup.nextPipeline')}</dt>
            <dd data-testid="next-pipeline">
              {t('pacing.popup.nextPipelineValue', {
                weighted: v(f.reservation.nextPipeline),
                pct: f.reservation.low > 0 ? Math.round((f.reservation.nextPipeline * 100) / f.reservation.low) : 0,
              })}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
