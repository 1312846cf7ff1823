import { PRODUCT_CATEGORIES, RESISTANCE_PROPERTIES, type ClientRecord } from '@/lib/client/record';
import { t } from '@/components/shared/i18n';

type Resistance = ClientRecord['resistance'];

/** What a resistant client resists: liquidity, return or safety, and for which kind of product. */
export function ResistanceFields(props: { value: Resistance; onChange: (patch: Partial<Resistance>) => void }) {
  const { property, category } = props.value;
  return (
    <div class="field-row">
      <label class="field">
        <span class="field__label">{t('card.resistance.property')}</span>
        <select
          data-testid="resistance-property"
          value={property ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            props.onChange({ property: v ? (v as Resistance['property']) : null });
          }}
        >
          <option value="">{t('card.resistance.unset')}</option>
          {RESISTANCE_PROPERTIES.map((p) => (
            <option key={p} value={p}>
              {t(`property.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field__label">{t('card.resistance.category')}</span>
        <select
          data-testid="resistance-category"
          value={category ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            props.onChange({ category: v ? (v as Resistance['category']) : null });
          }}
        >
          <option value="">{t('card.resistance.unset')}</option>
          {PRODUCT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
