import { DraftText } from '@/components/shared/DraftText';
import { Field } from '@/components/shared/Field';
import { locale, t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { GENDERS, PRODUCTS_LENGTH, type Profile } from '@/lib/client/record';
import { formatDate } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/money';

/** The working template of METHOD §3c; each field saves on its own when it changes (a patch, never the whole form). */
export function ProfileForm(props: { value: Profile; onChange: (patch: Partial<Profile>) => void }) {
  const p = props.value;
  const set = props.onChange;
  const unknown = { value: '', label: t('profile.unknown') } as const;
  return (
    <div class="profile" data-testid="profile">
      <div class="field-row">
        <Field label={t('profile.name')}>
          <DraftText testId="profile-name" maxLength={60} value={p.name} onCommit={(name) => set({ name: name.trim() })} />
        </Field>
        <SelectField
          narrow
          label={t('profile.gender')}
          testId="profile-gender"
          value={p.gender ?? ''}
          choices={[unknown, ...GENDERS.map((g) => ({ value: g, label: t(`profile.gender.${g}`) }))]}
          onChange={(gender) => set({ gender: gender || null })}
        />
        <Field label={t('profile.age')} narrow>
          <DraftText
            type="number"
            min={0}
            max={130}
            testId="profile-age"
            value={p.age === null ? '' : String(p.age)}
            onCommit={(v) => {
              const n = Number(v);
              set({ age: v === '' || !Number.isInteger(n) || n < 0 || n > 130 ? null : n });
            }}
          />
        </Field>
      </div>
      <div class="field-row">
        <Field label={t('profile.openedOn')}>
          <input
            class="input"
            type="date"
            data-testid="profile-opened"
            value={p.openedOn ?? ''}
            onChange={(e) => set({ openedOn: e.currentTarget.value || null })}
          />
        </Field>
        <SelectField
          narrow
          label={t('profile.holdsFunds')}
          testId="profile-funds"
          value={p.holdsFunds === null ? '' : p.holdsFunds ? 'yes' : 'no'}
          choices={[unknown, { value: 'yes', label: t('profile.yes') }, { value: 'no', label: t('profile.no') }]}
          onChange={(v) => set({ holdsFunds: v === '' ? null : v === 'yes' })}
        />
      </div>
      <div class="field-row">
        <Field label={t('profile.birthDate')}>
          <input
            class="input"
            type="date"
            data-testid="profile-birth"
            value={p.birthDate ?? ''}
            onChange={(e) => set({ birthDate: e.currentTarget.value || null })}
          />
        </Field>
        {p.assets !== null && (
          <Field label={t('profile.assets')}>
            <output class="input input--readonly" data-testid="profile-assets" data-fen={p.assets}>
              {p.assetsOn
                ? t('profile.assetsAsOf', { amount: formatMoney(p.assets, locale.value), date: formatDate(p.assetsOn, locale.value) })
                : formatMoney(p.assets, locale.value)}
            </output>
          </Field>
        )}
      </div>
      <Field label={t('profile.products')}>
        <DraftText
          testId="profile-products"
          maxLength={PRODUCTS_LENGTH}
          value={p.products}
          onCommit={(products) => set({ products: products.trim() })}
        />
      </Field>
      <Field label={t('profile.communication')}>
        <DraftText
          multiline
          maxLength={2000}
          testId="profile-communication"
          value={p.communication}
          onCommit={(communication) => set({ communication })}
        />
      </Field>
      <Field label={t('profile.followUp')}>
        <DraftText multiline maxLength={2000} testId="profile-followup" value={p.followUp} onCommit={(followUp) => set({ followUp })} />
      </Field>
    </div>
  );
}
