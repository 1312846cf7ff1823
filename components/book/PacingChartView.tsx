import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { PanelMessage } from '@/components/shared/PanelMessage';
import { attainmentHistory, chartSeries } from '@/lib/book/pacing-chart';
import type { IsoDate } from '@/lib/calendar/dates';
import { formatValue, indicatorName, monthLabel } from '@/lib/pacing/format';
import { bookData } from '@/platform/book-database';
import { openOptions } from '@/platform/pages';
import { followUnderPolicy } from '@/platform/under-policy';
import { PacingChart } from './PacingChart';

type ChartData = { series: ReturnType<typeof chartSeries>; history: ReturnType<typeof attainmentHistory> };

/** Each indicator's month as a chart, and its attainment over the six months before. */
export function PacingChartView(props: { today: IsoDate }) {
  const shown = useSignal<ChartData | null>(null);
  const failed = useSignal(false);
  useEffect(
    () =>
      followUnderPolicy((policy) => bookData.chartInputs(props.today, policy), {
        next: ({ pacing, history }) => {
          failed.value = false;
          shown.value = {
            series: chartSeries(pacing),
            history: attainmentHistory(
              props.today,
              pacing.config.indicators,
              history.targets,
              pacing.policy,
              history.wonDeals,
              history.manual,
            ),
          };
        },
        error: () => (failed.value = true),
      }),
    [props.today],
  );
  const d = shown.value;
  const l = locale.value;
  const history = d?.history.filter((h) => h.months.some((m) => m.target !== null)) ?? [];
  return (
    <section class="book-pacing" aria-labelledby="pacing-title" data-testid="pacing-view" data-ready={d ? 'true' : 'false'}>
      <h2 id="pacing-title">{t('book.chart.heading')}</h2>
      <ErrorBanner message={failed.value ? t('error.databaseUnavailable') : null} testId="pacing-failed" />
      {d && d.series.length === 0 && (
        <PanelMessage testId="pacing-none" title={t('book.chart.none')}>
          <button type="button" class="button" onClick={() => openOptions('targets')}>
            {t('book.chart.setTargets')}
          </button>
        </PanelMessage>
      )}
      <div class="book-pacing__charts">
        {d?.series.map((s) => (
          <PacingChart key={s.indicator.id} series={s} today={props.today} />
        ))}
      </div>
      {history.length > 0 && (
        <table class="book-pacing__history" data-testid="attainment">
          <caption>{t('book.chart.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('book.chart.history.indicator')}</th>
              {history[0]!.months.map((m) => (
                <th scope="col" key={m.month}>
                  {t('book.chart.history.month', { month: monthLabel(m.month, l) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.indicator.id} data-testid="attainment-row" data-indicator={h.indicator.id}>
                <th scope="row">{indicatorName(h.indicator, l)}</th>
                {h.months.map((m) => (
                  <td
                    key={m.month}
                    data-month={m.month}
                    data-pct={m.pct ?? ''}
                    title={
                      m.target === null
                        ? undefined
                        : t('book.chart.history.title', {
                            achieved: formatValue(h.indicator, m.achieved, l),
                            target: formatValue(h.indicator, m.target, l),
                          })
                    }
                  >
                    {m.pct === null ? t('book.chart.history.none') : t('book.chart.history.cell', { pct: m.pct })}
                    {m.pct !== null && <span class="book-pacing__bar" style={{ width: `${Math.min(100, m.pct)}%` }} />}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
