import { t } from '@/components/shared/i18n';
import type { Band } from '@/lib/familiarity';
import { cellStrategy, cellTextKey, GRID_COLUMNS, GRID_ROWS } from '@/lib/grid';
import type { Sentiment } from '@/lib/sentiment';

/**
 * The 3×3 grid with the client's cell lit (each cell shows its follow-up order when behind target), and that cell's
 * strategy: its next action and what to avoid.
 */
export function GridCell(props: { band: Band | null; sentiment: Sentiment | null }) {
  const { band, sentiment } = props;
  const strategy = band && sentiment ? cellStrategy(band, sentiment) : null;
  return (
    <div class="grid-cell" data-testid="grid" data-cell={strategy ? `${strategy.band}-${strategy.sentiment}` : ''}>
      <table class="mini-grid" aria-label={t('grid.title')}>
        {strategy && <caption class="visually-hidden">{t('grid.rank', { rank: strategy.rank })}</caption>}
        <thead>
          <tr>
            <td />
            {GRID_COLUMNS.map((s) => (
              <th key={s} scope="col" class={s === sentiment ? 'is-axis' : ''}>
                {t(`sentiment.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {GRID_ROWS.map((b) => (
            <tr key={b}>
              <th scope="row" class={b === band ? 'is-axis' : ''}>
                {t(`grid.bandShort.${b}`)}
              </th>
              {GRID_COLUMNS.map((s) => {
                const here = b === band && s === sentiment;
                return (
                  <td
                    key={s}
                    class={`mini-grid__cell mini-grid__cell--${s}${here ? ' is-here' : ''}`}
                    aria-current={here ? 'true' : undefined}
                  >
                    {cellStrategy(b, s).rank}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {strategy ? (
        <div class="strategy" data-testid="strategy">
          <div class="strategy__head">
            <strong data-testid="cell-name">{t(cellTextKey(strategy.band, strategy.sentiment, 'name'))}</strong>
            <span
              class={`chip chip--priority-${strategy.priority}`}
              data-testid="cell-priority"
              title={t('grid.rank', { rank: strategy.rank })}
            >
              {t(`grid.priority.${strategy.priority}`)}
            </span>
          </div>
          <p>
            <span class="strategy__label">{t('grid.action')}</span>{' '}
            <span data-testid="cell-action">{t(cellTextKey(strategy.band, strategy.sentiment, 'action'))}</span>
          </p>
          <p>
            <span class="strategy__label strategy__label--avoid">{t('grid.avoid')}</span>{' '}
            <span data-testid="cell-avoid">{t(cellTextKey(strategy.band, strategy.sentiment, 'avoid'))}</span>
          </p>
        </div>
      ) : (
        <p class="muted small" data-testid="strategy-unknown">
          {t('grid.unknown')}
        </p>
      )}
    </div>
  );
}
