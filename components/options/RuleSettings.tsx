import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { refusalLine, strategyName, strategyText } from '@/components/panel/detection-text';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { expandOpenAddress, templateProblem } from '@/lib/client-id/open-address';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { OPEN_PROBLEM_KEYS, RuleTestResultSchema } from '@/lib/client-id/rules';
import { checkOwnRules, MAX_RULES_FILE_BYTES, parseRule, parseRulesFile, RULE_TEMPLATE, rulesFile } from '@/lib/client-id/rules-file';
import { lastCrmTab } from '@/platform/last-crm-tab';
import { testRuleInTab } from '@/platform/page-scripts';
import { openHelp } from '@/platform/pages';
import { readManagedRules } from '@/platform/policy';
import { readOwnRules, readRules, updateOwnRules, watchRules } from '@/platform/site-rules';
import './options.css';

/** The number a template's preview shows before a test has read one. */
const SAMPLE_ID = '8800012345';

/**
 * The address a rule's template makes for client `id` read on `origin` (a tested tab's; else the origin of the rule's
 * first address pattern when it names one), worded for the RM: the address, or why it cannot be opened.
 */
function openPreview(rule: { open?: unknown; match?: unknown }, id: string, origin: string | null): string | null {
  if (typeof rule.open !== 'string') return null;
  const first = Array.isArray(rule.match) && typeof rule.match[0] === 'string' ? rule.match[0] : '';
  const from = origin ?? /^https?:\/\/[^/*]+(?=\/)/i.exec(first)?.[0] ?? null;
  const match = Array.isArray(rule.match) ? rule.match.filter((g): g is string => typeof g === 'string') : [];
  const problem = templateProblem(rule.open, match);
  if (problem) return t('rules.open.previewRefused', { id, why: t(OPEN_PROBLEM_KEYS[problem]) });
  if (!from) return t('rules.open', { open: rule.open.split('{id}').join(id) });
  const got = expandOpenAddress(rule.open, id, from);
  return got.ok
    ? t('rules.open.preview', { id, url: got.url })
    : t('rules.open.previewRefused', { id, why: t(OPEN_PROBLEM_KEYS[got.problem]) });
}

/** The rule being edited as far as its JSON reads (for the preview only: saving parses it fully). */
function looseRule(text: string): { open?: unknown; match?: unknown } {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as { open?: unknown; match?: unknown }) : {};
  } catch {
    return {};
  }
}

