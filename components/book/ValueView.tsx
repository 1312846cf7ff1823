import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import type { ClientSummary } from '@/lib/book/summary';
import { groupCounts, VALUE_GROUPS, type ValueGroup, valuePlacement } from '@/lib/book/value-groups';
import type { IsoDate } from '@/lib/calendar/dates';
import type { ClientRef } from '@/lib/client/key';
import { ClientTable } from './ClientTable';
import { useAmountIndicators } from './use-indicators';
import { useNameRanks } from './use-whole-book';

type Group = ValueGroup | 'unknown';

/**
 * METHOD §6 as a small quadrant: potential up, cost across, a count per group; a group lists its clients in the
 * book's table, each row saying which inputs placed them. Read from the book in memory (every summary).
 */
export function ValueView(props: { book: readonly ClientSummary[] | null; today: IsoDate; openCard: (c: ClientRef) => void }) {
  const selected = useSignal<Group | null>(null);
  const indicators = useAmountIndicators();
  const ranks = useNameRanks(props.book);
  const book = props.book;
  const counts = useMemo(() => (book ? groupCounts(book, props.today) : null), [book, props.today]);
  const group = selected.value;
  const extra = useMemo(
    () => (group === null ? undefined : (s: ClientSummary) => (valuePlacement(s, props.today)?.group ?? 'unknown') === group),
    [group, props.today],
  );
  if (!counts) {
    return (
      <p class="muted" data-testid="value-loading">
        {t('book.value.loading')}
      </p>
    );
  }
  const button = (g: Group) => (
    <button
      type="button"
      key={g}
      class={`book-quad__cell book-quad__cell--${g}${group === g ? ' book-quad__cell--selected' : ''}`}
      data-testid="value-group"
      data-group={g}
      data-count={counts[g]}
      aria-pressed={group === g}
      onClick={() => (selected.value = g)}
    >
      <span class="book-quad__name">{t(`book.value.group.${g}`)}</span>
      <span class="book-quad__count" data-testid="value-count">
        {t('book.value.count', { n: counts[g] })}
      </span>
      {g !== 'unknown' && <span class="book-quad__line small muted">{t(`book.value.group.${g}.line`)}</span>}
    </button>
  );
  return (
    <div class="book-value" data-testid="value-view">
      <section class="book-quad" aria-labelledby="value-title">
        <h2 id="value-title">{t('book.value.heading')}</h2>
        <p class="small muted book-quad__intro">{t('book.value.intro')}</p>
        <div class="book-quad__grid">
          <span class="book-quad__axis book-quad__axis--potential small muted">{t('book.value.axisPotential')}</span>
          {VALUE_GROUPS.map(button)}
          <span class="book-quad__axis book-quad__axis--cost small muted">{t('book.value.axisCost')}</span>
        </div>
        <div class="book-quad__unknown">{button('unknown')}</div>
      </section>
      {group === null ? (
        <p class="muted" data-testid="value-pick">
          {t('book.value.pick')}
        </p>
      ) : (
        <ClientTable
          key={group}
          scope="all"
          title={t(`book.value.group.${group}`)}
          book={book}
          today={props.today}
          indicators={indicators.value}
          onOpen={props.openCard}
          ranks={ranks}
          extra={extra}
          showValue
        />
      )}
    </div>
  );
}
