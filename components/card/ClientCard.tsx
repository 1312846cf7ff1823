import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { Fold } from '@/components/shared/Fold';
import { locale, t } from '@/components/shared/i18n';
import { lazyComponent } from '@/components/shared/lazy';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { useSettings } from '@/components/shared/use-settings';
import { runWrite } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import { type Captured, capturePatch, offersFor } from '@/lib/capture/merge';
import { defaultChannel } from '@/lib/client/contact';
import { suggestFromLog } from '@/lib/client/contact-rhythm';
import type { ClientRef } from '@/lib/client/key';
import { addressName, type ClientRecord, emptyRecord } from '@/lib/client/record';
import { effectiveScore, suggestScore } from '@/lib/familiarity';
import { ago } from '@/lib/format/relative-time';
import { panelAction } from '@/lib/panel-keys';
import type { Sentiment, SentimentEvent } from '@/lib/sentiment';
import { offerRungUp } from '@/lib/trust-ladder';
import { data } from '@/platform/database';
import { ContactLog, type NewContact } from './ContactLog';
import { FamiliarityChecklist } from './FamiliarityChecklist';
import { GridCell } from './GridCell';
import { HandoverExport } from './HandoverExport';
import { KeyHelp } from './KeyHelp';
import { MemoryPoints } from './MemoryPoints';
import { OpenInCrm } from './OpenInCrm';
import { AddToPipeline, PipelineFlash, PipelineSection } from './PipelineSection';
import { ProfileForm } from './ProfileForm';
import { ResistanceFields } from './ResistanceFields';
import { ScriptList } from './ScriptList';
import { SentimentButtons } from './SentimentButtons';
import { scriptEditing } from './script-editing';
import { TopScript } from './TopScript';
import { TrustLadder } from './TrustLadder';
import { fillFromPage, LazyCaptureOffer, usePageCapture } from './use-page-capture';
import { usePipeline } from './use-pipeline';
import './card.css';

/**
 * The client on screen, built for the seconds between two calls: the first screen answers the RM (the cell and
 * its next action, the sentiment buttons, the rung and its next step, the best-fitting script, add to pipeline,
 * log a contact); everything else folds below, each fold remembering whether the RM keeps it open. A client seen
 * for the first time gets the quick set-up (evidence, sentiment, rung) as the first screen instead; nothing is
 * stored until the RM records something. Single keys drive the first screen (`?` lists them).
 */
