import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { locale, t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import type { RhythmSuggestion } from '@/lib/client/contact-rhythm';
import { FAMILIARITY_SIGNALS, type Familiarity, type FamiliaritySignal, suggestScore } from '@/lib/familiarity';
import { formatDate } from '@/lib/format/date';

const SCORES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The evidence checklist of METHOD §3a, the score it suggests, and the RM's override; and what the contact log
 * suggests ticking, for the RM to confirm.
 */
export function FamiliarityChecklist(props: {
  value: Familiarity;
  fromLog: readonly RhythmSuggestion[];
  onToggle: (signal: FamiliaritySignal, on: boolean) => void;
  onOverride: (score: number | null) => void;
}) {
  const { signals, override } = props.value;
  // Ticks show at once, before the save comes back: a box that flipped back until then invited a second click
  // that undid the first. An entry is dropped once the stored record agrees with it.
  const pending = useSignal<Partial<Record<FamiliaritySignal, boolean>>>({});
  useEffect(() => {
    const left = Object.entries(pending.value).filter(([s, on]) => signals.includes(s as FamiliaritySignal) !== on);
    if (left.length !== Object.keys(pending.value).length) pending.value = Object.fromEntries(left);
  }, [signals.join(',')]);
  const isOn = (s: FamiliaritySignal) => pending.value[s] ?? signals.includes(s);
  const suggestion = suggestScore(FAMILIARITY_SIGNALS.filter(isOn));
  const toggle = (s: FamiliaritySignal) => {
    const on = !isOn(s);
    pending.value = { ...pending.value, [s]: on };
    props.onToggle(s, on);
  };
  return (
    <div class="familiarity">
      <p class="muted small">{t('card.familiarity.checklist')}</p>
      {props.fromLog
        .filter((s) => !isOn(s.signal))
        .map((s) => (
          <p class="log-suggestion small" key={s.signal} data-testid="log-suggestion" data-signal={s.signal}>
            <span>
              {s.signal === 'dormant'
                ? t('card.familiarity.fromLog.dormant', { months: s.months, date: formatDate(s.lastContact, locale.value) })
                : t('card.familiarity.fromLog.regular', { n: s.contacts, date: formatDate(s.since, locale.value) })}
            </span>{' '}
            <button type="button" class="link-button small" data-testid="log-suggestion-confirm" onClick={() => toggle(s.signal)}>
              {t('card.familiarity.fromLog.confirm', { signal: t(`signal.${s.signal}`) })}
            </button>
          </p>
        ))}
      <ul class="checklist" data-testid="familiarity-checklist">
        {FAMILIARITY_SIGNALS.map((s) => (
          <li key={s}>
            <label class="check">
              <input type="checkbox" checked={isOn(s)} data-testid={`signal-${s}`} onChange={() => toggle(s)} />
              <span>{t(`signal.${s}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      <div class="field-row">
        <span class="muted small" data-testid="familiarity-suggested">
          {suggestion ? t('card.familiarity.suggested', { score: suggestion.score }) : t('card.familiarity.none')}
        </span>
        <SelectField
          inline
          label={t('card.familiarity.override')}
          testId="familiarity-override"
          value={override === null ? '' : String(override)}
          choices={[{ value: '', label: t('card.familiarity.useSuggested') }, ...SCORES.map((n) => ({ value: n, label: n }))]}
          onChange={(v) => props.onOverride(v === '' ? null : Number(v))}
        />
      </div>
    </div>
  );
}
