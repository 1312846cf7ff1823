import type { Signal } from '@preact/signals';
import { t } from '@/components/shared/i18n';
import { toIsoDate } from '@/lib/calendar/dates';
import { type ContactPurpose, nextRung, nextStepKey, purposeForRung, RUNGS, rungNameKey } from '@/lib/trust-ladder';

/**
 * The twelve rungs under their title and the current one, and the next rung as a concrete action. Logging that
 * action records a contact and offers to move the client up.
 */
export function TrustLadder(props: {
  rung: number | null;
  /** The rung a just-logged contact qualifies for, offered until accepted or dismissed. */
  offer: Signal<number | null>;
  onSetRung: (rung: number) => void;
  onLogNext: (purpose: ContactPurpose, date: string) => void;
}) {
  const offer = props.offer;
  const next = nextRung(props.rung ?? 1);
  const target = props.rung === null ? null : next;
  function logNext() {
    const purpose = target === null ? null : purposeForRung(target);
    if (purpose) props.onLogNext(purpose, toIsoDate(new Date()));
  }
  return (
    <div class="ladder" data-testid="ladder" data-rung={props.rung ?? ''}>
      <div class="section__head ladder__head">
        <h3 id="ladder-title">{t('ladder.title')}</h3>
        <span class="small" data-testid="ladder-current">
          {props.rung === null ? (
            <span class="muted">{t('ladder.unset')}</span>
          ) : (
            t('ladder.current', { rung: props.rung, name: t(rungNameKey(props.rung)) })
          )}
        </span>
      </div>
      <ol class="ladder__rungs" aria-label={t('ladder.title')}>
        {RUNGS.map((r) => (
          <li key={r}>
            <button
              type="button"
              class={`ladder__rung${props.rung !== null && r <= props.rung ? ' is-reached' : ''}${r === props.rung ? ' is-current' : ''}`}
              aria-current={r === props.rung ? 'step' : undefined}
              title={`${r} · ${t(rungNameKey(r))}`}
              aria-label={t('ladder.setRung', { rung: r })}
              data-testid={`rung-${r}`}
              onClick={() => props.onSetRung(r)}
            >
              {r}
            </button>
          </li>
        ))}
      </ol>
      {props.rung !== null &&
        (target === null ? (
          <p class="muted small">{t('ladder.top')}</p>
        ) : (
          <div class="ladder__next" data-testid="ladder-next">
            <div class="ladder__next-head">
              <span class="strategy__label">{t('ladder.nextTitle', { rung: target })}</span>
              <button type="button" class="button button--small" data-testid="ladder-log" onClick={logNext}>
                {t('ladder.logNext')}
              </button>
            </div>
            <p>{t(nextStepKey(props.rung))}</p>
          </div>
        ))}
      {offer.value !== null && (
        <div class="offer" role="status" data-testid="rung-offer">
          <span>{t('ladder.offerUp', { rung: offer.value })}</span>
          <button
            type="button"
            class="button button--primary button--small"
            data-testid="rung-up"
            onClick={() => {
              props.onSetRung(offer.value!);
              offer.value = null;
            }}
          >
            {t('ladder.moveUp', { rung: offer.value })}
          </button>
          <button type="button" class="link-button small" onClick={() => (offer.value = null)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </div>
  );
}
