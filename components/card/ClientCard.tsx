import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { Fold } from '@/components/shared/Fold';
import { locale, t } from '@/components/shared/i18n';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { useSettings } from '@/components/shared/use-settings';
import { runWrite } from '@/components/shared/write';
import { toIsoDate } from '@/lib/calendar/dates';
import { defaultChannel } from '@/lib/client/contact';
import { suggestFromLog } from '@/lib/client/contact-rhythm';
import type { ClientRef } from '@/lib/client/key';
import { addressName, type ClientRecord, emptyRecord } from '@/lib/client/record';
import { effectiveScore, suggestScore } from '@/lib/familiarity';
import { ago } from '@/lib/format/relative-time';
import type { Sentiment, SentimentEvent } from '@/lib/sentiment';
import { offerRungUp } from '@/lib/trust-ladder';
import { data } from '@/platform/database';
import { ContactLog, type NewContact } from './ContactLog';
import { FamiliarityChecklist } from './FamiliarityChecklist';
import { GridCell } from './GridCell';
import { HandoverNotes } from './HandoverNotes';
import { MemoryPoints } from './MemoryPoints';
import { PipelineSection } from './PipelineSection';
import { ProfileForm } from './ProfileForm';
import { ResistanceFields } from './ResistanceFields';
import { ScriptList } from './ScriptList';
import { SentimentButtons } from './SentimentButtons';
import { TrustLadder } from './TrustLadder';
import './card.css';

/**
 * The client on screen: their grid cell and why, trust rung, fitted scripts and pipeline. A client seen
 * for the first time gets a quick setup; nothing is stored until the RM records something.
 */
export function ClientCard(props: { client: ClientRef; via: string }) {
  const { origin, clientId } = props.client;
  const client = { origin, clientId };
  const card = useLiveQuery(() => data.cardData(client), [origin, clientId]);
  const error = useSignal<string | null>(null);
  /** Which folded sections start open, decided once per client: a set-up in progress must not fold away. */
  const opened = useRef<{ familiarity: boolean; profile: boolean } | null>(null);
  const offer = useSignal<number | null>(null);
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
  if (d && !opened.current) opened.current = { familiarity: isNew || !score, profile: isNew };

  return (
    <article
      class="client-card"
      data-testid="client-card"
      data-client-id={clientId}
      data-ready={d ? 'true' : 'false'}
      data-new={isNew ? 'true' : 'false'}
    >
      <header class="client-card__head">
        <div class="client-card__label">
          {t('panel.client.label')}
          {isNew && (
            <span class="chip chip--new" data-testid="new-client">
              {t('card.newClient')}
            </span>
          )}
        </div>
        <div class="client-card__id-row">
          <h2 class="client-card__id" data-testid="client-id">
            {clientId}
          </h2>
          {view.profile.name && (
            <div class="client-card__name" data-testid="client-name">
              {view.profile.name}
            </div>
          )}
        </div>
        <div class="client-card__via muted" data-testid="client-via">
          {t('panel.client.via', { via: props.via })}
        </div>
      </header>
      <ErrorBanner message={error} />
      {!d ? (
        card.error.value ? (
          <ErrorBanner message={t('error.databaseUnavailable')} testId="card-unavailable" />
        ) : (
          <p class="section muted">{t('common.loading')}</p>
        )
      ) : (
        <>
          {isNew && (
            <p class="setup-hint" data-testid="setup-hint">
              {t('card.newClient.hint')}
            </p>
          )}
          <section class="section" aria-labelledby="grid-title">
            <div class="section__head">
              <h3 id="grid-title">{t('grid.title')}</h3>
              <span class="muted small" data-testid="band">
                {score
                  ? t('card.familiarity.score', { score: score.score, band: t(`grid.band.${score.band}`) })
                  : t('card.familiarity.none')}
              </span>
            </div>
            <SentimentButtons current={sentiment?.sentiment ?? null} onTag={tag} />
            <SentimentWhy event={sentiment} onUndo={(seq) => void runWrite(() => data.untagSentiment(seq), error)} />
            {sentiment?.sentiment === 'resistant' && (
              <ResistanceFields
                value={view.resistance}
                onChange={(patch) => save((r) => ({ ...r, resistance: { ...r.resistance, ...patch } }))}
              />
            )}
            <GridCell band={score?.band ?? null} sentiment={sentiment?.sentiment ?? null} />
            <FamiliarityWhy record={view} />
          </section>
          <Fold title={t('card.section.familiarity')} initiallyOpen={opened.current?.familiarity ?? false} testId="familiarity-section">
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
          </Fold>
          <section class="section" aria-labelledby="ladder-title">
            <h3 id="ladder-title">{t('ladder.title')}</h3>
            <TrustLadder
              rung={view.rung}
              offer={offer}
              onSetRung={(rung) => save((r) => ({ ...r, rung }))}
              onLogNext={(purpose, date) =>
                void logContact({ date, channel: defaultChannel(purpose), purpose, note: '', nextFollowUp: null })
              }
            />
          </section>
          <section class="section" aria-labelledby="scripts-title">
            <h3 id="scripts-title">{t('card.section.scripts')}</h3>
            <ScriptList
              fit={{
                sentiment: sentiment?.sentiment ?? null,
                property: sentiment?.sentiment === 'resistant' ? view.resistance.property : null,
                category: view.resistance.category,
                band: score?.band ?? null,
                rung: view.rung,
              }}
              name={name}
              memory={view.memoryPoints.at(-1) ?? null}
              error={error}
            />
          </section>
          <PipelineSection
            client={client}
            deals={d.deals}
            sentiment={sentiment?.sentiment ?? null}
            error={error}
            onContactLogged={(purpose) => (offer.value = offerRungUp(view.rung, purpose))}
          />
          <Fold title={t('card.section.profile')} initiallyOpen={opened.current?.profile ?? false} testId="profile-section">
            <ProfileForm value={view.profile} onChange={(patch) => save((r) => ({ ...r, profile: { ...r.profile, ...patch } }))} />
          </Fold>
          {view.handover && <HandoverNotes handover={view.handover} />}
          <section class="section" aria-labelledby="memory-title">
            <h3 id="memory-title">{t('card.section.memory')}</h3>
            <MemoryPoints
              points={view.memoryPoints}
              onAdd={(text) =>
                change((r) => ({ ...r, memoryPoints: r.memoryPoints.includes(text) ? r.memoryPoints : [...r.memoryPoints, text] }))
              }
              onRemove={(text) => save((r) => ({ ...r, memoryPoints: r.memoryPoints.filter((x) => x !== text) }))}
            />
          </section>
          <Fold title={t('card.section.contacts')} initiallyOpen={false} testId="contacts-section">
            <ContactLog contacts={d.contacts} onAdd={(c) => void logContact(c)} />
          </Fold>
        </>
      )}
    </article>
  );
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
