import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { BoundInput } from '@/components/shared/BoundInput';
import { downloadFile } from '@/components/shared/download';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { Field } from '@/components/shared/Field';
import { locale, t } from '@/components/shared/i18n';
import { say, tableLabel } from '@/components/shared/said';
import { runWrite } from '@/components/shared/write';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/backup/crypto';
import { MAX_BACKUP_BYTES } from '@/lib/backup/file';
import { REMINDER_DAYS } from '@/lib/backup/reminder';
import type { Said } from '@/lib/i18n/said';
import {
  askPersistentStorage,
  bookIsEmpty,
  exportBackup,
  type LastBackupInfo,
  openBackupFile,
  type Persistence,
  type PreparedRestore,
  previewRestore,
  type RestoreMode,
  readLastBackup,
  reminderSetting,
  restoreBackup,
  storageUsage,
  type TableChange,
  watchLastBackup,
} from '@/platform/backup';
import { updateSettings } from '@/platform/settings';

type RestoreStep =
  | { step: 'idle' }
  | { step: 'busy'; what: 'reading' | 'writing' }
  | { step: 'sealed'; text: string }
  | { step: 'refused'; problems: Said[] }
  | { step: 'ready'; restore: PreparedRestore; mode: RestoreMode; plan: TableChange[] | null }
  | { step: 'done'; changes: TableChange[] };

