import { GENDERS, type Profile } from '@/lib/client/record';
import { DraftText } from '@/components/shared/DraftText';
import { t } from '@/components/shared/i18n';

/** The working template of METHOD §3c; each field saves on its own when it changes (a patch, never the whole form). */
export function ProfileForm(props: { value: Profile; onChange: (patch: Partial<Profile>) => void }) {
  const p = props.value;
  const set = props.onChange;
  const text = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  return (
    <div class="profile" data-testid="profile">
      <div class="field-row">
        <label class="field">
          <span class="field__label">{t('profile.name')}</span>
          <DraftText testId="profile-name" maxLength={60} value={p.name} onCommit={(name) => set({ name: name.trim() })} />
        </label>
        <label class="field field--narrow">
          <span class="field__label">{t('profile.gender')}</span>
          <select data-testid="profile-gender" value={p.gender ?? ''} onChange={(e) => set({ gender: (text(e) || null) as Profile['gender'] })}>
            <option value="">{t('profile.unknown')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`profile.gender.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--narrow">
          <span class="field__label">{t('profile.age')}</span>
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
        </label>
      </div>
      <div class="field-row">
        <label class="field">
          <span class="field__label">{t('profile.openedOn')}</span>
          <input class="input" type="date" data-testid="profile-opened" value={p.openedOn ?? ''} onChange={(e) => set({ openedOn: text(e) || null })} />
        </label>
        <label class="field field--narrow">
          <span class="field__label">{t('profile.holdsFunds')}</span>
          <select
            data-testid="profile-funds"
            value={p.holdsFunds === null ? '' : p.holdsFunds ? 'yes' : 'no'}
            onChange={(e) => set({ holdsFunds: text(e) === '' ? null : text(e) === 'yes' })}
          >
            <option value="">{t('profile.unknown')}</option>
            <option value="yes">{t('profile.yes')}</option>
            <option value="no">{t('profile.no')}</option>
          </select>
        </label>
      </div>
      <label class="field">
        <span class="field__label">{t('profile.communication')}</span>
        <DraftText multiline maxLength={2000} testId="profile-communication" value={p.communication} onCommit={(communication) => set({ communication })} />
      </label>
      <label class="field">
        <span class="field__label">{t('profile.followUp')}</span>
        <DraftText multiline maxLength={2000} testId="profile-followup" value={p.followUp} onCommit={(followUp) => set({ followUp })} />
      </label>
    </div>
  );
}