export function ClientCard(props: {
  client: ClientRef;
  via: string /** The CRM tab showing the client (field capture). */;
  tabId?: number;
}) {
  const { origin, clientId } = props.client;
  const client = { origin, clientId };
  const card = useLiveQuery(() => data.cardData(client), [origin, clientId]);
  const error = useSignal<string | null>(null);
  /** Whether the client was new when the card opened: a set-up in progress keeps its layout until the next client. */
  const opened = useRef<{ isNew: boolean } | null>(null);
  const offer = useSignal<number | null>(null);
  const help = useSignal(false);
  const contactRequested = useSignal(0);
  const root = useRef<HTMLElement>(null);
  const settings = useSettings();

  const change = async (edit: (r: ClientRecord) => ClientRecord) =>
    (await runWrite(() => data.updateClient(client, edit, Date.now()), error)).ok;
  const save = (edit: (r: ClientRecord) => ClientRecord) => void change(edit);
  const tag = (s: Sentiment) => void runWrite(() => data.tagSentiment(client, s, 'panel', Date.now()), error);

  async function logContact(c: NewContact) {
    const rung = d?.record?.rung ?? null;
    const stored = await runWrite(() => data.addContact({ ...client, ...c, at: Date.now() }), error);
    if (stored.ok) offer.value = offerRungUp(rung, c.purpose);
  }

  const d = card.value.value;
  const record = d?.record ?? null;
  const view = record ?? emptyRecord(client, 0);
  const score = effectiveScore(view.familiarity);
  const sentiment = d?.sentiment ?? null;
  const isNew = d !== undefined && record === null;
  const name = addressName(view.profile, locale.value);
  if (d && !opened.current) opened.current = { isNew };
  const setup = opened.current?.isNew ?? false;
  const page = usePageCapture(props.tabId, client);
  const offers = d && page.value.captured ? offersFor(view.profile, page.value.captured) : null;
  const fill = (which: readonly Captured[]) =>
    void runWrite(() => fillFromPage(props.tabId, client, capturePatch(which, toIsoDate(new Date()))), error);
  const pipeline = usePipeline(client, sentiment?.sentiment ?? null, error, (purpose) => (offer.value = offerRungUp(view.rung, purpose)));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const inField = !!target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
      const action = panelAction({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, inField });
      if (!action || !root.current) return;
      if (action === 'help') help.value = !help.value;
      else if (help.value) return;
      else if (action === 'nextSection' || action === 'previousSection') moveSection(root.current, action === 'nextSection' ? 1 : -1);
      else {
        const button = root.current.querySelector<HTMLButtonElement>(`[data-panel-action="${action}"]:not([disabled])`);
        if (!button) return;
        button.click();
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!contactRequested.value) return;
    // The contact form renders once its fold has opened.
    setTimeout(() => {
      const field = root.current?.querySelector<HTMLElement>('[data-testid="contact-channel"]');
      field?.scrollIntoView({ block: 'nearest' });
      field?.focus();
    }, 0);
  }, [contactRequested.value]);

  const fit = {
    sentiment: sentiment?.sentiment ?? null,
    property: sentiment?.sentiment === 'resistant' ? view.resistance.property : null,
    category: view.resistance.category,
    band: score?.band ?? null,
    rung: view.rung,
  };
  const scriptClient = { fit, name, memory: view.memoryPoints.at(-1) ?? null };

  const sentimentPart = d && (
    <>
      <SentimentButtons current={sentiment?.sentiment ?? null} onTag={tag} />
      <SentimentWhy event={sentiment} onUndo={(seq) => void runWrite(() => data.untagSentiment(seq), error)} />
      {sentiment?.sentiment === 'resistant' && (
        <ResistanceFields
          value={view.resistance}
          onChange={(patch) => save((r) => ({ ...r, resistance: { ...r.resistance, ...patch } }))}
        />
      )}
    </>
  );
  const checklist = d && (
    <FamiliarityChecklist
      value={view.familiarity}
      fromLog={suggestFromLog(d.contactDates, toIsoDate(new Date()), settings.value.dormantAfterMonths)}
      onToggle={(signal, on) =>
        save((r) => {
          const rest = r.familiarity.signals.filter((s) => s !== signal);
          return { ...r, familiarity: { ...r.familiarity, signals: on ? [...rest, signal] : rest } };
        })
      }
      onOverride={(override) => save((r) => ({ ...r, familiarity: { ...r.familiarity, override } }))}
    />
  );
  const grid = <GridCell band={score?.band ?? null} sentiment={sentiment?.sentiment ?? null} />;
  const ladder = (
    <section class="section" aria-labelledby="ladder-title" data-section="" tabIndex={-1}>
      <TrustLadder
        rung={view.rung}
        offer={offer}
        onSetRung={(rung) => save((r) => ({ ...r, rung }))}
        onLogNext={(purpose, date) => void logContact({ date, channel: defaultChannel(purpose), purpose, note: '', nextFollowUp: null })}
      />
    </section>
  );
  const actions = (
    <section class="section" data-section="" tabIndex={-1} aria-label={t('card.section.scripts')}>
      <h3 class="visually-hidden">{t('card.section.scripts')}</h3>
      <div class="first-actions">
        <AddToPipeline pipeline={pipeline} />
        <button
          type="button"
          class="button"
          data-testid="log-contact"
          data-panel-action="logContact"
          onClick={() => (contactRequested.value = contactRequested.value + 1)}
        >
          {t('card.logContact')}
        </button>
      </div>
      <PipelineFlash pipeline={pipeline} />
      <TopScript {...scriptClient} error={error} />
    </section>
  );

  return (
    <article
      class="client-card"
      ref={root}
      data-testid="client-card"
      data-client-id={clientId}
      data-ready={d ? 'true' : 'false'}
      data-new={isNew ? 'true' : 'false'}
      data-first-screen={setup ? 'setup' : 'glance'}
      data-capture={page.value.status}
    >
      <header class="client-card__head">
        <div class="client-card__id-row">
          <span class="client-card__label">{t('panel.client.label')}</span>
          <h2 class="client-card__id" data-testid="client-id">
            {clientId}
          </h2>
          {view.profile.name && (
            <div class="client-card__name" data-testid="client-name">
              {view.profile.name}
            </div>
          )}
          {isNew && (
            <span class="chip chip--new" data-testid="new-client">
              {t('card.newClient')}
            </span>
          )}
          <OpenInCrm client={client} />
        </div>
        <div class="client-card__via-row">
          <div class="client-card__via muted" data-testid="client-via">
            {t('panel.client.via', { via: props.via })}
          </div>
          <button type="button" class="link-button small client-card__keys" data-testid="keys-open" onClick={() => (help.value = true)}>
            {t('keys.open')}
          </button>
        </div>
      </header>
      <ErrorBanner message={error} />
      <KeyHelp open={help} />
      {!d ? (
        card.error.value ? (
          <ErrorBanner message={t('error.databaseUnavailable')} testId="card-unavailable" />
        ) : (
          <p class="section muted">{t('common.loading')}</p>
        )
      ) : (
        <>
          {setup ? (
            <>
              {isNew && (
                <p class="setup-hint" data-testid="setup-hint">
                  {t('card.newClient.hint')}
                </p>
              )}
              <section class="section" aria-labelledby="setup-title" data-section="" tabIndex={-1}>
                <div class="section__head">
                  <h3 id="setup-title">{t('grid.title')}</h3>
                  <Band score={score} />
                </div>
                {sentimentPart}
                {checklist}
                <FamiliarityWhy record={view} />
              </section>
              {ladder}
              <section class="section" aria-label={t('grid.title')} data-section="" tabIndex={-1}>
                {grid}
              </section>
              {actions}
            </>
          ) : (
            <>
              <section class="section" aria-labelledby="grid-title" data-section="" tabIndex={-1}>
                <div class="section__head">
                  <h3 id="grid-title">{t('grid.title')}</h3>
                  <Band score={score} />
                </div>
                {sentimentPart}
                {grid}
              </section>
              {ladder}
              {actions}
              <Fold title={t('card.section.familiarity')} initiallyOpen={!score} remember="familiarity" testId="familiarity-section">
                <FamiliarityWhy record={view} />
                {checklist}
              </Fold>
            </>
          )}
          <Fold
            title={t('card.section.allScripts')}
            initiallyOpen={false}
            remember="scripts"
            forceOpen={scriptEditing.value !== null}
            testId="scripts-section"
          >
            <ScriptList {...scriptClient} error={error} />
          </Fold>
          <PipelineSection pipeline={pipeline} deals={d.deals} />
          <Fold
            title={offers?.offered.length ? t('card.section.profileOffers', { n: offers.offered.length }) : t('card.section.profile')}
            initiallyOpen={setup}
            remember="profile"
            testId="profile-section"
          >
            {(offers || page.value.tooBig) && (
              <LazyCaptureOffer offers={offers ?? { offered: [], differs: [] }} tooBig={page.value.tooBig} onFill={fill} />
            )}
            <ProfileForm value={view.profile} onChange={(patch) => save((r) => ({ ...r, profile: { ...r.profile, ...patch } }))} />
            {record && <HandoverExport client={client} />}
          </Fold>
          {view.handover && <LazyHandoverNotes handover={view.handover} />}
          <Fold title={t('card.section.memory')} initiallyOpen={false} remember="memory" testId="memory-section">
            <MemoryPoints
              points={view.memoryPoints}
              onAdd={(text) =>
                change((r) => ({ ...r, memoryPoints: r.memoryPoints.includes(text) ? r.memoryPoints : [...r.memoryPoints, text] }))
              }
              onRemove={(text) => save((r) => ({ ...r, memoryPoints: r.memoryPoints.filter((x) => x !== text) }))}
            />
          </Fold>
          <Fold
            title={t('card.section.contacts')}
            initiallyOpen={false}
            remember="contacts"
            forceOpen={contactRequested.value > 0}
            testId="contacts-section"
          >
            <ContactLog contacts={d.contacts} onAdd={(c) => void logContact(c)} />
          </Fold>
        </>
      )}
    </article>
  );
}

