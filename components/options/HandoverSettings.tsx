import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { downloadFile } from '@/components/shared/download';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { say } from '@/components/shared/said';
import { runWrite } from '@/components/shared/write';
import { BANDS, type Band } from '@/lib/familiarity';
import { allCells, cellTextKey } from '@/lib/grid';
import { MAX_HANDOVER_BYTES } from '@/lib/handover/file';
import { parseIds } from '@/lib/handover/scope';
import type { Sentiment } from '@/lib/sentiment';
import {
  exportHandover,
  type HandoverFile,
  type HandoverOutcome,
  type HandoverScope,
  importHandover,
  openHandoverFile,
} from '@/platform/handover';

type Kind = HandoverScope['kind'];
type Incoming = { file: HandoverFile; outcome: HandoverOutcome } | { problems: string[] } | { done: HandoverOutcome } | null;

/** Export chosen clients for a successor; import a predecessor's clients. */
export function HandoverSettings() {
  const kind = useSignal<Kind>('all');
  const cell = useSignal(`${BANDS[2]}|positive`);
  const ids = useSignal('');
  const error = useSignal<string | null>(null);
  const exported = useSignal<string | null>(null);
  const incoming = useSignal<Incoming>(null);
  const input = useRef<HTMLInputElement>(null);

  function scope(): HandoverScope {
    if (kind.value === 'ids') return { kind: 'ids', ids: parseIds(ids.value) };
    if (kind.value === 'cell') {
      const [band, sentiment] = cell.value.split('|') as [Band, Sentiment];
      return { kind: 'cell', band, sentiment };
    }
    return { kind: 'all' };
  }

  async function doExport() {
    exported.value = null;
    const r = await runWrite(() => exportHandover(scope()), error);
    if (!r.ok) return;
    if (r.value.clients === 0) {
      exported.value = t('handover.none');
      return;
    }
    downloadFile([r.value.text], r.value.fileName, 'application/json');
    exported.value = t('handover.exported', { file: r.value.fileName, n: r.value.clients });
  }

  async function pick(e: JSX.TargetedEvent<HTMLInputElement>) {
    const el = e.currentTarget;
    const chosen = el.files?.[0];
    el.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_HANDOVER_BYTES) {
      incoming.value = { problems: [t('backup.problem.tooLarge', { mb: MAX_HANDOVER_BYTES / 1024 / 1024 })] };
      return;
    }
    const r = await openHandoverFile(await chosen.text()).catch(() => null);
    if (!r) incoming.value = { problems: [t('handover.problem.notHandover')] };
    else if (!r.ok) incoming.value = { problems: r.problems.map(say) };
    else if (r.outcome) incoming.value = { file: r.file, outcome: r.outcome };
  }

  async function confirm() {
    const now = incoming.value;
    if (!now || !('file' in now)) return;
    const r = await runWrite(() => importHandover(now.file), error);
    if (r.ok) incoming.value = { done: r.value };
  }

  const inc = incoming.value;
  return (
    <section class="card" id="handover" data-testid="handover-settings">
      <h2>{t('handover.title')}</h2>
      <p class="muted">{t('handover.help')}</p>
      <ErrorBanner message={error} testId="handover-error" />
      <div class="row">
        <SelectField<Kind>
          label={t('handover.scope')}
          testId="handover-scope"
          value={kind.value}
          choices={(['all', 'cell', 'ids'] as const).map((k) => ({ value: k, label: t(`handover.scope.${k}`) }))}
          onChange={(k) => (kind.value = k)}
        />
        {kind.value === 'cell' && (
          <SelectField
            label={t('handover.scope.cell')}
            testId="handover-cell"
            value={cell.value}
            choices={allCells().map((c) => ({ value: `${c.band}|${c.sentiment}`, label: t(cellTextKey(c.band, c.sentiment, 'name')) }))}
            onChange={(v) => (cell.value = v)}
          />
        )}
      </div>
      {kind.value === 'ids' && (
        <Field label={t('handover.ids')}>
          <textarea
            class="input"
            rows={3}
            value={ids.value}
            onInput={(e) => (ids.value = e.currentTarget.value)}
            data-testid="handover-ids"
          />
        </Field>
      )}
      <div class="row">
        <button type="button" class="button" onClick={() => void doExport()} data-testid="handover-export">
          {t('handover.export')}
        </button>
        <button type="button" class="button" onClick={() => input.current?.click()} data-testid="handover-choose">
          {t('handover.import')}
        </button>
        <input ref={input} type="file" accept="application/json,.json" hidden onChange={pick} data-testid="handover-file" />
      </div>
      {exported.value && (
        <p class="flash" role="status" data-testid="handover-exported">
          {exported.value}
        </p>
      )}
      {inc && 'problems' in inc && <ErrorBanner message={t('backup.restore.problems')} lines={inc.problems} testId="handover-problems" />}
      {inc && 'file' in inc && (
        <div data-testid="handover-preview">
          <p>
            {t('handover.preview', {
              n: inc.file.clients.length,
              from: inc.file.from || t('handover.unknownRm'),
              branch: inc.file.branch || '—',
              added: inc.outcome.added,
              existing: inc.outcome.existing,
              already: inc.outcome.already,
            })}
          </p>
          <div class="row">
            <button type="button" class="button button--primary" onClick={() => void confirm()} data-testid="handover-confirm">
              {t('handover.confirm')}
            </button>
            <button type="button" class="button" onClick={() => (incoming.value = null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {inc && 'done' in inc && (
        <p class="flash" role="status" data-testid="handover-done">
          {t('handover.done', { added: inc.done.added, existing: inc.done.existing, deals: inc.done.deals })}
        </p>
      )}
    </section>
  );
}
