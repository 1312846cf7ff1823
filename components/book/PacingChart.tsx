import { locale, t } from '@/components/shared/i18n';
import type { ChartSeries } from '@/lib/book/pacing-chart';
import { formatDate } from '@/lib/format/date';
import { formatValue, indicatorName, monthLabel } from '@/lib/pacing/format';

const W = 760;
const H = 280;
const PAD = { left: 72, right: 16, top: 18, bottom: 40 };

/**
 * One indicator's month: the managed cumulative plan with its week checkpoints, the even baseline and the actual
 * line up to today, over the working days. An SVG a screen reader reads by its title and description, with the same
 * numbers as a table; each line carries its values (data-values) so what is drawn can be checked.
 */
export function PacingChart(props: { series: ChartSeries; today: string }) {
  const s = props.series;
  const l = locale.value;
  const n = s.days.length;
  const actualValues = s.actual.filter((v): v is number => v !== null);
  const top = Math.max(s.target, ...actualValues, 1) * 1.08;
  const x = (i: number) => PAD.left + (n > 1 ? (i * (W - PAD.left - PAD.right)) / (n - 1) : 0);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / top);
  const points = (values: readonly (number | null)[]) =>
    values
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p) => p !== null)
      .join(' ');
  const value = (v: number) => formatValue(s.indicator, v, l);
  const name = indicatorName(s.indicator, l);
  const todayIndex = s.elapsed - 1;
  const id = `chart-${s.indicator.id}`;
  const planToday = todayIndex >= 0 ? s.managed[todayIndex]! : 0;
  const evenToday = todayIndex >= 0 ? s.even[todayIndex]! : 0;
  const actualToday = todayIndex >= 0 ? (s.actual[todayIndex] ?? 0) : s.carriedIn;
  return (
    <figure class="book-chart" data-testid="pacing-figure" data-indicator={s.indicator.id}>
      {/* The chart's name on screen, and a heading to jump to between the charts. */}
      <h3 class="book-chart__name" data-testid="pacing-name">
        {t('book.chart.title', { indicator: name, month: monthLabel(s.days[0]?.slice(0, 7) ?? '', l), target: value(s.target) })}
      </h3>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="pacing-chart"
        data-indicator={s.indicator.id}
        data-target={s.target}
      >
        <title id={`${id}-title`}>
          {t('book.chart.title', { indicator: name, month: monthLabel(s.days[0]?.slice(0, 7) ?? '', l), target: value(s.target) })}
        </title>
        <desc id={`${id}-desc`}>
          {t('book.chart.desc', { plan: value(planToday), even: value(evenToday), actual: value(actualToday) })}
        </desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f} class="book-chart__grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(s.target * f)} y2={y(s.target * f)} />
            <text x={PAD.left - 6} y={y(s.target * f) + 4} text-anchor="end">
              {value(Math.round(s.target * f))}
            </text>
          </g>
        ))}
        {s.days.map((d, i) => (
          <text key={d} class="book-chart__day" x={x(i)} y={H - PAD.bottom + 16} text-anchor="middle" data-testid="axis-day" data-day={d}>
            {Number(d.slice(8))}
          </text>
        ))}
        <text class="book-chart__axis" x={(PAD.left + W - PAD.right) / 2} y={H - 6} text-anchor="middle">
          {t('book.chart.axis')}
        </text>
        <polyline class="book-chart__even" points={points(s.even)} data-series="even" data-values={s.even.join(',')} />
        <polyline class="book-chart__managed" points={points(s.managed)} data-series="managed" data-values={s.managed.join(',')} />
        <polyline class="book-chart__actual" points={points(s.actual)} data-series="actual" data-values={actualValues.join(',')} />
        {s.weeks.map((w) => {
          const i = s.days.indexOf(w.day);
          return (
            <g key={w.week} data-testid="week-mark" data-week={w.week} data-day={w.day} data-value={w.value} data-pct={w.pct}>
              <circle class="book-chart__mark" cx={x(i)} cy={y(w.value)} r={4} />
              <text class="book-chart__mark-label" x={x(i)} y={y(w.value) - 8} text-anchor={i === n - 1 ? 'end' : 'middle'}>
                {t('book.chart.week', { week: w.week, pct: w.pct })}
              </text>
            </g>
          );
        })}
        {todayIndex >= 0 && (
          <g data-testid="today-mark" data-day={s.days[todayIndex]} data-index={todayIndex}>
            <line class="book-chart__today" x1={x(todayIndex)} x2={x(todayIndex)} y1={PAD.top} y2={H - PAD.bottom} />
            {/* Where the actual line ends today: on the month's first day the line is this one point. */}
            <circle class="book-chart__actual-end" cx={x(todayIndex)} cy={y(actualToday)} r={3.5} />
            <text class="book-chart__today-label" x={x(todayIndex)} y={PAD.top - 4} text-anchor="middle">
              {t('book.chart.today')}
            </text>
          </g>
        )}
      </svg>
      <figcaption class="book-chart__legend small">
        <span class="book-chart__key book-chart__key--managed">{t('book.chart.legend.managed')}</span>
        <span class="book-chart__key book-chart__key--even">{t('book.chart.legend.even')}</span>
        <span class="book-chart__key book-chart__key--actual">{t('book.chart.legend.actual')}</span>
      </figcaption>
      <details class="book-chart__data">
        <summary>{t('book.chart.table')}</summary>
        <table data-testid="chart-table">
          <thead>
            <tr>
              <th scope="col">{t('book.chart.col.day')}</th>
              <th scope="col">{t('book.chart.col.managed')}</th>
              <th scope="col">{t('book.chart.col.even')}</th>
              <th scope="col">{t('book.chart.col.actual')}</th>
            </tr>
          </thead>
          <tbody>
            {s.days.map((d, i) => (
              <tr key={d} data-day={d}>
                <th scope="row">{formatDate(d, l)}</th>
                <td>{value(s.managed[i]!)}</td>
                <td>{value(s.even[i]!)}</td>
                <td>{s.actual[i] === null ? t('book.value.unknown') : value(s.actual[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
