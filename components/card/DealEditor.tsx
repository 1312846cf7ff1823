import { useSignal } from '@preact/signals';
import { toIsoDate } from '@/lib/calendar/dates';
import { fenToYuanInput, parseYuan } from '@/lib/format/money';
import { CERTAINTIES, DEAL_STAGES, type Deal } from '@/lib/pipeline';
import { DraftText } from '@/components/shared/DraftText';
import { dealIndicators, indicatorName } from './deal-indicators';
import { t } from '@/components/shared/i18n';

type Changes = Partial<Omit<Deal, 'id'>>;

/** Adjusting a deal inline: every field saves as soon as it changes. "Won" asks for the date and amount. */
export function DealEditor(props: { deal: Deal; onChange: (c: Changes) => void; onDelete: () => void; onDone: () => void }) {
  const d = props.deal;
  const amountText = useSignal(d.amount ? fenToYuanInput(d.amount) : '');
  const amountError = useSignal(false);
  const winning = useSignal(false);
  const wonOn = useSignal(toIsoDate(new Date()));
  const wonAmount = useSignal(d.amount ? fenToYuanInput(d.amount) : '');
  const wonError = useSignal(false);
  const configured = dealIndicators.value.map((i) => i.id);
  const indicators = configured.includes(d.indicator) ? configured : [...configured, d.indicator];

  function saveAmount() {
    const fen = amountText.value.trim() === '' ? 0 : parseYuan(amountText.value);
    amountError.value = fen === null;
    if (fen !== null && fen !== d.amount) props.onChange({ amount: fen });
  }

  function confirmWon(e: Event) {
    e.preventDefault();
    const fen = parseYuan(wonAmount.value);
    wonError.value = !fen;
    if (!fen) return;
    props.onChange({ stage: 'won', amount: fen, closedOn: wonOn.value, closedAt: Date.now() });
    winning.value = false;
    props.onDone();
  }

  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="deal-editor" data-testid="deal-editor">
      <div class="field-row">
        <label class="field">
          <span class="field__label">{t('deal.indicator')}</span>
          <select data-testid="deal-indicator" value={d.indicator} onChange={(e) => props.onChange({ indicator: value(e) })}>
            {indicators.map((i) => (
              <option key={i} value={i}>
                {indicatorName(i)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field__label">{t('deal.amount')}</span>
          <input
            class="input"
            inputMode="decimal"
            data-testid="deal-amount"
            value={amountText.value}
            aria-invalid={amountError.value}
            onInput={(e) => (amountText.value = value(e))}
            onBlur={saveAmount}
            onKeyDown={(e) => e.key === 'Enter' && saveAmount()}
          />
        </label>
      </div>
      <div class="field-row">
        <label class="field">
          <span class="field__label">{t('deal.certainty')}</span>
          <select data-testid="deal-certainty" value={d.certainty} onChange={(e) => props.onChange({ certainty: value(e) as Deal['certainty'] })}>
            {CERTAINTIES.map((c) => (
              <option key={c} value={c}>
                {t(`certainty.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field__label">{t('deal.stage')}</span>
          <select
            data-testid="deal-stage-select"
            value={d.stage}
            onChange={(e) => {
              const stage = value(e) as Deal['stage'];
              if (stage === 'won') winning.value = true;
              else props.onChange({ stage, closedAt: stage === 'lost' ? Date.now() : null, closedOn: null });
            }}
          >
            {DEAL_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="field-row">
        <label class="field">
          <span class="field__label">{t('deal.expected')}</span>
          <input type="date" class="input" data-testid="deal-expected" value={d.expectedDate} onChange={(e) => value(e) && props.onChange({ expectedDate: value(e) })} />
        </label>
      </div>
      <label class="field">
        <span class="field__label">{t('deal.nextStep')}</span>
        <DraftText testId="deal-next-step" maxLength={500} value={d.nextStep} onCommit={(nextStep) => props.onChange({ nextStep })} />
      </label>
      {winning.value ? (
        <form class="won-form" data-testid="won-form" onSubmit={confirmWon}>
          <div class="field-row">
            <label class="field">
              <span class="field__label">{t('deal.wonOn')}</span>
              <input type="date" class="input" data-testid="won-date" value={wonOn.value} onInput={(e) => (wonOn.value = value(e))} />
            </label>
            <label class="field">
              <span class="field__label">{t('deal.wonAmount')}</span>
              <input class="input" inputMode="decimal" data-testid="won-amount" value={wonAmount.value} aria-invalid={wonError.value} onInput={(e) => (wonAmount.value = value(e))} />
            </label>
          </div>
          {wonError.value && <p class="script__flag">{t('deal.amountNeeded')}</p>}
          <div class="row">
            <button type="submit" class="button button--primary button--small" data-testid="won-confirm">
              {t('deal.confirmWon')}
            </button>
            <button type="button" class="button button--small" onClick={() => (winning.value = false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="row">
          {d.stage !== 'won' && (
            <button type="button" class="button button--small" data-testid="deal-mark-won" onClick={() => (winning.value = true)}>
              {t('deal.markWon')}
            </button>
          )}
          <button type="button" class="button button--small button--danger" data-testid="deal-delete" onClick={props.onDelete}>
            {t('common.delete')}
          </button>
          <span class="script__spacer" />
          <button type="button" class="button button--small" data-testid="deal-done" onClick={props.onDone}>
            {t('deal.done')}
          </button>
        </div>
      )}
    </div>
  );
}
