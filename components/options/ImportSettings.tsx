import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { Select, SelectField } from '@/components/shared/Select';
import { say } from '@/components/shared/said';
import { runWrite } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import { ENCODINGS, type Encoding } from '@/lib/import/decode';
import { IMPORT_FIELDS, type ImportField, SINGLE_FIELDS } from '@/lib/import/fields';
import { type ListFile, MAX_IMPORT_BYTES, readListFile } from '@/lib/import/file';
import { Cancelled, type CheckedRows, checkRows, type RowProblem } from '@/lib/import/rows';
import {
  applyListImport,
  type ImportOutcome,
  importOrigins,
  mappingForHeaders,
  previewListImport,
  rememberMapping,
} from '@/platform/import';

type Step =
  | { step: 'mapping' }
  | { step: 'checking'; done: number; total: number }
  | { step: 'checked'; checked: CheckedRows; outcome: ImportOutcome }
  | { step: 'writing'; checked: CheckedRows; outcome: ImportOutcome }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'cancelled' };

const PREVIEW_ROWS = 5;
const LISTED = 50;

type Grid = Extract<ListFile, { ok: true }>;

function problemLine(p: RowProblem): string {
  return t('import.problemLine', {
    line: p.line,
    column: p.column ? t('import.problemColumn', { column: p.column }) : '',
    problem: say(p.problem),
  });
}

