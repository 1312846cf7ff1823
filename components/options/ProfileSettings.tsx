import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BoundInput } from '@/components/shared/BoundInput';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { BRANCH_LENGTH, RM_NAME_LENGTH } from '@/lib/settings';
import { readSettings, updateSettings } from '@/platform/settings';

/** Who is calling: the name and branch every outbound script says first, so a client can tell Pacer's RM from fraud. */
export function ProfileSettings() {
  const name = useSignal('');
  const branch = useSignal('');
  const error = useSignal<string | null>(null);
  const saved = useSignal(false);
  useEffect(() => {
    void readSettings().then((s) => {
      name.value = s.rmName;
      branch.value = s.branch;
    });
  }, []);

  async function save(e: Event) {
    e.preventDefault();
    const rmName = name.value.trim();
    const branchName = branch.value.trim();
    const r = await runWrite(() => updateSettings((s) => ({ ...s, rmName, branch: branchName })), error);
    saved.value = r.ok;
  }

  return (
    <section class="card" id="profile" data-testid="profile-settings">
      <h2>{t('options.profile.title')}</h2>
      <p class="muted">{t('options.profile.help')}</p>
      <ErrorBanner message={error} />
      <form class="row" onSubmit={save} onInput={() => (saved.value = false)}>
        <Field label={t('options.profile.name')}>
          <BoundInput bind={name} maxLength={RM_NAME_LENGTH} testId="profile-name" autocomplete="off" />
        </Field>
        <Field label={t('options.profile.branch')}>
          <BoundInput bind={branch} maxLength={BRANCH_LENGTH} testId="profile-branch" autocomplete="off" />
        </Field>
        <button type="submit" class="button" data-testid="profile-save">
          {t('common.save')}
        </button>
      </form>
      {saved.value && (
        <p class="flash" role="status" data-testid="profile-saved">
          {t('options.profile.saved')}
        </p>
      )}
    </section>
  );
}
