import type { Signal } from '@preact/signals';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { type Choice, SelectField } from '@/components/shared/Select';
import { type BookFilter, NO_FILTER } from '@/lib/book/table';
import { VALUE_GROUPS } from '@/lib/book/value-groups';
import { RESISTANCE_PROPERTIES } from '@/lib/client/record';
import { BANDS } from '@/lib/familiarity';
import { SENTIMENTS } from '@/lib/sentiment';
import { RUNGS } from '@/lib/trust-ladder';

/** The table's search and filters; every choice narrows the rows of the cell (or the book) on screen. */
export function TableFilters(props: { filter: Signal<BookFilter>; products: readonly Choice<string>[] }) {
  const f = props.filter.value;
  const set = (patch: Partial<BookFilter>) => (props.filter.value = { ...props.filter.value, ...patch });
  const any: Choice<''> = { value: '', label: t('book.filter.any') };
  return (
    <div class="book-filters">
      <Field label={t('book.filter.search')}>
        <input
          class="input"
          type="search"
          data-testid="book-search"
          value={f.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </Field>
      <SelectField
        label={t('book.filter.band')}
        narrow
        testId="filter-band"
        value={f.band ?? ''}
        choices={[any, ...BANDS.map((b) => ({ value: b, label: t(`grid.bandShort.${b}`) }))]}
        onChange={(v) => set({ band: v || null })}
      />
      <SelectField
        label={t('book.filter.sentiment')}
        narrow
        testId="filter-sentiment"
        value={f.sentiment ?? ''}
        choices={[
          any,
          ...SENTIMENTS.map((s) => ({ value: s, label: t(`sentiment.${s}`) })),
          { value: 'none' as const, label: t('book.filter.sentimentNone') },
        ]}
        onChange={(v) => set({ sentiment: v || null })}
      />
      <SelectField
        label={t('book.filter.rung')}
        narrow
        testId="filter-rung"
        value={f.rung === null ? '' : String(f.rung)}
        choices={[any, ...RUNGS.map((r) => ({ value: String(r), label: String(r) }))]}
        onChange={(v) => set({ rung: v ? Number(v) : null })}
      />
      <SelectField
        label={t('book.filter.property')}
        narrow
        testId="filter-property"
        value={f.property ?? ''}
        choices={[any, ...RESISTANCE_PROPERTIES.map((p) => ({ value: p, label: t(`property.${p}`) }))]}
        onChange={(v) => set({ property: v || null })}
      />
      <SelectField
        label={t('book.filter.product')}
        narrow
        testId="filter-product"
        value={f.product ?? ''}
        choices={[any, ...props.products]}
        onChange={(v) => set({ product: v || null })}
      />
      <SelectField
        label={t('book.filter.valueGroup')}
        narrow
        testId="filter-value"
        value={f.valueGroup ?? ''}
        choices={[any, ...[...VALUE_GROUPS, 'unknown' as const].map((g) => ({ value: g, label: t(`book.value.group.${g}`) }))]}
        onChange={(v) => set({ valueGroup: v || null })}
      />
      <label class="book-filters__check">
        <input
          type="checkbox"
          data-testid="filter-overdue"
          checked={f.overdue}
          onChange={(e) => set({ overdue: e.currentTarget.checked })}
        />
        {t('book.filter.overdue')}
      </label>
      <label class="book-filters__check">
        <input
          type="checkbox"
          data-testid="filter-open-deal"
          checked={f.openDeal}
          onChange={(e) => set({ openDeal: e.currentTarget.checked })}
        />
        {t('book.filter.openDeal')}
      </label>
      <button type="button" class="link-button small" data-testid="filter-clear" onClick={() => (props.filter.value = { ...NO_FILTER })}>
        {t('book.filter.clear')}
      </button>
    </div>
  );
}
