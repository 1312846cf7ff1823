import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { Select } from '@/components/shared/Select';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { runWrite } from '@/components/shared/write';
import { clientKey } from '@/lib/book/call-list';
import {
  boardOrder,
  certaintyForKey,
  isPastDue,
  neighbourStage,
  type Period,
  periodOf,
  pipelineTotals,
  stageChange,
} from '@/lib/book/pipeline-board';
import { fromIsoDate, type IsoDate } from '@/lib/calendar/dates';
import { firstOfMonth, monthOf } from '@/lib/calendar/working-days';
import type { ClientRef } from '@/lib/client/key';
import { formatDate } from '@/lib/format/date';
import { formatMoney } from '@/lib/format/money';
import { indicatorName } from '@/lib/pacing/format';
import { CERTAINTIES, DEAL_STAGES, type Deal, type DealStage, isOpen } from '@/lib/pipeline';
import { bookData } from '@/platform/book-database';
import { data } from '@/platform/database';
import { useAmountIndicators } from './use-indicators';

type Shown = Period | 'all';
const SHOWN: readonly Shown[] = ['all', 'thisMonth', 'nextMonth', 'later'];

/** Open deals by stage (and this month's closed ones), totals per indicator, moved by keyboard, drag or select. */
export function PipelineBoardView(props: { today: IsoDate; openCard: (c: ClientRef) => void }) {
  const monthStart = fromIsoDate(firstOfMonth(monthOf(props.today))).getTime();
  const board = useLiveQuery(() => bookData.pipelineDeals(monthStart), [monthStart]);
  const shown = useSignal<Shown>('all');
  const error = useSignal<string | null>(null);
  const status = useSignal<string | null>(null);
  const dragging = useSignal<string | null>(null);
  // A deal moved by keyboard is drawn anew in its new column once the change is read back: focus follows it there.
  const refocus = useRef<{ id: string; stage: DealStage } | null>(null);
  useLayoutEffect(() => {
    const r = refocus.current;
    if (!r) return;
    const handle = document.querySelector<HTMLElement>(
      `[data-testid="pipe-deal"][data-deal-id="${CSS.escape(r.id)}"][data-stage="${r.stage}"] [data-testid="pipe-deal-handle"]`,
    );
    if (handle) {
      refocus.current = null;
      handle.focus();
    }
  });
  const indicators = useAmountIndicators();
  const l = locale.value;
  const name = (id: string) => {
    const i = indicators.value.find((x) => x.id === id);
    return i ? indicatorName(i, l) : id;
  };
  const b = board.value.value;
  const names = new Map((b?.clients ?? []).map((s) => [clientKey(s), s.name]));
  const deals = (b?.deals ?? []).filter((d) => !isOpen(d) || shown.value === 'all' || periodOf(d, props.today) === shown.value);
  const totals = pipelineTotals(b?.deals ?? [], props.today);

  const change = (deal: Deal, changes: Partial<Deal>) => runWrite(() => data.updateDeal(deal.id, changes, Date.now()), error);
  const move = async (deal: Deal, stage: DealStage) => {
    if (stage === deal.stage) return;
    const done = await change(deal, stageChange(stage, Date.now()));
    if (done.ok) status.value = t('book.pipe.moved', { stage: t(`stage.${stage}`) });
  };

  return (
    <section class="book-pipe" aria-labelledby="pipe-title" data-testid="pipeline-board" data-ready={b ? 'true' : 'false'}>
      <div class="book-table__head">
        <h2 id="pipe-title">{t('book.pipe.heading')}</h2>
        <div class="book-pipe__periods" data-testid="pipe-periods">
          {SHOWN.map((p) => (
            <button
              type="button"
              key={p}
              class={`button${shown.value === p ? ' button--primary' : ''}`}
              aria-pressed={shown.value === p}
              data-testid={`pipe-period-${p}`}
              onClick={() => (shown.value = p)}
            >
              {t(`book.pipe.period.${p}`)}
            </button>
          ))}
        </div>
      </div>
      <ErrorBanner message={error} />
      <p class="visually-hidden" role="status">
        {status.value}
      </p>
      <table class="book-pipe__totals" data-testid="pipe-totals">
        <caption>{t('book.pipe.totals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('book.pipe.col.indicator')}</th>
            <th scope="col">{t('book.pipe.col.raw', { period: t('book.pipe.period.thisMonth') })}</th>
            <th scope="col">{t('book.pipe.col.weighted', { period: t('book.pipe.period.thisMonth') })}</th>
            <th scope="col">{t('book.pipe.col.raw', { period: t('book.pipe.period.nextMonth') })}</th>
            <th scope="col">{t('book.pipe.col.weighted', { period: t('book.pipe.period.nextMonth') })}</th>
          </tr>
        </thead>
        <tbody>
          {totals.length === 0 && (
            <tr>
              <td colSpan={5} class="muted">
                {t('book.pipe.noTotals')}
              </td>
            </tr>
          )}
          {totals.map((row) => (
            <tr key={row.indicator} data-testid="pipe-total" data-indicator={row.indicator}>
              <th scope="row">{name(row.indicator)}</th>
              <td data-testid="this-raw">{formatMoney(row.thisMonth.raw, l)}</td>
              <td data-testid="this-weighted">{formatMoney(row.thisMonth.weighted, l)}</td>
              <td data-testid="next-raw">{formatMoney(row.nextMonth.raw, l)}</td>
              <td data-testid="next-weighted">{formatMoney(row.nextMonth.weighted, l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small" id="pipe-hint">
        {t('book.pipe.hint')}
      </p>
      {b && b.deals.length === 0 && (
        <p class="muted" data-testid="pipe-empty">
          {t('book.pipe.empty')}
        </p>
      )}
      <div class="book-pipe__columns">
        {DEAL_STAGES.map((stage) => {
          const column = deals.filter((d) => d.stage === stage).sort(boardOrder);
          return (
            <section
              key={stage}
              class={`book-pipe__col${dragging.value ? ' book-pipe__col--target' : ''}`}
              data-testid="pipe-column"
              data-stage={stage}
              aria-label={t(`stage.${stage}`)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const id = e.dataTransfer?.getData('text/plain') || dragging.value;
                dragging.value = null;
                const deal = b?.deals.find((d) => d.id === id);
                if (deal) void move(deal, stage);
              }}
            >
              <h3>
                {t(`stage.${stage}`)} <span class="muted">{t('book.pipe.count', { n: column.length })}</span>
                {(stage === 'won' || stage === 'lost') && <span class="muted small"> · {t('book.pipe.closedNote')}</span>}
              </h3>
              <ul class="book-pipe__deals">
                {column.map((d) => {
                  const who = names.get(clientKey(d)) || d.clientId;
                  const past = isPastDue(d, props.today);
                  return (
                    <li
                      key={d.id}
                      class={`book-deal${past ? ' book-deal--past' : ''}`}
                      data-testid="pipe-deal"
                      data-deal-id={d.id}
                      data-stage={d.stage}
                      data-certainty={d.certainty}
                      data-past-due={past ? 'true' : 'false'}
                    >
                      <button
                        type="button"
                        class="book-deal__main"
                        draggable
                        data-testid="pipe-deal-handle"
                        aria-describedby="pipe-hint"
                        aria-label={t('book.pipe.deal', {
                          name: who,
                          indicator: name(d.indicator),
                          amount: formatMoney(d.amount, l),
                          stage: t(`stage.${d.stage}`),
                          certainty: t(`certainty.${d.certainty}`),
                        })}
                        onDragStart={(e) => {
                          dragging.value = d.id;
                          e.dataTransfer?.setData('text/plain', d.id);
                        }}
                        onDragEnd={() => (dragging.value = null)}
                        onClick={() => props.openCard({ origin: d.origin, clientId: d.clientId })}
                        onKeyDown={(e) => {
                          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                          const next = step ? neighbourStage(d.stage, step) : null;
                          const certainty = certaintyForKey(e.key);
                          if (next) {
                            e.preventDefault();
                            refocus.current = { id: d.id, stage: next };
                            void move(d, next);
                          } else if (certainty && certainty !== d.certainty) {
                            e.preventDefault();
                            void change(d, { certainty });
                          }
                        }}
                      >
                        <span class="book-deal__who">{who}</span>
                        <span>
                          {name(d.indicator)} <strong data-testid="pipe-amount">{formatMoney(d.amount, l)}</strong>
                        </span>
                        <span class={`small${past ? ' book-deal__late' : ' muted'}`} data-testid="pipe-expected">
                          {past ? `${t('book.pipe.pastDue')} · ` : ''}
                          {t('book.pipe.expected', { date: formatDate(d.expectedDate, l) })}
                        </span>
                      </button>
                      <div class="book-deal__controls">
                        <Select
                          ariaLabel={t('book.pipe.certainty')}
                          testId="pipe-certainty"
                          value={d.certainty}
                          choices={CERTAINTIES.map((c) => ({ value: c, label: t(`book.pipe.certaintyShort.${c}`) }))}
                          onChange={(certainty) => void change(d, { certainty })}
                        />
                        <Select
                          ariaLabel={t('book.pipe.stage')}
                          testId="pipe-stage"
                          value={d.stage}
                          choices={DEAL_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
                          onChange={(s) => void move(d, s)}
                        />
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
