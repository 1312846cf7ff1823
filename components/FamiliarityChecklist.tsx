import { FAMILIARITY_SIGNALS, suggestScore, type Familiarity, type FamiliaritySignal } from '@/lib/familiarity';
import { t } from './i18n';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The evidence checklist of METHOD §3a, the score it suggests, and the RM's override. */
export function FamiliarityChecklist(props: {
  value: Familiarity;
  onToggle: (signal: FamiliaritySignal, on: boolean) => void;
  onOverride: (score: number | null) => void;
}) {
  const { signals, override } = props.value;
  const suggestion = suggestScore(signals);
  const toggle = (s: FamiliaritySignal) => props.onToggle(s, !signals.includes(s));
  return (
    <div class="familiarity">
      <p class="muted small">{t('card.familiarity.checklist')}</p>
      <ul class="checklist" data-testid="familiarity-checklist">
        {FAMILIARITY_SIGNALS.map((s) => (
          <li key={s}>
            <label class="check">
              <input type="checkbox" checked={signals.includes(s)} data-testid={`signal-${s}`} onChange={() => toggle(s)} />
              <span>{t(`signal.${s}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      <div class="field-row">
        <span class="muted small" data-testid="familiarity-suggested">
          {suggestion ? t('card.familiarity.suggested', { score: suggestion.score }) : t('card.familiarity.none')}
        </span>
        <label class="field field--inline">
          <span class="field__label">{t('card.familiarity.override')}</span>
          <select
            data-testid="familiarity-override"
            value={override === null ? '' : String(override)}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              props.onOverride(v === '' ? null : Number(v));
            }}
          >
            <option value="">{t('card.familiarity.useSuggested')}</option>
            {SCORES.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
