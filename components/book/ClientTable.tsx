import { useSignal } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import { locale, t } from '@/components/shared/i18n';
import { useLiveQuery } from '@/components/shared/use-live-query';
import type { CellKey, ClientSummary, PlacedCell } from '@/lib/book/summary';
import { type BookFilter, isOverdue, matchesFilter, type NameRanks, NO_FILTER, type Sort, type SortKey, sortRows } from '@/lib/book/table';
import { valuePlacement } from '@/lib/book/value-groups';
import type { IsoDate } from '@/lib/calendar/dates';
import type { ClientRef } from '@/lib/client/key';
import { formatMoney } from '@/lib/format/money';
import type { MessageKey } from '@/lib/i18n';
import { indicatorName } from '@/lib/pacing/format';
import type { Indicator } from '@/lib/pacing/targets';
import { bookData } from '@/platform/book-database';
import { TableFilters } from './TableFilters';
import { useVirtualRows } from './use-virtual-rows';
import { ValueBasis } from './ValueBasis';

const ROW_HEIGHT = 40;
/** The sticky header row above the first client row, inside the same scroller. */
const HEADER_HEIGHT = 34;

interface Column {
  key: SortKey | 'communication' | 'followUp' | 'value';
  label: MessageKey;
  sortable: boolean;
}
const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'book.col.name', sortable: true },
  { key: 'gender', label: 'book.col.gender', sortable: true },
  { key: 'age', label: 'book.col.age', sortable: true },
  { key: 'openedOn', label: 'book.col.openedOn', sortable: true },
  { key: 'holdsFunds', label: 'book.col.holdsFunds', sortable: true },
  { key: 'communication', label: 'book.col.communication', sortable: false },
  { key: 'followUp', label: 'book.col.followUp', sortable: false },
  { key: 'score', label: 'book.col.score', sortable: true },
  { key: 'rung', label: 'book.col.rung', sortable: true },
  { key: 'lastContact', label: 'book.col.lastContact', sortable: true },
  { key: 'nextFollowUp', label: 'book.col.nextFollowUp', sortable: true },
  { key: 'openAmount', label: 'book.col.openAmount', sortable: true },
];

/** Shown when the rows are a value group (or filtered by one): the group and the inputs that placed each client. */
const VALUE_COLUMN: Column = { key: 'value', label: 'book.col.value', sortable: false };

export type Scope = CellKey | 'all';

