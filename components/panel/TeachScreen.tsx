import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BoundInput } from '@/components/shared/BoundInput';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { MAX_RULES, TeachOutcomeSchema } from '@/lib/client-id/rules';
import { zodErrorMap } from '@/lib/i18n/zod-errors';
import { startTeach, stopTeach } from '@/platform/page-scripts';
import { updateOwnRules } from '@/platform/site-rules';
import { strategyText } from './detection-text';
import './teach.css';

type Phase = { name: 'idle' } | { name: 'picking' } | { name: 'proposed'; rule: SiteRule; value: string } | { name: 'saved' };

/**
 * "This is the client number": the RM clicks the number on the CRM page, Pacer proposes a rule (URL
 * globs, label or selector strategy, ID format), shows what it reads, and saves it when the RM confirms.
 */
export function TeachScreen(props: { tabId: number; compact?: boolean }) {
  const phase = useSignal<Phase>({ name: 'idle' });
  const error = useSignal<string | null>(null);
  const name = useSignal('');
  const match = useSignal('');

  // Leaving the panel (or switching tab) ends teach mode on the page.
  useEffect(() => () => void stopTeach(props.tabId), [props.tabId]);

  async function start() {
    error.value = null;
    phase.value = { name: 'picking' };
    let raw: unknown;
    try {
      raw = await startTeach(props.tabId, t('teach.banner'));
    } catch {
      error.value = t('teach.error.inject');
      phase.value = { name: 'idle' };
      return;
    }
    const outcome = TeachOutcomeSchema.safeParse(raw);
    if (!outcome.success || 'cancelled' in outcome.data) {
      phase.value = { name: 'idle' };
      return;
    }
    const o = outcome.data;
    if (!o.ok) {
      error.value = t(o.reason === 'not-an-id' ? 'teach.error.notAnId' : 'teach.error.notReadable', { text: o.text });
      phase.value = { name: 'idle' };
      return;
    }
    name.value = o.rule.name;
    match.value = o.rule.match.join(' ');
    phase.value = { name: 'proposed', rule: { ...o.rule, idPattern: o.rule.idPattern }, value: o.value };
  }

  async function cancel() {
    await stopTeach(props.tabId);
    phase.value = { name: 'idle' };
  }

  async function save() {
    const p = phase.value;
    if (p.name !== 'proposed') return;
    const rule: SiteRule = { ...p.rule, name: name.value.trim() || p.rule.name, match: match.value.split(/\s+/).filter(Boolean) };
    const check = TeachOutcomeSchema.safeParse({ ok: true, rule, value: p.value }, { error: zodErrorMap(locale.value) });
    if (!check.success) {
      error.value = t('teach.error.invalid', { error: check.error.issues[0]?.message ?? '' });
      return;
    }
    // Newest first: a rule taught for this screen wins over older ones for the same URLs.
    const saved = await runWrite(
      () => updateOwnRules((own) => (own.length >= MAX_RULES ? null : [rule, ...own.filter((r) => r.id !== rule.id)])),
      error,
    );
    if (saved.ok && saved.value) phase.value = { name: 'saved' };
    else if (saved.ok) error.value = t('rules.error.tooMany', { max: MAX_RULES, n: MAX_RULES + 1 });
  }

  const p = phase.value;
  return (
    <div class={props.compact ? 'teach teach--compact' : 'teach'} data-testid="teach">
      {p.name === 'idle' && (
        <>
          {!props.compact && <p class="muted small">{t('teach.hint')}</p>}
          <button type="button" class={props.compact ? 'link-button small' : 'button'} onClick={start} data-testid="teach-start">
            {t(props.compact ? 'teach.startAgain' : 'teach.start')}
          </button>
        </>
      )}
      {p.name === 'picking' && (
        <div class="row">
          <span class="muted" data-testid="teach-picking">
            {t('teach.picking')}
          </span>
          <button type="button" class="link-button small" onClick={cancel}>
            {t('teach.cancel')}
          </button>
        </div>
      )}
      {p.name === 'proposed' && (
        <div class="teach__proposal" data-testid="teach-proposal">
          <strong>{t('teach.proposal.title')}</strong>
          <div class="teach__field">
            {t('teach.proposal.reads')}
            <span class="teach__value" data-testid="teach-value">
              {p.value}
            </span>
          </div>
          <label class="teach__field">
            {t('teach.proposal.name')}
            <BoundInput bind={name} testId="teach-name" />
          </label>
          <label class="teach__field">
            {t('teach.proposal.match')}
            <BoundInput bind={match} testId="teach-match" />
          </label>
          <div class="teach__field">
            {t('teach.proposal.strategies')}
            <ol class="teach__list" data-testid="teach-strategies">
              {p.rule.strategies.map((s, i) => (
                <li key={i}>{strategyText(s)}</li>
              ))}
            </ol>
          </div>
          <div class="teach__field">
            {t('teach.proposal.pattern')}
            <code>{p.rule.idPattern}</code>
          </div>
          <div class="row">
            <button type="button" class="button button--primary" onClick={save} data-testid="teach-save">
              {t('teach.save')}
            </button>
            <button type="button" class="button" onClick={cancel}>
              {t('teach.cancel')}
            </button>
          </div>
        </div>
      )}
      {p.name === 'saved' && (
        <p class="flash" role="status" data-testid="teach-saved">
          {t('teach.saved')}
        </p>
      )}
      <ErrorBanner message={error.value} testId="teach-error" />
    </div>
  );
}
