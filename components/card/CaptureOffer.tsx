/**
 * Field capture in the card, loaded only where capture is on (./use-page-capture.ts): the read, the offer, the fill.
 */
import { locale, t } from '@/components/shared/i18n';
import { toIsoDate } from '@/lib/calendar/dates';
import type { Captured, Offers, Provenance } from '@/lib/capture/merge';
import { readCaptured } from '@/lib/capture/offers';
import type { ClientRef } from '@/lib/client/key';
import { formatMoney } from '@/lib/format/money';
import { captureForClient } from '@/platform/field-capture';

export { fillFromPage } from '@/platform/field-capture';

import type { PageCapture } from './use-page-capture';

/**
 * Reads the tab's screen for this client (platform/field-capture.ts: only where capture is on, only while the tab
 * shows this client) and parses what it returned. Nothing read is stored until the RM clicks fill.
 */
export async function readPage(tabId: number, client: ClientRef): Promise<PageCapture> {
  const result = await captureForClient(tabId, client);
  if (result === 'off' || result === null) return { status: result === 'off' ? 'off' : 'none', captured: null, tooBig: false };
  const captured = readCaptured(result, toIsoDate(new Date()));
  return { status: 'read', captured: captured.length ? captured : null, tooBig: result.stopped === 'nodes' };
}

function shown(c: Captured): string {
  switch (c.field) {
    case 'name':
      return c.value;
    case 'gender':
      return t(`profile.gender.${c.value}`);
    case 'birthDate':
    case 'openedOn':
      // With its year (formatDate leaves it out): a birth date or an opening date is years back.
      return c.value;
    case 'age':
      return String(c.value);
    case 'assets':
      return formatMoney(c.value, locale.value);
  }
}

function provenance(from: Provenance): string {
  switch (from.kind) {
    case 'label':
      return from.rule
        ? t('capture.offer.besideRule', { label: from.label, rule: from.rule })
        : t('capture.offer.beside', { label: from.label });
    case 'selector':
      return t('capture.offer.selector', { selector: from.selector, rule: from.rule });
    case 'birthDate':
      return t('capture.offer.fromBirth');
  }
}

/**
 * The values read on the page for the template's empty fields, each with where it came from, filled in one click
 * (or one by one); a field the RM filled with something else is only said to differ. Page text is shown as text.
 */
export function CaptureOffer(props: { offers: Offers; tooBig: boolean; onFill: (which: readonly Captured[]) => void }) {
  const { offered, differs } = props.offers;
  if (props.tooBig)
    return (
      <p class="muted small" data-testid="capture-too-big">
        {t('capture.offer.tooBig')}
      </p>
    );
  if (!offered.length && !differs.length) return null;
  return (
    <div class="capture-offer" data-testid="capture-offer">
      {offered.length > 0 && (
        <>
          <div class="capture-offer__head">
            <span class="small">{t('capture.offer.title')}</span>
            <button type="button" class="button button--small" data-testid="capture-fill-all" onClick={() => props.onFill(offered)}>
              {t('capture.offer.fillAll', { n: offered.length })}
            </button>
          </div>
          <ul class="capture-offer__list">
            {offered.map((c) => (
              <li key={c.field} data-testid="capture-item" data-field={c.field}>
                <span class="capture-offer__what">
                  <span class="muted">{t(`profile.${c.field}`)}</span> <b data-testid="capture-value">{shown(c)}</b>
                </span>
                <span class="muted small" data-testid="capture-from">
                  {provenance(c.from)}
                </span>
                <button
                  type="button"
                  class="link-button small"
                  data-testid="capture-fill-one"
                  aria-label={t('capture.offer.fillOneLabel', { field: t(`profile.${c.field}`) })}
                  onClick={() => props.onFill([c])}
                >
                  {t('capture.offer.fillOne')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {differs.map((c) => (
        <p key={c.field} class="muted small" data-testid="capture-differs" data-field={c.field}>
          {t('capture.offer.differs', { field: t(`profile.${c.field}`), value: shown(c) })}
        </p>
      ))}
    </div>
  );
}
