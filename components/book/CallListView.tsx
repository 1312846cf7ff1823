import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { MeetingSummary } from '@/components/card/MeetingSummary';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import { type CallList, type CallReason, clientKey } from '@/lib/book/call-list';
import type { PlacedCell } from '@/lib/book/summary';
import { addDays, type IsoDate } from '@/lib/calendar/dates';
import type { ClientRef } from '@/lib/client/key';
import { formatDate } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/money';
import { indicatorName } from '@/lib/pacing/format';
import type { Indicator } from '@/lib/pacing/targets';
import { bookData } from '@/platform/book-database';
import { followTodayCalls } from '@/platform/call-list';
import { LogContactForm } from './LogContactForm';
import { OpeningNotice } from './OpeningNotice';
import { useAmountIndicators } from './use-indicators';

/** A day's calls start with the first few dozen, in order; the rest are one click away. */
const FIRST_SHOWN = 40;

/**
 * Today's call list: first, when an indicator is still at zero, that it is and whom to open the books with; then who
 * and why, in the method's order. Each line logs the contact, snoozes (not a meeting: it is an appointment), or opens
 * the card.
 */
export function CallListView(props: { today: IsoDate; openCard: (c: ClientRef) => void }) {
  const calls = useSignal<CallList | null>(null);
  const failed = useSignal(false);
  const logging = useSignal<string | null>(null);
  const flash = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const indicators = useAmountIndicators();
  const all = useSignal(false);
  useEffect(
    () =>
      followTodayCalls(props.today, {
        next: (list) => {
          calls.value = list;
          failed.value = false;
        },
        error: () => (failed.value = true),
      }),
    [props.today],
  );
  const notOpened = calls.value?.notOpened ?? null;
  const list = calls.value?.items ?? null;
  return (
    <section class="book-calls" aria-labelledby="calls-title" data-testid="call-list" data-ready={list ? 'true' : 'false'}>
      <div class="book-table__head">
        <h2 id="calls-title">{t('book.calls.heading', { date: formatDate(props.today, locale.value) })}</h2>
        {list && (
          <span class="muted" data-testid="calls-count">
            {t('book.calls.count', { n: list.length })}
          </span>
        )}
      </div>
      {notOpened && <OpeningNotice notice={notOpened} openCard={props.openCard} />}
      <ErrorBanner message={failed.value ? t('error.databaseUnavailable') : null} testId="calls-failed" />
      <ErrorBanner message={error} />
      {flash.value && (
        <p class="flash" role="status" data-testid="calls-flash">
          {flash.value}
        </p>
      )}
      {list && list.length === 0 && (
        <p class="muted" data-testid="calls-none">
          {t('book.calls.none')}
        </p>
      )}
      <ol class="book-calls__list">
        {list?.slice(0, all.value ? undefined : FIRST_SHOWN).map((item) => {
          const key = clientKey(item.client);
          const name = item.summary.name || t('book.value.noName');
          const r = item.reason;
          return (
            <li
              key={key}
              class="book-call"
              data-testid="call-item"
              data-client-id={item.client.clientId}
              data-reason={r.kind}
              data-reminder={r.kind === 'meeting' ? (r.reminder ?? '') : undefined}
            >
              <div class="book-call__who">
                <span class="book-call__name" data-testid="call-name">
                  {name}
                </span>
                <span class="muted small">{item.client.clientId}</span>
                {item.summary.cell !== 'unplaced' && <span class="chip">{t(`grid.${item.summary.cell as PlacedCell}.name`)}</span>}
              </div>
              {r.kind === 'meeting' ? (
                <div class="book-call__reason" data-testid="call-reason">
                  <MeetingSummary plan={r.meeting} today={props.today} />
                </div>
              ) : (
                <p class="book-call__reason" data-testid="call-reason">
                  {reasonText(r, indicators.value)}
                </p>
              )}
              <div class="book-call__actions">
                <button
                  type="button"
                  class="button button--primary"
                  data-testid="call-log"
                  aria-expanded={logging.value === key}
                  onClick={() => (logging.value = logging.value === key ? null : key)}
                >
                  {t('book.calls.log')}
                </button>
                {r.kind !== 'meeting' && (
                  <button
                    type="button"
                    class="button"
                    data-testid="call-snooze"
                    onClick={() => void runWrite(() => bookData.snoozeClient(item.client, addDays(props.today, 1)), error)}
                  >
                    {t('book.calls.snooze')}
                  </button>
                )}
                <button type="button" class="button" data-testid="call-open" onClick={() => props.openCard(item.client)}>
                  {t('book.calls.open')}
                </button>
              </div>
              {logging.value === key && (
                <LogContactForm
                  item={item}
                  today={props.today}
                  error={error}
                  onDone={() => {
                    logging.value = null;
                    flash.value = t('book.calls.logged', { name });
                  }}
                  onCancel={() => (logging.value = null)}
                />
              )}
            </li>
          );
        })}
      </ol>
      {list && list.length > FIRST_SHOWN && !all.value && (
        <button type="button" class="button" data-testid="calls-more" onClick={() => (all.value = true)}>
          {t('book.calls.more', { n: list.length - FIRST_SHOWN })}
        </button>
      )}
    </section>
  );
}

function reasonText(r: Exclude<CallReason, { kind: 'meeting' }>, indicators: readonly Indicator[]): string {
  const l = locale.value;
  const indicator = (id: string) => {
    const i = indicators.find((x) => x.id === id);
    return i ? indicatorName(i, l) : id;
  };
  switch (r.kind) {
    case 'followUp':
      return r.overdueDays > 0
        ? t('book.calls.reason.followUpOverdue', { n: r.overdueDays, date: formatDate(r.due, l) })
        : t('book.calls.reason.followUpToday');
    case 'deal': {
      const params = {
        indicator: indicator(r.deal.indicator),
        amount: formatMoney(r.deal.amount, l),
        date: formatDate(r.deal.expectedDate, l),
        certainty: t(`certainty.${r.deal.certainty}`),
      };
      return r.pastDue ? t('book.calls.reason.dealPast', params) : t('book.calls.reason.deal', params);
    }
    case 'newClient':
      return r.step === 'callNow' ? t('book.calls.reason.callNow') : t(`book.calls.reason.${r.step}`, { days: r.days + 1 });
    case 'sticky':
      return t(r.why === 'opening' ? 'book.calls.reason.stickyOpening' : 'book.calls.reason.sticky', {
        cell: t(`grid.${r.cell}.name`),
        rank: r.rank,
      });
    case 'review':
      return r.days === null ? t('book.calls.reason.reviewNever') : t('book.calls.reason.review', { days: r.days });
    case 'reservation':
      return t('book.calls.reason.reservation', {
        indicator: indicator(r.deal.indicator),
        amount: formatMoney(r.deal.amount, l),
        date: formatDate(r.deal.expectedDate, l),
      });
  }
}