const when = (at: number) => new Date(at).toLocaleString(locale.value === 'en' ? 'en-GB' : 'zh-CN');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Back up everything, restore it (replace or merge, previewed), the reminder, and whether the browser keeps the data. */
export function BackupSettings() {
  const persistence = useSignal<Persistence | null>(null);
  const usage = useSignal<number | null>(null);
  const last = useSignal<LastBackupInfo>(null);
  const passphrase = useSignal('');
  const again = useSignal('');
  const exportError = useSignal<string | null>(null);
  const exported = useSignal<string | null>(null);
  const exporting = useSignal(false);
  const restore = useSignal<RestoreStep>({ step: 'idle' });
  const unsealWith = useSignal('');
  const writeError = useSignal<string | null>(null);
  const reminderDays = useSignal('');
  const reminderByPolicy = useSignal<number | null>(null);
  const reminderError = useSignal<string | null>(null);
  const reminderSaved = useSignal(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void askPersistentStorage().then((p) => (persistence.value = p));
    void storageUsage().then((u) => (usage.value = u));
    void readLastBackup().then((l) => (last.value = l));
    void reminderSetting().then((r) => {
      reminderDays.value = String(r.days);
      reminderByPolicy.value = r.byPolicy ? r.days : null;
    });
    return watchLastBackup((l) => (last.value = l));
  }, []);

  async function doExport(e: Event) {
    e.preventDefault();
    exported.value = null;
    const p = passphrase.value;
    if (p && p.length < MIN_PASSPHRASE_LENGTH) {
      exportError.value = t('backup.passphraseShort', { min: MIN_PASSPHRASE_LENGTH });
      return;
    }
    if (p !== again.value) {
      exportError.value = t('backup.passphraseMismatch');
      return;
    }
    exporting.value = true;
    const r = await runWrite(() => exportBackup(p || undefined), exportError);
    exporting.value = false;
    if (!r.ok) return;
    downloadFile([r.value.text], r.value.fileName, 'application/json');
    exported.value = t('backup.created', { file: r.value.fileName, clients: r.value.clients, rows: r.value.rows });
    passphrase.value = '';
    again.value = '';
  }

  async function opened(text: string, passphraseGiven?: string) {
    restore.value = { step: 'busy', what: 'reading' };
    const r = await openBackupFile(text, passphraseGiven).catch(() => null);
    if (!r) restore.value = { step: 'refused', problems: [{ key: 'backup.problem.notBackup' }] };
    else if (r.kind === 'sealed') restore.value = { step: 'sealed', text };
    else if (r.kind === 'refused') restore.value = { step: 'refused', problems: r.problems };
    else await choose(r.restore, (await bookIsEmpty().catch(() => false)) ? 'replace' : 'merge');
  }

  async function choose(prepared: PreparedRestore, mode: RestoreMode) {
    restore.value = { step: 'ready', restore: prepared, mode, plan: null };
    const plan = await previewRestore(prepared, mode).catch(() => null);
    const now = restore.value;
    if (now.step === 'ready' && now.restore === prepared && now.mode === mode) restore.value = { ...now, plan };
  }

  async function pickFile(e: JSX.TargetedEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    writeError.value = null;
    unsealWith.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      restore.value = { step: 'refused', problems: [{ key: 'backup.problem.tooLarge', params: { mb: MAX_BACKUP_BYTES / 1024 / 1024 } }] };
      return;
    }
    await opened(await file.text());
  }

  async function unseal(e: Event) {
    e.preventDefault();
    const now = restore.value;
    if (now.step === 'sealed') await opened(now.text, unsealWith.value);
  }

  async function confirm() {
    const now = restore.value;
    if (now.step !== 'ready') return;
    restore.value = { step: 'busy', what: 'writing' };
    const r = await runWrite(() => restoreBackup(now.restore, now.mode), writeError);
    restore.value = r.ok ? { step: 'done', changes: r.value } : now;
  }

  async function saveReminder(e: Event) {
    e.preventDefault();
    const n = Number(reminderDays.value);
    if (!Number.isInteger(n) || n < REMINDER_DAYS.min || n > REMINDER_DAYS.max) {
      reminderError.value = t('options.data.reminderInvalid', REMINDER_DAYS);
      reminderSaved.value = false;
      return;
    }
    reminderSaved.value = (await runWrite(() => updateSettings((s) => ({ ...s, backupReminderDays: n })), reminderError)).ok;
  }

  const step = restore.value;
  return (
    <section class="card" id="backup" data-testid="backup-settings">
      <h2>{t('backup.title')}</h2>
      <p class="muted">{t('backup.help')}</p>
      <p class="small" data-testid="storage-persistence" data-state={persistence.value ?? 'asking'}>
        {persistence.value === 'persisted'
          ? t('options.data.persisted')
          : persistence.value === 'refused'
            ? t('options.data.notPersisted')
            : persistence.value === 'unknown'
              ? t('options.data.persistUnknown')
              : t('common.loading')}
        {usage.value !== null && ` ${t('options.data.usage', { used: megabytes(usage.value) })}`}
      </p>
      <p class="small" data-testid="last-backup">
        {last.value ? t('backup.last', { when: when(last.value.at) }) : t('backup.never')}
      </p>

      <h3>{t('backup.create')}</h3>
      <ErrorBanner message={exportError} testId="backup-error" />
      <form class="row" onSubmit={doExport} onInput={() => (exported.value = null)}>
        <Field label={t('backup.passphrase', { min: MIN_PASSPHRASE_LENGTH })}>
          <BoundInput bind={passphrase} type="password" autocomplete="new-password" testId="backup-passphrase" />
        </Field>
        <Field label={t('backup.passphraseAgain')}>
          <BoundInput bind={again} type="password" autocomplete="new-password" testId="backup-passphrase-again" />
        </Field>
        <button type="submit" class="button button--primary" disabled={exporting.value} data-testid="backup-export">
          {exporting.value ? t('backup.creating') : t('backup.create')}
        </button>
      </form>
      {passphrase.value && <p class="muted small">{t('backup.passphraseNote')}</p>}
      {exported.value && (
        <p class="flash" role="status" data-testid="backup-exported">
          {exported.value}
        </p>
      )}

      <h3>{t('backup.restore.title')}</h3>
      <div class="row">
        <button type="button" class="button" onClick={() => fileInput.current?.click()} data-testid="restore-choose">
          {t('backup.restore.choose')}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={pickFile} data-testid="restore-file" />
      </div>
      {step.step === 'busy' && (
        <p class="muted" role="status">
          {step.what === 'reading' ? t('backup.restore.reading') : t('backup.restore.writing')}
        </p>
      )}
      {step.step === 'refused' && (
        <ErrorBanner message={t('backup.restore.problems')} lines={step.problems.map(say)} testId="restore-problems" />
      )}
      {step.step === 'sealed' && (
        <form class="row" onSubmit={unseal}>
          <Field label={t('backup.restore.sealed')}>
            <BoundInput bind={unsealWith} type="password" autocomplete="off" testId="restore-passphrase" />
          </Field>
          <button type="submit" class="button button--primary" data-testid="restore-unseal">
            {t('backup.restore.unseal')}
          </button>
        </form>
      )}
      {step.step === 'ready' && (
        <div data-testid="restore-ready">
          <p class="small">
            {t('backup.restore.about', {
              date: when(step.restore.createdAt),
              version: step.restore.pacerVersion,
              schema: step.restore.snapshot.schemaVersion,
            })}
          </p>
          {step.restore.migratedFrom !== null && (
            <p class="small" data-testid="restore-migrated">
              {t('backup.restore.migrated', { from: step.restore.migratedFrom, to: step.restore.snapshot.schemaVersion })}
            </p>
          )}
          {step.restore.warnings.map((w, i) => (
            <p key={i} class="small warning">
              {say(w)}
            </p>
          ))}
          <fieldset class="choices">
            <legend>{t('backup.restore.mode')}</legend>
            {(['merge', 'replace'] as const).map((mode) => (
              <label key={mode} class="choice">
                <input
                  type="radio"
                  name="restore-mode"
                  value={mode}
                  checked={step.mode === mode}
                  onChange={() => void choose(step.restore, mode)}
                  data-testid={`restore-mode-${mode}`}
                />
                {t(`backup.mode.${mode}`)}
              </label>
            ))}
          </fieldset>
          <RestorePreview plan={step.plan} mode={step.mode} />
          <ErrorBanner message={writeError} testId="restore-error" />
          <div class="row">
            <button
              type="button"
              class="button button--primary"
              disabled={step.plan === null}
              onClick={() => void confirm()}
              data-testid="restore-confirm"
            >
              {t('backup.restore.confirm')}
            </button>
            <button type="button" class="button" onClick={() => (restore.value = { step: 'idle' })} data-testid="restore-cancel">
              {t('backup.restore.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.step === 'done' && (
        <p class="flash" role="status" data-testid="restore-done">
          {t('backup.restore.done', {
            added: step.changes.reduce((n, c) => n + c.added, 0),
            updated: step.changes.reduce((n, c) => n + c.updated, 0),
          })}
        </p>
      )}

      <h3>{t('options.data.reminderTitle')}</h3>
      {reminderByPolicy.value !== null ? (
        <p class="small" data-testid="reminder-policy">
          {t('options.data.reminderByPolicy', {
            value:
              reminderByPolicy.value === 0
                ? t('options.data.reminderOff')
                : t('options.data.reminderDays', { days: reminderByPolicy.value }),
          })}
        </p>
      ) : (
        <>
          <ErrorBanner message={reminderError} testId="reminder-error" />
          <form class="row" onSubmit={saveReminder} onInput={() => (reminderSaved.value = false)}>
            <Field label={t('options.data.reminder')} narrow>
              <BoundInput
                bind={reminderDays}
                type="number"
                min={REMINDER_DAYS.min}
                max={REMINDER_DAYS.max}
                step={1}
                class="input input--narrow"
                testId="reminder-days"
              />
            </Field>
            <button type="submit" class="button" data-testid="reminder-save">
              {t('common.save')}
            </button>
          </form>
          {reminderSaved.value && (
            <p class="flash" role="status" data-testid="reminder-saved">
              {t('options.data.saved')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** What the restore would change, table by table, before anything is written. */
function RestorePreview(props: { plan: TableChange[] | null; mode: RestoreMode }) {
  if (!props.plan) return <p class="muted">{t('common.loading')}</p>;
  const shown = props.plan.filter((c) => c.current + c.incoming > 0);
  return (
    <>
      <table class="pacing-table" data-testid="restore-preview" data-mode={props.mode}>
        <caption>{t('backup.preview.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.preview.table')}</th>
            <th scope="col">{t('backup.preview.current')}</th>
            <th scope="col">{t('backup.preview.incoming')}</th>
            <th scope="col">{t('backup.preview.added')}</th>
            <th scope="col">{props.mode === 'merge' ? t('backup.preview.updated') : t('backup.preview.removed')}</th>
            {props.mode === 'merge' && <th scope="col">{t('backup.preview.kept')}</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.table} data-table={c.table}>
              <th scope="row">{tableLabel(c.table)}</th>
              <td>{c.current}</td>
              <td>{c.incoming}</td>
              <td data-col="added">{c.added}</td>
              <td>{props.mode === 'merge' ? c.updated : c.removed}</td>
              {props.mode === 'merge' && <td>{c.kept}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="small">{props.mode === 'merge' ? t('backup.preview.settingsMerge') : t('backup.preview.settingsReplace')}</p>
    </>
  );
}
