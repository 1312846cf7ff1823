import { t } from '@/components/shared/i18n';
import type { ValuePlacement } from '@/lib/book/value-groups';

/** Which inputs a client's value group came from, in words: "资产、年龄 · 近一年联系 3 次". */
export function basisText(p: ValuePlacement | null): string {
  if (!p) return t('book.value.noBasis');
  const inputs = p.inputs.map((i) => t(`book.value.input.${i}`)).join(t('book.value.inputSeparator'));
  return t('book.value.basisLine', { inputs, n: p.contactsLastYear });
}

/** A table cell's content: the group, and below it what it was placed from. */
export function ValueBasis(props: { placement: ValuePlacement | null }) {
  const p = props.placement;
  return (
    <span class="book-basis" data-testid="row-value" data-group={p?.group ?? 'unknown'}>
      <span class="book-basis__group">{t(`book.value.group.${p?.group ?? 'unknown'}`)}</span>
      <span class="book-basis__from small muted" data-testid="row-value-basis" title={basisText(p)}>
        {basisText(p)}
      </span>
    </span>
  );
}
