import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { type ClientRecord, PRODUCT_CATEGORIES, RESISTANCE_PROPERTIES } from '@/lib/client/record';

type Resistance = ClientRecord['resistance'];

/** What a resistant client resists: liquidity, return or safety, and for which kind of product. */
export function ResistanceFields(props: { value: Resistance; onChange: (patch: Partial<Resistance>) => void }) {
  const { property, category } = props.value;
  const unset = { value: '', label: t('card.resistance.unset') } as const;
  return (
    <div class="field-row">
      <SelectField
        label={t('card.resistance.property')}
        testId="resistance-property"
        value={property ?? ''}
        choices={[unset, ...RESISTANCE_PROPERTIES.map((p) => ({ value: p, label: t(`property.${p}`) }))]}
        onChange={(v) => props.onChange({ property: v || null })}
      />
      <SelectField
        label={t('card.resistance.category')}
        testId="resistance-category"
        value={category ?? ''}
        choices={[unset, ...PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))]}
        onChange={(v) => props.onChange({ category: v || null })}
      />
    </div>
  );
}
