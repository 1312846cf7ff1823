import type { Signal } from '@preact/signals';
import { locale, t } from '@/components/shared/i18n';
import type { CellKey, CellTotals, PlacedCell } from '@/lib/book/summary';
import { formatMoney } from '@/lib/format/money';
import { GRID_COLUMNS, GRID_ROWS } from '@/lib/grid';

type Scope = CellKey | 'all' | null;

/** The board: familiarity rows (familiar on top) × sentiment columns, each cell its count, known assets and strategy. */
export function NineGrid(props: { totals: readonly CellTotals[]; selected: Signal<Scope> }) {
  const byCell = new Map(props.totals.map((c) => [c.cell, c]));
  const total = props.totals.reduce((n, c) => n + c.count, 0);
  const cell = (key: CellKey) => {
    const c = byCell.get(key) ?? { cell: key, count: 0, assets: 0, assetsKnown: 0 };
    const name = key === 'unplaced' ? t('book.cell.unplaced') : t(`grid.${key as PlacedCell}.name`);
    const line = key === 'unplaced' ? t('book.cell.unplaced.line') : t(`book.cell.${key as PlacedCell}`);
    const selected = props.selected.value === key;
    return (
      <button
        type="button"
        key={key}
        class={`book-cell book-cell--${key.replace('.', '-')}${selected ? ' book-cell--selected' : ''}`}
        data-testid="book-cell"
        data-cell={key}
        data-count={c.count}
        aria-pressed={selected}
        aria-label={t('book.cell.label', { cell: name, n: c.count })}
        onClick={() => (props.selected.value = key)}
      >
        <span class="book-cell__name">{name}</span>
        <span class="book-cell__count" data-testid="cell-count">
          {t('book.cell.count', { n: c.count })}
        </span>
        <span class="book-cell__assets small muted" data-testid="cell-assets">
          {c.assetsKnown
            ? t('book.cell.assets', { amount: formatMoney(c.assets, locale.value), known: c.assetsKnown })
            : t('book.cell.assetsUnknown')}
        </span>
        <span class="book-cell__line small">{line}</span>
      </button>
    );
  };
  return (
    <section class="book-board" aria-labelledby="board-title">
      <div class="book-board__head">
        <h2 id="board-title">{t('book.board.heading')}</h2>
        <span class="muted" data-testid="book-total">
          {t('book.board.total', { n: total })}
        </span>
        <button
          type="button"
          class={`button${props.selected.value === 'all' ? ' button--primary' : ''}`}
          aria-pressed={props.selected.value === 'all'}
          data-testid="book-all"
          onClick={() => (props.selected.value = 'all')}
        >
          {t('book.board.all')}
        </button>
      </div>
      <div class="book-grid">
        <span class="book-grid__corner small muted">
          {t('book.board.axisBand')} ↓ · {t('book.board.axisSentiment')} →
        </span>
        {GRID_COLUMNS.map((s) => (
          <span key={s} class="book-grid__col small muted">
            {t(`sentiment.${s}`)}
          </span>
        ))}
        {GRID_ROWS.map((b) => [
          <span key={b} class="book-grid__row small muted">
            {t(`grid.bandShort.${b}`)}
          </span>,
          ...GRID_COLUMNS.map((s) => cell(`${b}.${s}`)),
        ])}
      </div>
      <div class="book-unplaced">{cell('unplaced')}</div>
    </section>
  );
}