/** Site rules in the options page: list, edit, test on the open tab, delete, import and export as JSON. */
export function RuleSettings() {
  const rules = useSignal<SiteRule[] | null>(null);
  /** The rule being edited (its id, or 'new'), and its JSON text. */
  const editing = useSignal<{ id: string; text: string } | null>(null);
  const errors = useSignal<{ title: string; lines: string[] } | null>(null);
  const notice = useSignal<string | null>(null);
  /** The last test: its rule, what it says, and the number it read where (for the template's preview). */
  const tested = useSignal<{ id: string; text: string; clientId?: string; origin?: string; open?: string | null } | null>(null);
  const writeError = useSignal<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const refresh = () => {
      void readRules().then((r) => (rules.value = r));
    };
    refresh();
    return watchRules(refresh);
  }, []);

  /** Applies `change` to the RM's own rules as stored now; refused (with the reason under `title`) when the result
   * may not be stored. */
  async function apply(change: (own: SiteRule[]) => SiteRule[], title: string): Promise<boolean> {
    const managed = (await readManagedRules()).rules;
    let refused: string[] | null = null;
    const written = await runWrite(
      () =>
        updateOwnRules((own) => {
          const next = change(own);
          const check = checkOwnRules(next, managed, locale.value);
          if (check.ok) return next;
          refused = check.errors;
          return null;
        }),
      writeError,
    );
    if (refused) errors.value = { title, lines: refused };
    return written.ok && !refused;
  }

  async function saveEdit() {
    const e = editing.value;
    if (!e) return;
    const r = parseRule(e.text, locale.value);
    if (!r.ok) {
      errors.value = { title: t('rules.invalid'), lines: r.errors };
      return;
    }
    const edited = r.rule;
    if (await apply((own) => (e.id === 'new' ? [...own, edited] : own.map((x) => (x.id === e.id ? edited : x))), t('rules.invalid'))) {
      editing.value = null;
      errors.value = null;
    }
  }

  async function remove(id: string) {
    await runWrite(() => updateOwnRules((own) => own.filter((r) => r.id !== id)), writeError);
  }

  async function test(rule: SiteRule) {
    const tab = await lastCrmTab();
    if (!tab) {
      tested.value = { id: rule.id, text: t('rules.test.noTab') };
      return;
    }
    const raw = await testRuleInTab(tab.id, rule).catch(() => null);
    const r = RuleTestResultSchema.safeParse(raw);
    const got = r.success ? r.data : null;
    const read = got && 'clientId' in got ? got.clientId : undefined;
    let origin: string | undefined;
    try {
      origin = new URL(tab.url).origin;
    } catch {
      origin = undefined;
    }
    tested.value = {
      id: rule.id,
      ...(read ? { clientId: read } : {}),
      ...(origin ? { origin } : {}),
      open: read && rule.open ? openPreview(rule, read, origin ?? null) : null,
      text: !got
        ? t('rules.test.none', { title: tab.title })
        : 'refused' in got
          ? t('rules.test.refused', { title: tab.title, why: refusalLine(got.refused) })
          : t('rules.test.found', { title: tab.title, id: got.clientId, strategy: `${strategyName(got.strategy)} “${got.via}”` }),
    };
  }

  async function importFile(e: JSX.TargetedEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    notice.value = null;
    if (file.size > MAX_RULES_FILE_BYTES) {
      errors.value = { title: t('rules.importFailed'), lines: [t('rules.error.tooLarge')] };
      return;
    }
    const r = parseRulesFile(await file.text(), locale.value);
    if (!r.ok) {
      errors.value = { title: t('rules.importFailed'), lines: r.errors };
      return;
    }
    const ids = new Set(r.rules.map((x) => x.id));
    const imported = r.rules;
    if (await apply((own) => [...own.filter((x) => !ids.has(x.id)), ...imported], t('rules.importFailed'))) {
      errors.value = null;
      notice.value = t('rules.imported', { n: r.rules.length });
    }
  }

  async function exportFile() {
    const blob = new Blob([rulesFile(await readOwnRules())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'pacer-site-rules.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  const list = rules.value;
  return (
    <section class="card" id="rules" data-testid="rule-settings">
      <h2>{t('rules.title')}</h2>
      <p class="muted">
        {t('rules.help')}{' '}
        <button type="button" class="link-button" data-testid="rules-help" onClick={() => openHelp('site-rules')}>
          {t('help.page.site-rules')}
        </button>
      </p>
      {list && list.length === 0 && <p class="muted">{t('rules.none')}</p>}
      <ul class="rule-list">
        {list?.map((rule) => (
          <li key={rule.id} class="rule" data-testid="rule" data-rule-id={rule.id}>
            <div class="rule__head">
              <span class="rule__name">{rule.name}</span>
              {rule.managed && <span class="badge">{t('rules.managed')}</span>}
              <span class="rule__actions">
                <button type="button" class="link-button small" onClick={() => void test(rule)} data-testid="rule-test">
                  {t('rules.test')}
                </button>
                {!rule.managed && (
                  <>
                    <button
                      type="button"
                      class="link-button small"
                      onClick={() => (editing.value = { id: rule.id, text: JSON.stringify({ ...rule, managed: undefined }, null, 2) })}
                      data-testid="rule-edit"
                    >
                      {t('rules.edit')}
                    </button>
                    <button type="button" class="link-button small" onClick={() => void remove(rule.id)} data-testid="rule-delete">
                      {t('rules.delete')}
                    </button>
                  </>
                )}
              </span>
            </div>
            <code>{t('rules.match', { match: rule.match.join(' ') })}</code>
            <span class="small">
              {rule.strategies.map(strategyText).join(' → ')}
              {rule.idPattern ? ` · ${rule.idPattern}` : ''}
            </span>
            {rule.open && (
              <code class="small" data-testid="rule-open">
                {t('rules.open', { open: rule.open })}
              </code>
            )}
            {tested.value?.id === rule.id && (
              <span class="small" role="status" data-testid="rule-test-result">
                {tested.value.text}
              </span>
            )}
            {tested.value?.id === rule.id && tested.value.open && (
              <span class="small" data-testid="rule-test-open">
                {tested.value.open}
              </span>
            )}
          </li>
        ))}
      </ul>
      {editing.value && (
        <div class="rule-edit">
          <textarea
            class="input rule-editor"
            value={editing.value.text}
            onInput={(e) => (editing.value = { ...editing.value!, text: e.currentTarget.value })}
            data-testid="rule-editor"
            aria-label={t('rules.edit')}
          />
          {(() => {
            // The template's address for the number the last test of this rule read (else a sample), as it is typed.
            const test = tested.value?.id === editing.value.id ? tested.value : null;
            const preview = openPreview(looseRule(editing.value.text), test?.clientId ?? SAMPLE_ID, test?.origin ?? null);
            return (
              preview && (
                <p class="small" role="status" data-testid="rule-open-preview">
                  {preview}
                </p>
              )
            );
          })()}
          <div class="row">
            <button type="button" class="button button--primary" onClick={saveEdit} data-testid="rule-save">
              {t('rules.save')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                editing.value = null;
                errors.value = null;
              }}
            >
              {t('rules.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorBanner message={errors.value?.title ?? null} lines={errors.value?.lines} testId="rule-errors" />
      <ErrorBanner message={writeError} />
      {notice.value && (
        <p class="flash" role="status" data-testid="rule-notice">
          {notice.value}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          class="button"
          onClick={() =>
            (editing.value = { id: 'new', text: JSON.stringify({ id: `rule-${Date.now().toString(36)}`, ...RULE_TEMPLATE }, null, 2) })
          }
          data-testid="rule-new"
        >
          {t('rules.new')}
        </button>
        {/* A button that opens the file picker: a label around a hidden input cannot be reached by keyboard. */}
        <button type="button" class="button" onClick={() => fileInput.current?.click()} data-testid="rule-import-button">
          {t('rules.import')}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={importFile} data-testid="rule-import" />
        <button type="button" class="button" onClick={() => void exportFile()} data-testid="rule-export">
          {t('rules.export')}
        </button>
      </div>
    </section>
  );
}