/** The clients of one cell (or of the whole book) as the method's working template: sorted, filtered, searched. */
export function ClientTable(props: {
  scope: Scope;
  /** Every summary, once the board has read them: a cell is then listed from memory, at once. */
  book: readonly ClientSummary[] | null;
  today: IsoDate;
  indicators: readonly Indicator[];
  onOpen: (client: ClientRef) => void;
  /** A filter a view above sets (value groups): applied on top of the table's own. */
  extra?: (s: ClientSummary) => boolean;
  /** The heading's scope when a view above chose the rows (a value group), instead of the cell's name. */
  title?: string;
  /** Show each client's value group and what placed them there (also shown while the value filter is set). */
  showValue?: boolean;
  /** The book's names in collation order (use-whole-book.ts): sorting by name then compares numbers. */
  ranks?: NameRanks | null;
}) {
  // Until the whole book is in memory, the cell's own rows (one index lookup).
  const own = useLiveQuery(
    () => (props.book ? Promise.resolve(null) : props.scope === 'all' ? bookData.allSummaries() : bookData.cellSummaries(props.scope)),
    [props.scope, props.book === null],
  );
  const filter = useSignal<BookFilter>({ ...NO_FILTER });
  const sort = useSignal<Sort>({ key: 'name', dir: 'asc' });
  const book = props.book;
  const scoped = useMemo(
    () => (book ? (props.scope === 'all' ? book : book.filter((s) => s.cell === props.scope)) : null),
    [book, props.scope],
  );
  const extra = props.extra;
  const fromStore = scoped ?? own.value.value ?? undefined;
  // The rows the view above chose (a value group) are the table's whole: its count reads "7 of 7", not "of 14".
  const all = useMemo(() => (fromStore && extra ? fromStore.filter(extra) : fromStore), [fromStore, extra]);
  const f = filter.value;
  const order = sort.value;
  const ranks = props.ranks;
  const list = useMemo(
    () =>
      all
        ? sortRows(
            all.filter((s) => matchesFilter(s, f, props.today)),
            order,
            ranks,
          )
        : [],
    [all, f, order, props.today, ranks],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualRows(list.length, ROW_HEIGHT, HEADER_HEIGHT, scroller);
  const items = virtual.getVirtualItems();
  const withValue = props.showValue === true || f.valueGroup !== null;
  const columns = withValue ? [...COLUMNS, VALUE_COLUMN] : COLUMNS;
  const scopeName =
    props.title ??
    (props.scope === 'all'
      ? t('book.board.all')
      : props.scope === 'unplaced'
        ? t('book.cell.unplaced')
        : t(`grid.${props.scope as PlacedCell}.name`));
  const products = props.indicators.filter((i) => i.kind === 'amount').map((i) => ({ value: i.id, label: indicatorName(i, locale.value) }));

  const toggleSort = (key: SortKey) => {
    const s = sort.value;
    sort.value = s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
  };

  return (
    <section
      class="book-table"
      aria-labelledby="table-title"
      data-testid="client-table"
      data-scope={props.scope}
      data-ready={all ? 'true' : 'false'}
    >
      <div class="book-table__head">
        <h2 id="table-title">{t('book.table.heading', { scope: scopeName })}</h2>
        <span class="muted small" data-testid="table-count" aria-live="polite">
          {all ? t('book.table.count', { shown: list.length, total: all.length }) : t('book.table.loading')}
        </span>
      </div>
      <TableFilters filter={filter} products={products} />
      <div class="book-rows__scroll" ref={scroller} data-testid="table-scroll">
        <table class="book-rows" aria-labelledby="table-title" aria-rowcount={list.length + 1}>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.value.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    class={`book-col book-col--${c.key}`}
                    aria-sort={active ? (sort.value.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.sortable ? (
                      <button
                        type="button"
                        class="book-sort"
                        data-testid={`sort-${c.key}`}
                        title={t('book.sort.by', { column: t(c.label) })}
                        onClick={() => toggleSort(c.key as SortKey)}
                      >
                        {t(c.label)}
                        {active ? (sort.value.dir === 'asc' ? ' ↑' : ' ↓') : ''}
                      </button>
                    ) : (
                      t(c.label)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {items.length > 0 && items[0]!.start > HEADER_HEIGHT && (
              <Spacer height={items[0]!.start - HEADER_HEIGHT} span={columns.length} />
            )}
            {items.map((item) => {
              const s = list[item.index];
              return s ? (
                <Row
                  key={`${s.origin}|${s.clientId}`}
                  summary={s}
                  index={item.index}
                  today={props.today}
                  onOpen={props.onOpen}
                  withValue={withValue}
                />
              ) : null;
            })}
            {items.length > 0 && <Spacer height={virtual.getTotalSize() - items[items.length - 1]!.end} span={columns.length} />}
          </tbody>
        </table>
        {all && list.length === 0 && (
          <p class="muted book-rows__empty" data-testid="table-empty">
            {t('book.table.empty')}
          </p>
        )}
      </div>
    </section>
  );
}

function Row(props: { summary: ClientSummary; index: number; today: IsoDate; onOpen: (c: ClientRef) => void; withValue: boolean }) {
  const s = props.summary;
  const l = locale.value;
  const unknown = t('book.value.unknown');
  const yesNo = (v: boolean | null) => (v === null ? unknown : t(v ? 'book.value.yes' : 'book.value.no'));
  const open = () => props.onOpen({ origin: s.origin, clientId: s.clientId });
  const overdue = isOverdue(s, props.today);
  return (
    <tr class="book-row" aria-rowindex={props.index + 2} data-testid="client-row" data-client-id={s.clientId}>
      <td class="book-col book-col--name">
        <button type="button" class="link-button book-row__open" data-testid="row-open" onClick={open}>
          <span class="book-row__name" data-testid="row-name">
            {s.name || t('book.value.noName')}
          </span>
          <span class="book-row__id small muted">{s.clientId}</span>
        </button>
        {s.damaged && (
          <span class="chip chip--lost" data-testid="row-damaged">
            {t('book.value.damaged')}
          </span>
        )}
      </td>
      <td class="book-col book-col--gender">{s.gender ? t(`book.value.${s.gender}`) : unknown}</td>
      <td class="book-col book-col--age" data-testid="row-age">
        {s.age ?? unknown}
      </td>
      <td class="book-col book-col--openedOn">{s.openedOn ?? unknown}</td>
      <td class="book-col book-col--holdsFunds">{yesNo(s.holdsFunds)}</td>
      <td class="book-col book-col--communication" title={s.communication}>
        {s.communication || unknown}
      </td>
      <td class="book-col book-col--followUp" title={s.followUp}>
        {s.followUp || unknown}
      </td>
      <td class="book-col book-col--score" data-testid="row-score">
        {s.score ?? unknown}
      </td>
      <td class="book-col book-col--rung" data-testid="row-rung">
        {s.rung ?? unknown}
      </td>
      <td class="book-col book-col--lastContact" data-testid="row-last-contact">
        {s.lastContact || unknown}
      </td>
      <td class={`book-col book-col--nextFollowUp${overdue ? ' book-col--overdue' : ''}`} data-testid="row-next">
        {s.nextFollowUp ?? unknown}
        {overdue && <span class="visually-hidden">{t('book.value.overdue')}</span>}
      </td>
      <td class="book-col book-col--openAmount" data-testid="row-deals">
        {s.openDeals ? t('book.value.deals', { n: s.openDeals, amount: formatMoney(s.openAmount, l) }) : unknown}
      </td>
      {props.withValue && (
        <td class="book-col book-col--value">
          <ValueBasis placement={valuePlacement(s, props.today)} />
        </td>
      )}
    </tr>
  );
}

/** Stands for the rows above or below the visible ones, so the scroll bar measures the whole list. */
function Spacer(props: { height: number; span: number }) {
  return (
    <tr class="book-spacer" style={{ height: `${props.height}px` }}>
      <td colSpan={props.span} />
    </tr>
  );
}
