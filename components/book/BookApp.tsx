import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { PanelMessage } from '@/components/shared/PanelMessage';
import { useLiveQuery } from '@/components/shared/use-live-query';
import type { CellTotals, ClientSummary } from '@/lib/book/summary';
import type { IsoDate } from '@/lib/calendar/dates';
import type { ClientRef } from '@/lib/client/key';
import { registerMessages } from '@/lib/i18n';
import bookMessages from '@/lib/i18n/catalog/book';
import { bookData } from '@/platform/book-database';
import { type DatabaseStatus, databaseStatus } from '@/platform/database';
import { openOptions } from '@/platform/pages';
import { BoardView } from './BoardView';
import { CallListView } from './CallListView';
import { CardDrawer } from './CardDrawer';
import { DemoBanner } from './DemoBanner';
import { PacingChartView } from './PacingChartView';
import { PipelineBoardView } from './PipelineBoardView';
import { TriageView } from './TriageView';
import { BOOK_VIEWS, type BookView, useBookView } from './use-book-view';
import { useWholeBook } from './use-whole-book';
import { ValueView } from './ValueView';
import './book.css';

// The book's own messages: only this page carries them (lib/i18n/index.ts, LateCatalog).
registerMessages(bookMessages);

/**
 * The client book: the whole book on one page. It opens on the board's counts (ten small rows); each view reads
 * what it shows through live queries, so a write in the side panel (or in another view) shows here at once.
 */
export function BookApp(props: { today: IsoDate }) {
  const view = useBookView();
  const status = useSignal<DatabaseStatus | null>(null);
  const totals = useLiveQuery(() => bookData.bookTotals(), []);
  const card = useSignal<ClientRef | null>(null);
  // Read once the counts are on screen, and kept across the views (switching views does not read it again).
  const book = useWholeBook(totals.value.value !== undefined);
  useEffect(() => {
    void databaseStatus().then((s) => (status.value = s));
  }, []);
  const unavailable = status.value === 'unavailable' || totals.error.value !== null;
  const list = totals.value.value;
  const empty = list?.every((c) => c.count === 0) ?? false;
  const openCard = (c: ClientRef) => (card.value = c);

  return (
    <div
      class="book app"
      data-testid="book"
      data-view={view.value}
      data-state={unavailable ? 'unavailable' : !list ? 'loading' : empty ? 'empty' : 'ready'}
    >
      <header class="topbar book-top">
        <h1 class="brand">
          {t('app.name')} · {t('book.title')}
        </h1>
        <nav aria-label={t('book.nav.label')} class="book-nav">
          {BOOK_VIEWS.map((v) => (
            <a key={v} href={`#${v}`} class="book-nav__link" aria-current={view.value === v ? 'page' : undefined} data-testid={`nav-${v}`}>
              {t(`book.nav.${v}`)}
            </a>
          ))}
        </nav>
      </header>
      <ErrorBanner message={status.value === 'newer' ? t('error.newerDatabase') : null} testId="database-notice" />
      {!unavailable && <DemoBanner />}
      <main class="book-main">
        {unavailable ? (
          <PanelMessage testId="book-unavailable" title={t('error.databaseUnavailable')} />
        ) : !list ? (
          <p class="muted" data-testid="book-loading">
            {t('book.loading')}
          </p>
        ) : empty ? (
          <PanelMessage testId="book-empty" title={t('book.empty.title')} body={t('book.empty.body')}>
            <button type="button" class="button" onClick={() => openOptions('origins')}>
              {t('book.empty.settings')}
            </button>
          </PanelMessage>
        ) : (
          <ViewOf view={view.value} totals={list} book={book.value} today={props.today} openCard={openCard} />
        )}
      </main>
      {card.value && <CardDrawer client={card.value} onClose={() => (card.value = null)} />}
    </div>
  );
}

function ViewOf(props: {
  view: BookView;
  totals: readonly CellTotals[];
  book: readonly ClientSummary[] | null;
  today: IsoDate;
  openCard: (c: ClientRef) => void;
}) {
  switch (props.view) {
    case 'triage':
      return <TriageView now={Date.now()} openCard={props.openCard} />;
    case 'pacing':
      return <PacingChartView today={props.today} />;
    case 'pipeline':
      return <PipelineBoardView today={props.today} openCard={props.openCard} />;
    case 'value':
      return <ValueView book={props.book} today={props.today} openCard={props.openCard} />;
    case 'calls':
      return <CallListView today={props.today} openCard={props.openCard} />;
    default:
      return <BoardView totals={props.totals} book={props.book} today={props.today} openCard={props.openCard} />;
  }
}
