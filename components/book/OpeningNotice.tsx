import { locale, t } from '@/components/shared/i18n';
import { clientKey, type NotOpenedNotice } from '@/lib/book/call-list';
import type { ClientRef } from '@/lib/client/key';
import { indicatorNames } from '@/lib/pacing/format';

/**
 * First on the call list when an indicator is still at zero: the popup's alert, in its words (its component stays
 * in the popup's own script: shared, it would cost the popup's first frame a request), and the stickiest clients
 * on the list to open the books with, each opening their card.
 */
export function OpeningNotice(props: { notice: NotOpenedNotice; openCard: (c: ClientRef) => void }) {
  const { indicators, startWith } = props.notice;
  return (
    <section class="pacing-alert" role="status" data-testid="not-opened">
      <strong data-testid="not-opened-title">
        {t('pacing.popup.notOpened.title', { names: indicatorNames(indicators, locale.value) })}
      </strong>
      <p class="small">{t('pacing.popup.notOpened.body')}</p>
      {startWith.length > 0 && (
        <p class="small book-notice__start" data-testid="not-opened-start">
          <span>{t('book.calls.notOpened.start')}</span>
          {startWith.map((item) => (
            <button
              type="button"
              key={clientKey(item.client)}
              class="link-button"
              data-testid="not-opened-client"
              data-client-id={item.client.clientId}
              onClick={() => props.openCard(item.client)}
            >
              {item.summary.name || item.client.clientId}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
