import { type Signal, useSignal } from '@preact/signals';
import { t } from '@/components/shared/i18n';
import type { CellTotals, ClientSummary } from '@/lib/book/summary';
import type { IsoDate } from '@/lib/calendar/dates';
import type { ClientRef } from '@/lib/client/key';
import { ClientTable, type Scope } from './ClientTable';
import { NineGrid } from './NineGrid';
import { useAmountIndicators } from './use-indicators';
import { useNameRanks } from './use-whole-book';

/** The nine-grid with counts, and below it the chosen cell's clients. */
export function BoardView(props: {
  totals: readonly CellTotals[];
  /** Every summary, once read (null before): the table then lists a cell from memory. */
  book: readonly ClientSummary[] | null;
  today: IsoDate;
  openCard: (c: ClientRef) => void;
  scope?: Signal<Scope | null>;
}) {
  const own = useSignal<Scope | null>(null);
  const selected = props.scope ?? own;
  const indicators = useAmountIndicators();
  const ranks = useNameRanks(props.book);
  return (
    <div class="book-board-view" data-testid="board-view" data-book={props.book ? 'loaded' : 'loading'}>
      <NineGrid totals={props.totals} selected={selected} />
      {selected.value === null ? (
        <p class="muted" data-testid="table-pick">
          {t('book.table.pick')}
        </p>
      ) : (
        <ClientTable
          key={selected.value}
          scope={selected.value}
          book={props.book}
          today={props.today}
          indicators={indicators.value}
          onOpen={props.openCard}
          ranks={ranks}
        />
      )}
    </div>
  );
}