/** Import the bank's client list: choose the file, check the mapping on a preview, check every row, import or not. */
export function ImportSettings() {
  const bytes = useRef<Uint8Array | null>(null);
  const file = useSignal<Grid | null>(null);
  const refused = useSignal<string | null>(null);
  const encoding = useSignal<Encoding | ''>('');
  const mapping = useSignal<ImportField[]>([]);
  const remembered = useSignal(false);
  const origins = useSignal<string[] | null>(null);
  const origin = useSignal('');
  const step = useSignal<Step>({ step: 'mapping' });
  const writeError = useSignal<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function loadOrigins() {
    const list = await importOrigins().catch((): string[] => []);
    origins.value = list;
    if (!list.includes(origin.value)) origin.value = list[0] ?? '';
  }
  useEffect(() => void loadOrigins(), []);

  async function read(enc: Encoding | '') {
    if (!bytes.current) return;
    const f = readListFile(bytes.current, enc || undefined);
    step.value = { step: 'mapping' };
    if (!f.ok) {
      file.value = null;
      refused.value = t(f.problem, f.params);
      return;
    }
    refused.value = null;
    const m = await mappingForHeaders(f.grid[0]!);
    mapping.value = m.mapping;
    remembered.value = m.remembered;
    file.value = f;
  }

  async function pick(e: JSX.TargetedEvent<HTMLInputElement>) {
    const el = e.currentTarget;
    const chosen = el.files?.[0];
    el.value = '';
    if (!chosen) return;
    writeError.value = null;
    if (chosen.size > MAX_IMPORT_BYTES) {
      file.value = null;
      refused.value = t('import.file.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 });
      return;
    }
    bytes.current = new Uint8Array(await chosen.arrayBuffer());
    encoding.value = '';
    await loadOrigins();
    await read('');
  }

  function setField(column: number, field: ImportField) {
    // A field one column fills moves: the column that had it is left out.
    mapping.value = mapping.value.map((f, i) => (i === column ? field : SINGLE_FIELDS.includes(field) && f === field ? 'ignore' : f));
    step.value = { step: 'mapping' };
  }

  async function check() {
    const f = file.value;
    if (!f || !origin.value) return;
    const abort = new AbortController();
    controller.current = abort;
    step.value = { step: 'checking', done: 0, total: f.grid.length - 1 };
    try {
      const checked = await checkRows(f.grid, mapping.value, toIsoDate(new Date()), {
        signal: abort.signal,
        onProgress: (done, total) => (step.value = { step: 'checking', done, total }),
      });
      const outcome = await previewListImport(origin.value, checked.rows);
      if (abort.signal.aborted) throw new Cancelled();
      step.value = { step: 'checked', checked, outcome };
      void rememberMapping(f.grid[0]!, mapping.value).catch(() => undefined);
    } catch (e) {
      step.value = e instanceof Cancelled ? { step: 'cancelled' } : { step: 'mapping' };
    }
  }

  async function confirm() {
    const now = step.value;
    if (now.step !== 'checked') return;
    const abort = new AbortController();
    controller.current = abort;
    step.value = { step: 'writing', checked: now.checked, outcome: now.outcome };
    const r = await runWrite(() => applyListImport(origin.value, now.checked.rows, abort.signal), writeError);
    if (abort.signal.aborted) {
      writeError.value = null;
      step.value = { step: 'cancelled' };
    } else step.value = r.ok ? { step: 'done', outcome: r.value } : now;
  }

  function cancel() {
    controller.current?.abort();
  }

  const f = file.value;
  const s = step.value;
  const busy = s.step === 'checking' || s.step === 'writing';
  return (
    <section class="card" id="import" data-testid="import-settings">
      <h2>{t('import.title')}</h2>
      <p class="muted">{t('import.help')}</p>
      <div class="row">
        <button type="button" class="button" disabled={busy} onClick={() => input.current?.click()} data-testid="import-choose">
          {t('import.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          onChange={pick}
          data-testid="import-file"
        />
      </div>
      <ErrorBanner message={refused.value} testId="import-refused" />
      {f && (
        <>
          {origins.value?.length === 0 ? (
            <ErrorBanner message={t('import.noCrm')} testId="import-no-crm" />
          ) : (
            origins.value && (
              <SelectField
                label={t('import.crm')}
                testId="import-origin"
                value={origin.value}
                disabled={busy}
                choices={origins.value.map((o) => ({ value: o, label: o }))}
                onChange={(o) => {
                  origin.value = o;
                  step.value = { step: 'mapping' };
                }}
              />
            )
          )}
          {f.kind === 'csv' && (
            <SelectField<Encoding | ''>
              label={t('import.encoding')}
              testId="import-encoding"
              value={encoding.value}
              disabled={busy}
              choices={[
                { value: '', label: `${t(`import.encoding.${f.detected ?? 'utf-8'}`)} ${t('import.encoding.detected')}` },
                ...ENCODINGS.map((e) => ({ value: e, label: t(`import.encoding.${e}`) })),
              ]}
              onChange={(e) => {
                encoding.value = e;
                void read(e);
              }}
            />
          )}
          {f.undecodable > 0 && (
            <p class="small warning" role="status" data-testid="import-mojibake">
              {t('import.mojibake', { n: f.undecodable })}
            </p>
          )}
          <p class="small muted" data-testid="import-mapping-source">
            {remembered.value ? t('import.mapping.remembered') : t('import.mapping.guessed')}
          </p>
          <table class="pacing-table import-mapping" data-testid="import-mapping">
            <caption>
              {t('import.mapping')} · {t('import.preview', { n: Math.min(PREVIEW_ROWS, f.grid.length - 1) })}
            </caption>
            <tbody>
              {f.grid[0]!.map((header, c) => (
                <tr key={c} data-column={c}>
                  <th scope="row">{header}</th>
                  <td>
                    <Select
                      testId={`import-map-${c}`}
                      ariaLabel={header}
                      disabled={busy}
                      value={mapping.value[c] ?? 'ignore'}
                      choices={IMPORT_FIELDS.map((field) => ({ value: field, label: t(`import.field.${field}`) }))}
                      onChange={(field) => setField(c, field)}
                    />
                  </td>
                  {f.grid.slice(1, 1 + PREVIEW_ROWS).map((row, r) => (
                    <td key={r} class="small" data-testid="import-sample">
                      {row[c] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {(s.step === 'mapping' || s.step === 'cancelled') && (
            <div class="row">
              <button
                type="button"
                class="button button--primary"
                disabled={!origin.value}
                onClick={() => void check()}
                data-testid="import-check"
              >
                {t('import.check')}
              </button>
            </div>
          )}
        </>
      )}
      {busy && (
        <div class="row" role="status">
          <progress
            aria-label={t('import.title')}
            data-testid="import-progress"
            max={s.step === 'checking' ? s.total : undefined}
            value={s.step === 'checking' ? s.done : undefined}
          />
          <span class="small">{s.step === 'checking' ? t('import.checking', { done: s.done, total: s.total }) : t('import.writing')}</span>
          <button type="button" class="button" onClick={cancel} data-testid="import-cancel">
            {t('import.cancel')}
          </button>
        </div>
      )}
      {s.step === 'cancelled' && (
        <p class="flash" role="status" data-testid="import-cancelled">
          {t('import.cancelled')}
        </p>
      )}
      {(s.step === 'checked' || s.step === 'writing') && <CheckResult checked={s.checked} outcome={s.outcome} />}
      <ErrorBanner message={writeError} testId="import-error" />
      {s.step === 'checked' && (
        <div class="row">
          {s.checked.rows.length > 0 ? (
            <button type="button" class="button button--primary" onClick={() => void confirm()} data-testid="import-confirm">
              {t('import.confirm', { n: s.checked.rows.length })}
            </button>
          ) : (
            <span data-testid="import-none">{t('import.confirmNone')}</span>
          )}
          <button type="button" class="button" onClick={() => (step.value = { step: 'mapping' })} data-testid="import-back">
            {t('import.cancel')}
          </button>
        </div>
      )}
      {s.step === 'done' && (
        <p class="flash" role="status" data-testid="import-done">
          {t('import.done', { created: s.outcome.created, filled: s.outcome.filled })}
        </p>
      )}
    </section>
  );
}

function CheckResult(props: { checked: CheckedRows; outcome: ImportOutcome }) {
  const { checked, outcome } = props;
  const badLines = new Set([...checked.problems.map((p) => p.line), ...outcome.damaged]).size;
  const problems = [
    ...checked.problems.map(problemLine),
    ...outcome.damaged.map((line) => t('import.problemLine', { line, column: '', problem: t('import.problem.damaged') })),
  ];
  return (
    <>
      <p data-testid="import-summary">
        {t('import.summary', {
          total: checked.total,
          valid: checked.rows.length - outcome.damaged.length,
          created: outcome.created,
          filled: outcome.filled,
          unchanged: outcome.unchanged,
          bad: badLines,
        })}
      </p>
      {problems.length > 0 && (
        <Field label={t('import.problems')}>
          <ul class="errors" data-testid="import-problems">
            {problems.slice(0, LISTED).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
            {problems.length > LISTED && <li>{t('import.more', { n: problems.length - LISTED })}</li>}
          </ul>
        </Field>
      )}
      {outcome.conflicts.length > 0 && (
        <Field label={t('import.conflicts')}>
          <ul class="small" data-testid="import-conflicts">
            {outcome.conflicts.slice(0, LISTED).map((c, i) => (
              <li key={i}>
                {t('import.conflictLine', {
                  id: c.clientId,
                  field: t(`import.field.${c.field === 'assetsOn' ? 'assets' : c.field}`),
                  mine: c.mine,
                  theirs: c.theirs,
                })}
              </li>
            ))}
            {outcome.conflicts.length > LISTED && <li>{t('import.more', { n: outcome.conflicts.length - LISTED })}</li>}
          </ul>
        </Field>
      )}
    </>
  );
}