function Band(props: { score: ReturnType<typeof effectiveScore> }) {
  const score = props.score;
  return (
    <span class="muted small" data-testid="band">
      {score ? t('card.familiarity.score', { score: score.score, band: t(`grid.band.${score.band}`) }) : t('card.familiarity.none')}
    </span>
  );
}

/** Focus the next (or previous) part of the card: the `j` / `k` keys. */
function moveSection(root: HTMLElement, by: 1 | -1) {
  const sections = [...root.querySelectorAll<HTMLElement>('[data-section]')];
  if (!sections.length) return;
  const here = sections.findIndex((s) => s.contains(document.activeElement));
  const next = sections[here < 0 ? (by > 0 ? 0 : sections.length - 1) : Math.min(sections.length - 1, Math.max(0, here + by))]!;
  const target = next.tagName === 'DETAILS' ? next.querySelector<HTMLElement>('summary') : next;
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}

function SentimentWhy(props: { event: SentimentEvent | null; onUndo: (seq: number) => void }) {
  const e = props.event;
  if (!e)
    return (
      <p class="muted small" data-testid="sentiment-why">
        {t('card.sentiment.none')}
      </p>
    );
  const a = ago(e.at, Date.now());
  const when = a.key === 'time.justNow' ? t(a.key) : t(a.key, { n: a.n });
  return (
    <p class="muted small" data-testid="sentiment-why" data-source={e.source}>
      {t('card.sentiment.why', { when, source: t(`card.sentiment.source.${e.source}`), sentiment: t(`sentiment.${e.sentiment}`) })}
      {e.seq !== undefined && (
        <>
          {' · '}
          <button type="button" class="link-button small" data-testid="sentiment-undo" onClick={() => props.onUndo(e.seq!)}>
            {t('card.sentiment.undo')}
          </button>
        </>
      )}
    </p>
  );
}

function FamiliarityWhy(props: { record: ClientRecord }) {
  const { signals, override } = props.record.familiarity;
  const suggestion = suggestScore(signals);
  let text: string | null = null;
  if (override !== null) {
    text = suggestion ? t('card.familiarity.why.override', { suggested: suggestion.score }) : t('card.familiarity.why.overrideOnly');
  } else if (suggestion) {
    text = t('card.familiarity.why.evidence', { signal: t(`signal.${suggestion.strongest}`) });
    if (signals.length > 1) text += ` ${t('card.familiarity.why.more', { n: signals.length - 1 })}`;
  }
  return text ? (
    <p class="muted small" data-testid="familiarity-why">
      {text}
    </p>
  ) : null;
}

/** The previous RM's notes, loaded (with their messages) only for a client handed over: most cards have none. */
const LazyHandoverNotes = lazyComponent(() => import('./HandoverNotes').then((m) => m.HandoverNotes));
