import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { locale, t } from '@/components/shared/i18n';
import { runWrite } from '@/components/shared/write';
import type { ClientSummary } from '@/lib/book/summary';
import { BAND_SCORE, readKey, STALE_DAYS, stepsFor, type TriageStep, triageQueue } from '@/lib/book/triage';
import type { ClientRef } from '@/lib/client/key';
import { BANDS } from '@/lib/familiarity';
import { formatMoney } from '@/lib/format/money';
import { SENTIMENTS } from '@/lib/sentiment';
import { rungNameKey } from '@/lib/trust-ladder';
import { bookData } from '@/platform/book-database';
import { data } from '@/platform/database';

interface Done {
  index: number;
  step: number;
  /** This write completed the client. */
  completed: boolean;
  undo: () => Promise<unknown>;
}

/**
 * Steps through the unplaced (and stale) clients taking what is unknown of each with single keys, writing each answer
 * at once; Backspace undoes the last answer, whichever client it was for. The queue is fixed when the view opens, so
 * placing a client does not reorder what comes next.
 */
export function TriageView(props: { now: number; openCard: (c: ClientRef) => void }) {
  const queue = useSignal<ClientSummary[] | null>(null);
  const damaged = useSignal(0);
  const index = useSignal(0);
  const step = useSignal(0);
  const keys = useSignal(0);
  const placed = useSignal(0);
  const error = useSignal<string | null>(null);
  const done = useRef<Done[]>([]);
  const busy = useRef(false);

  useEffect(() => {
    void bookData.allSummaries().then(
      (all) => {
        queue.value = triageQueue(all, props.now);
        damaged.value = all.filter((s) => s.damaged).length;
      },
      () => (error.value = t('error.databaseUnavailable')),
    );
  }, []);

  /** The client and question on screen, from the signals as they are now. */
  const position = () => {
    const client = queue.value?.[index.value];
    const steps = client ? stepsFor(client, props.now) : [];
    return { client, steps, current: steps[step.value] as TriageStep | undefined };
  };
  const q = queue.value;
  const { client, current } = position();

  async function onKey(e: KeyboardEvent) {
    // Read at the key, not from the render the listener was made in: a key pressed after an answer and before the
    // effect below has put in the next render's listener would otherwise answer the previous question again.
    const { client, steps, current } = position();
    if (!client || !current || busy.current || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    const k = readKey(current, e.key);
    if (!k) return;
    e.preventDefault();
    busy.current = true;
    try {
      if ('undo' in k) {
        const last = done.current.pop();
        if (last && (await runWrite(last.undo, error)).ok) {
          index.value = last.index;
          step.value = last.step;
          keys.value--;
          if (last.completed) placed.value--;
        }
        return;
      }
      if ('skip' in k) {
        index.value++;
        step.value = 0;
        return;
      }
      const ref = { origin: client.origin, clientId: client.clientId };
      const completes = step.value + 1 >= steps.length;
      let undo: (() => Promise<unknown>) | null = null;
      if (k.step === 'band') {
        const before = await data.readClient(ref);
        const prev = before?.familiarity.override ?? null;
        const wrote = await runWrite(
          () => data.updateClient(ref, (r) => ({ ...r, familiarity: { ...r.familiarity, override: BAND_SCORE[k.band] } }), Date.now()),
          error,
        );
        if (wrote.ok) undo = () => data.updateClient(ref, (r) => ({ ...r, familiarity: { ...r.familiarity, override: prev } }), Date.now());
      } else if (k.step === 'sentiment') {
        const wrote = await runWrite(() => data.tagSentiment(ref, k.sentiment, 'panel', Date.now()), error);
        if (wrote.ok) {
          const seq = wrote.value.seq!;
          undo = () => data.untagSentiment(seq);
        }
      } else if (k.rung === null) {
        undo = async () => undefined;
      } else {
        const rung = k.rung;
        const wrote = await runWrite(() => data.updateClient(ref, (r) => ({ ...r, rung }), Date.now()), error);
        if (wrote.ok) undo = () => data.updateClient(ref, (r) => ({ ...r, rung: null }), Date.now());
      }
      if (!undo) return;
      done.current.push({ index: index.value, step: step.value, completed: completes, undo });
      keys.value++;
      if (completes) placed.value++;
      if (completes) {
        index.value++;
        step.value = 0;
      } else step.value++;
    } finally {
      busy.current = false;
    }
  }

  useEffect(() => {
    const listener = (e: KeyboardEvent) => void onKey(e);
    addEventListener('keydown', listener);
    return () => removeEventListener('keydown', listener);
  });

  const l = locale.value;
  const unknown = t('book.value.unknown');
  const perClient = placed.value ? (keys.value / placed.value).toFixed(1) : '0';
  return (
    <section
      class="book-triage"
      aria-labelledby="triage-title"
      data-testid="triage"
      data-ready={q ? 'true' : 'false'}
      data-index={index.value}
      data-step={current ?? ''}
      data-keys-per-client={perClient}
    >
      <h2 id="triage-title">{t('book.triage.heading')}</h2>
      <p class="muted">{t('book.triage.intro')}</p>
      <ErrorBanner message={error} />
      {damaged.value > 0 && <p class="muted small">{t('book.triage.damaged', { n: damaged.value })}</p>}
      <p class="muted small" data-testid="triage-stats" aria-live="polite">
        {t('book.triage.stats', { placed: placed.value, keys: perClient })}
      </p>
      {q && q.length === 0 && (
        <p data-testid="triage-empty" class="muted">
          {t('book.triage.empty')}
        </p>
      )}
      {q && q.length > 0 && !client && <p data-testid="triage-done">{t('book.triage.done', { n: placed.value })}</p>}
      {client && current && (
        <div class="book-triage__client" data-testid="triage-client" data-client-id={client.clientId}>
          <div class="book-triage__who">
            <span class="muted small" data-testid="triage-progress">
              {t('book.triage.progress', { i: index.value + 1, n: q!.length })}
            </span>
            <button type="button" class="link-button book-triage__name" onClick={() => props.openCard(client)}>
              {client.name || t('book.value.noName')} · {client.clientId}
            </button>
          </div>
          <dl class="book-triage__known" aria-label={t('book.triage.known')}>
            <dt>{t('book.col.gender')}</dt>
            <dd>{client.gender ? t(`book.value.${client.gender}`) : unknown}</dd>
            <dt>{t('book.col.age')}</dt>
            <dd>{client.age ?? unknown}</dd>
            <dt>{t('book.col.openedOn')}</dt>
            <dd>{client.openedOn ?? unknown}</dd>
            <dt>{t('book.col.holdsFunds')}</dt>
            <dd>{client.holdsFunds === null ? unknown : t(client.holdsFunds ? 'book.value.yes' : 'book.value.no')}</dd>
            <dt>{t('book.filter.assets')}</dt>
            <dd>{client.assets === null ? unknown : formatMoney(client.assets, l)}</dd>
            <dt>{t('book.col.lastContact')}</dt>
            <dd>{client.lastContact || unknown}</dd>
            <dt>{t('book.col.communication')}</dt>
            <dd>{client.communication || unknown}</dd>
            <dt>{t('book.filter.memory')}</dt>
            <dd>{client.memory || unknown}</dd>
          </dl>
          <Question step={current} client={client} now={props.now} />
          <div class="book-triage__keys">
            <button
              type="button"
              class="button"
              data-testid="triage-undo"
              onClick={() => void onKey(new KeyboardEvent('keydown', { key: 'Backspace' }))}
            >
              {t('book.triage.undo')}
            </button>
            <button
              type="button"
              class="button"
              data-testid="triage-skip"
              onClick={() => void onKey(new KeyboardEvent('keydown', { key: 'ArrowRight' }))}
            >
              {t('book.triage.skip')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function Question(props: { step: TriageStep; client: ClientSummary; now: number }) {
  const c = props.client;
  const days = c.sentimentAt === null ? null : Math.floor((props.now - c.sentimentAt) / 86_400_000);
  return (
    <div class="book-triage__question" data-testid="triage-question" data-step={props.step}>
      <h3>{t(`book.triage.ask.${props.step}`)}</h3>
      {props.step === 'band' && (
        <ol class="book-triage__choices">
          {BANDS.map((b, i) => (
            <li key={b}>
              <kbd>{i + 1}</kbd> {t(`grid.band.${b}`)}
            </li>
          ))}
        </ol>
      )}
      {props.step === 'sentiment' && (
        <>
          {c.sentiment && days !== null && days > STALE_DAYS && (
            <p class="muted small">
              {t('book.triage.stale', { days })} · {t('book.triage.current', { value: t(`sentiment.${c.sentiment}`) })}
            </p>
          )}
          <ol class="book-triage__choices">
            {SENTIMENTS.map((s, i) => (
              <li key={s}>
                <kbd>{i + 1}</kbd> {t(`sentiment.${s}`)}
              </li>
            ))}
          </ol>
        </>
      )}
      {props.step === 'rung' && (
        <ol class="book-triage__choices book-triage__choices--rungs">
          {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => (
            <li key={r}>
              <kbd>{r === 10 ? 0 : r}</kbd> {t(rungNameKey(r))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
